/**
 * Country names → ISO 3166-1 alpha-2, built offline from the runtime's ICU data (Intl.DisplayNames)
 * plus the long official forms some vendors write.
 */
const ALIASES: Record<string, string> = {
  'united states of america': 'US',
  usa: 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  'korea, republic of': 'KR',
  'republic of korea': 'KR',
  'korea, democratic people\'s republic of': 'KP',
  "democratic people's republic of korea": 'KP',
  dprk: 'KP',
  'russian federation': 'RU',
  'iran, islamic republic of': 'IR',
  'viet nam': 'VN',
  'taiwan, province of china': 'TW',
  'great britain': 'GB',
  uk: 'GB',
  'czech republic': 'CZ',
  'lao people\'s democratic republic': 'LA',
  'moldova, republic of': 'MD',
  'tanzania, united republic of': 'TZ',
  'bolivia, plurinational state of': 'BO',
  'venezuela, bolivarian republic of': 'VE',
  'syrian arab republic': 'SY',
  türkiye: 'TR',
  turkey: 'TR',
  'hong kong': 'HK',
  'macao': 'MO',
  'bosnia and herzegovina': 'BA',
  'trinidad and tobago': 'TT',
  'ivory coast': 'CI',
  "cote d'ivoire": 'CI',
  burma: 'MM',
  myanmar: 'MM',
  palestine: 'PS',
  'palestinian territories': 'PS',
  'dr congo': 'CD',
  'democratic republic of the congo': 'CD',
  'congo, the democratic republic of the': 'CD',
  'republic of the congo': 'CG',
  'saint lucia': 'LC',
  'cabo verde': 'CV',
  'cape verde': 'CV',
  'east timor': 'TL',
  eswatini: 'SZ',
  swaziland: 'SZ',
  'north macedonia': 'MK',
  macedonia: 'MK',
};

/** ICU region codes that are not countries. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);

let byName: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES));
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      // Skip deprecated codes ICU replaces (DD → DE, VD → VN, BU → MM…): they share the current code's name.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      if (name && name !== code && !NOT_COUNTRIES.has(code) && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), code);
    }
  }
  return byName;
}

/** Returns the ISO alpha-2 code for a country name or code, or undefined when unknown. */
export function countryCode(nameOrCode: string | null | undefined): string | undefined {
  if (!nameOrCode) return undefined;
  const trimmed = nameOrCode.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    if (upper === 'UK') return 'GB';
    // Retired codes (DD, SU, YU…) map to nothing rather than to a country that no longer exists.
    if (validMemo.has(upper)) return validMemo.get(upper);
    return Intl.getCanonicalLocales(`und-${upper}`)[0] === `und-${upper}` ? validCode(upper) : undefined;
  }
  return table().get(trimmed.toLowerCase());
}

// Intl lookups cost microseconds each and identity resolution asks once per address: remember answers.
const validMemo = new Map<string, string | undefined>();

function validCode(code: string): string | undefined {
  if (validMemo.has(code)) return validMemo.get(code);
  const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
  const valid = name && name !== code && !NOT_COUNTRIES.has(code) ? code : undefined;
  validMemo.set(code, valid);
  return valid;
}
