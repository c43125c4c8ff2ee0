/**
 * Tolerant comparison of a person's name with a name on another record (a payee, a recipient). It is
 * built to avoid false alarms: one shared name word is enough, so nicknames, maiden or married names,
 * initials, word order, joint accounts ("Grace and Henry Kim") and small typos all agree. Names in
 * different scripts are not compared (no transliteration): a name, its script or its origin is never
 * evidence of anything here.
 */

/**
 * Given-name diminutives, written for this project from common usage (English, plus a few Spanish and
 * Russian forms); no third-party list is copied. Each line: the formal name, then its short forms.
 * Prefixes of three letters or more ("Chris", "Alex") already agree without an entry.
 */
const DIMINUTIVES = `
robert bob bobby rob robbie bert | william will bill billy liam willy | richard rick rich dick ricky
james jim jimmy jamie | john jack johnny jon | jonathan jon jonny | joseph joe joey | michael mike mikey mick
thomas tom tommy | christopher chris kit | elizabeth liz beth betty eliza lizzie libby betsy
margaret maggie meg peggy marge greta | katherine kate katie kathy cathy kat | catherine kate katie cathy
kathryn kate katie kathy | jennifer jen jenny | patricia pat patty trish | susan sue suzy | deborah deb debbie
rebecca becky becca | alexander alex sasha sandy xander | alexandra alex sasha sandra lexi | aleksandr sasha alex
andrew andy drew | anthony tony | daniel dan danny | david dave | edward ed eddie ted ned | charles charlie chuck
henry hank harry | nicholas nick | samuel sam | samantha sam | benjamin ben benny | matthew matt | steven steve
stephen steve | timothy tim | zachary zach zack | joshua josh | jacob jake | gregory greg | kenneth ken kenny
ronald ron | donald don | lawrence larry | peter pete | victoria vicky tori | abigail abby | dmitry dima
dmitri dima | mikhail misha | ivan vanya | ekaterina katya | yekaterina katya | jose pepe | francisco paco pancho
ignacio nacho | guadalupe lupe | eduardo lalo | margarita rita | isabel isa bel | teresa tere tess
`;

const CANONICAL = new Map<string, Set<string>>();
for (const group of DIMINUTIVES.split(/[|\n]/)) {
  const [formal, ...short] = group.trim().split(/\s+/).filter(Boolean);
  if (!formal) continue;
  for (const word of [formal, ...short]) {
    const set = CANONICAL.get(word) ?? new Set<string>();
    set.add(formal);
    CANONICAL.set(word, set);
  }
}

/** Words that are not names: titles, generations, particles, and the joiners of joint account names. */
const NOT_NAMES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'jr', 'sr', 'ii', 'iii', 'iv',
  'de', 'la', 'del', 'della', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'dos', 'das', 'bin', 'binti', 'al', 'el',
  'and', 'or', 'y', 'e', 'et', 'und',
]);
const LATIN_FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case, accents removed, letters only: the words of a name in order (hyphenated parts split). */
export function nameWords(name: string): string[] {
  let folded = '';
  for (const ch of name.toLowerCase()) folded += LATIN_FOLD[ch] ?? ch;
  return folded
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’`]/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '');
}

const isLatin = (word: string): boolean => /^[a-z]+$/.test(word);

/** The surname candidates of a name: the last word (or the part before a comma), hyphenated parts apart. */
export function surnamesOf(name: string): string[] {
  const comma = name.indexOf(',');
  const family = comma > 0 ? name.slice(0, comma) : (name.trim().split(/\s+/).pop() ?? '');
  return nameWords(family).filter((w) => w.length >= 2 && !NOT_NAMES.has(w));
}

function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  return tail(1, 1) || tail(1, 0) || tail(0, 1);
}

/** Why two name words agree, or undefined. */
function wordsAgree(a: string, b: string): string | undefined {
  if (a === b) return `"${a}"`;
  const formal = CANONICAL.get(a);
  if (formal && [...(CANONICAL.get(b) ?? [])].some((f) => formal.has(f))) return `"${a}" = "${b}" (short form)`;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return `"${short}" = "${long}" (short form)`;
  // Typos and transliteration variants of longer words ("Jonathon", "Mohammad"/"Mohammed" is two edits and does not count).
  if (short.length >= 5 && oneEdit(a, b)) return `"${a}" ≈ "${b}" (one letter apart)`;
  return undefined;
}

/** The outcome of comparing two names. */
export interface NameMatch {
  /** False when they cannot be compared (a different script on one side, or no name words). */
  comparable: boolean;
  agree: boolean;
  /** What agreed, or why they were not compared. */
  basis: string;
}

/**
 * Compares a person's name with another name. They agree when any name word of two letters or more
 * agrees (the same word, a short form, a prefix of three letters or more, or one letter apart in words of
 * five or more), in any order. Tolerant on purpose: it misses a facilitator who happens to share a given
 * name with the worker, and never flags a nickname, a maiden name or a joint account.
 */
export function compareNames(person: string, other: string): NameMatch {
  const a = nameWords(person).filter((w) => !NOT_NAMES.has(w));
  const b = nameWords(other).filter((w) => !NOT_NAMES.has(w));
  if (a.length === 0 || b.length === 0) return { comparable: false, agree: false, basis: 'no name words to compare' };
  if (!a.some(isLatin) || !b.some(isLatin)) {
    return { comparable: false, agree: false, basis: 'written in different scripts (not transliterated, so not compared)' };
  }
  for (const x of a.filter((w) => w.length >= 2)) {
    for (const y of b.filter((w) => w.length >= 2)) {
      const why = wordsAgree(x, y);
      if (why) return { comparable: true, agree: true, basis: `shared name word ${why}` };
    }
  }
  return { comparable: true, agree: false, basis: 'no name word in common (short forms and one-letter typos allowed)' };
}

/** Legal-form words that mark a company (whole words, dots removed: "L.L.C." is "llc"). */
const COMPANY_WORDS = new Set([
  'llc', 'pllc', 'llp', 'ltd', 'limited', 'inc', 'incorporated', 'corp', 'corporation', 'company', 'gmbh', 'plc',
  'pty', 'pte', 'pvt', 'sarl', 'sas', 'srl', 'spa', 'kft', 'sro', 'ooo', 'ооо', 'тоо', 'holdings',
  'kabushiki', 'kaisha', 'lda', 'ltda', 'sdn', 'bhd',
]);
/**
 * "Co." and "& Co" are the only short legal forms recognised: two-letter forms (AG, SA, AB, BV, NV,
 * PC, LP) cannot be told from initials ("Rao, B.V.", "Kumar S.A."), so a company written only with
 * one of them is missed rather than a person taken for a company.
 */
const SHORT_FORMS = [/(?:^|[\s&])co\.(?=\s|,|$)/i, /&\s*co\b/i];
/** Legal forms written in CJK or Hangul, which have no word boundaries. */
const CJK_FORMS = /(有限公司|股份公司|公司|株式会社|有限会社|合同会社|주식회사|유한회사)/u;

/** The legal-form word that makes a name look like a company's, or undefined for a person's name. */
export function companyDesignator(name: string): string | undefined {
  const cjk = CJK_FORMS.exec(name);
  if (cjk) return cjk[1];
  for (const form of SHORT_FORMS) {
    const short = form.exec(name);
    if (short) return short[0].replace(/^[\s,&]+/, '').trim();
  }
  const words = name.toLowerCase().replace(/\./g, '').split(/[^\p{L}\p{N}]+/u);
  return words.find((w) => COMPANY_WORDS.has(w));
}
