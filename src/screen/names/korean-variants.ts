/**
 * Korean romanization variants, project-owned. Transliteration libraries give one spelling (Revised
 * Romanization: 김 → Gim, 이 → I), while passports, sanctions lists and résumés use McCune-Reischauer
 * (the DPRK's own system: Kim, Ri, Pak, Jong, Chol) or ad-hoc forms (Lee, Park, Choi, Jung, Yoon).
 * Each row is one Hangul syllable's spellings; the first is the label shown in explanations. A
 * spelling may sit in several rows (Jun is 준 and 전; Song is 송 and 성): two spellings are variants
 * when they share a row.
 *
 * Sources for the spellings: the Revised Romanization and McCune-Reischauer rules (initial and medial
 * consonant forms, ŏ/ŭ written o/u without breves), and the surname spellings the National Institute
 * of Korean Language surveyed in passports. A row is added only for syllables common in personal names.
 */
export const KOREAN_SYLLABLE_VARIANTS: readonly (readonly string[])[] = [
  // Surnames (the most common ~50 cover most Korean people).
  ['kim', 'gim'],
  ['lee', 'yi', 'rhee', 'ri', 'i', 'rhie', 'li', 'yee', 'rhi'],
  ['park', 'pak', 'bak', 'bark'],
  ['choi', 'choe', 'chwe', 'choy'],
  ['jeong', 'jong', 'chong', 'jung', 'chung', 'cheong', 'joung'],
  ['kang', 'gang'],
  ['cho', 'jo', 'joe', 'chough'],
  ['yoon', 'yun', 'youn'],
  ['jang', 'chang'],
  ['lim', 'im', 'rim', 'yim'],
  ['han', 'hahn'],
  ['oh', 'o'],
  ['seo', 'so', 'suh', 'sur'],
  ['shin', 'sin', 'sheen'],
  ['kwon', 'gwon'],
  ['hwang', 'whang'],
  ['ahn', 'an'],
  ['song'],
  ['yoo', 'yu', 'you', 'ryu', 'ryoo', 'rhyu', 'lyu', 'yew'],
  ['hong'],
  ['jeon', 'jon', 'chon', 'chun', 'jun', 'cheon'],
  ['ko', 'go', 'koh'],
  ['moon', 'mun'],
  ['yang', 'ryang'],
  ['son', 'sohn'],
  ['bae', 'pae'],
  ['baek', 'paek', 'paik', 'baik', 'back'],
  ['heo', 'ho', 'hur', 'huh'],
  ['nam'],
  ['shim', 'sim'],
  ['noh', 'no', 'ro', 'roh', 'rho'],
  ['ha'],
  ['kwak', 'gwak'],
  ['seong', 'sung', 'song'],
  ['cha'],
  ['joo', 'ju', 'chu', 'choo'],
  ['woo', 'u', 'wu'],
  ['koo', 'ku', 'gu'],
  ['min'],
  ['na', 'ra', 'la'],
  ['jin', 'chin'],
  ['ji', 'chi'],
  ['eom', 'um', 'om', 'uhm'],
  ['chae', 'chai'],
  ['won'],
  ['bang', 'pang'],
  ['kong', 'gong'],
  ['hyun', 'hyeon', 'hyon'],
  ['ham'],
  ['yeom', 'yom', 'yum'],
  ['byun', 'byeon', 'pyon', 'pyun'],
  ['yeo', 'yo', 'yuh'],
  ['chu', 'choo'],
  ['do', 'to'],
  ['so', 'soh'],
  ['seok', 'sok', 'suk'],
  ['seol', 'sol'],
  ['ma'],
  ['gil', 'kil'],
  ['wi', 'wee'],
  ['pyo', 'pyoh'],
  ['myung', 'myeong', 'myong'],
  ['ki', 'gi', 'kee'],
  ['ban', 'pan'],
  ['wang'],
  ['geum', 'kum', 'keum', 'gum'],
  ['ok'],
  ['yook', 'yuk', 'ryuk'],
  ['in'],
  ['maeng', 'maing'],
  ['je', 'che'],
  ['mo'],
  ['tak', 'tag'],
  ['guk', 'kuk', 'kook'],
  ['yeon', 'yon', 'ryon', 'ryeon'],
  // Syllables common in given names.
  ['eun', 'un', 'uen'],
  ['woon', 'un', 'wun'],
  ['il'],
  ['cheol', 'chol', 'chul'],
  ['soo', 'su'],
  ['sik', 'shik'],
  ['hyeok', 'hyok', 'hyuk'],
  ['young', 'yeong', 'yong', 'ryong', 'ryeong', 'ryoung'],
  ['yong', 'ryong'],
  ['man'],
  ['sang'],
  ['kyung', 'kyong', 'kyeong', 'gyeong', 'gyung'],
  ['hee', 'hui', 'heui', 'hi'],
  ['choon', 'chun'],
  ['deok', 'dok', 'duk', 'tok', 'tuk'],
  ['hak'],
  ['tae', 'thae'],
  ['joon', 'jun', 'chun'],
  ['hoon', 'hun'],
  ['hwan'],
  ['bok', 'pok'],
  ['seop', 'sop', 'sub', 'sup'],
  ['kwang', 'gwang'],
  ['jae', 'chae', 'jea'],
  ['sun', 'soon'],
  ['bong', 'pong'],
  ['doo', 'du', 'tu'],
  ['dong', 'tong'],
  ['geun', 'gun', 'kun', 'keun'],
  ['geon', 'gun', 'kon', 'kun', 'keon'],
  ['yeol', 'yol', 'yul', 'ryol', 'ryeol', 'ryul'],
  ['chan'],
  ['wook', 'uk', 'ook'],
  ['gyu', 'kyu'],
  ['hae'],
  ['se'],
  ['woong', 'ung'],
  ['ho'],
  ['hyo'],
  ['mi'],
  ['ja', 'cha'],
  ['ae'],
  ['ran', 'nan'],
  ['sook', 'suk', 'sok'],
  ['hye', 'hyei', 'hae'],
  ['jeom', 'jom', 'chom'],
  ['gwan', 'kwan'],
  ['ryeo', 'ryo', 'yeo'],
  ['nyeo', 'nyo'],
  ['bin', 'pin'],
  ['beom', 'bom', 'pom', 'bum'],
  ['hwa'],
  ['ik'],
  ['ung'],
  ['jik', 'chik'],
  ['chil'],
  ['pal'],
  ['gu', 'ku', 'koo'],
  ['seung', 'sung', 'sng'],
  ['ryang', 'yang'],
  ['rak', 'nak'],
  ['ri', 'li', 'lee'],
  ['hyang'],
  ['hwi'],
  ['ui', 'eui', 'ei'],
];

/** Spellings of one letter, allowed only as a whole token (inside a joined name they would split anything). */
const WHOLE_TOKEN_ONLY = new Set(['i', 'o', 'u']);

/** Longest spelling in the table, the limit for segmentation. */
const MAX_SYLLABLE = Math.max(...KOREAN_SYLLABLE_VARIANTS.flat().map((s) => s.length));

/** spelling → the rows (by index) it belongs to. */
const ROWS_OF: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  KOREAN_SYLLABLE_VARIANTS.forEach((row, index) => {
    for (const spelling of row) {
      const rows = map.get(spelling) ?? [];
      if (!rows.includes(index)) rows.push(index);
      map.set(spelling, rows);
    }
  });
  return map;
})();

/** True when the token is itself one spelling in the table (Jung, Jang, Choi), not a longer word read as several. */
export function isSyllable(token: string): boolean {
  return ROWS_OF.has(token);
}

/** The label of a row (its first spelling). */
export function rowLabel(row: number): string {
  return KOREAN_SYLLABLE_VARIANTS[row]![0]!;
}

/** Bounds on ambiguity: a pathological token must not make screening slow. */
const MAX_SEGMENTATIONS = 8;
const MAX_KEYS = 24;

/** Every way to cut `token` into table spellings (at most 4 syllables, at most MAX_SEGMENTATIONS ways). */
function segmentations(token: string): string[][] {
  const out: string[][] = [];
  const walk = (from: number, parts: string[]) => {
    if (out.length >= MAX_SEGMENTATIONS) return;
    if (from === token.length) {
      out.push(parts);
      return;
    }
    if (parts.length >= 4) return;
    for (let len = Math.min(MAX_SYLLABLE, token.length - from); len >= 1; len--) {
      const piece = token.slice(from, from + len);
      if (len === 1 && WHOLE_TOKEN_ONLY.has(piece)) continue;
      if (ROWS_OF.has(piece)) walk(from + len, [...parts, piece]);
    }
  };
  if (ROWS_OF.has(token)) out.push([token]);
  if (token.length > 2) walk(0, []);
  return out;
}

/**
 * The romanization keys of a token: for each way to read it as Korean syllables, the row labels joined
 * with `·` (`jeongeun` → `jeong·eun`, and `jong`+`un` written apart also give `jeong·eun`). Two tokens
 * are variants when their keys intersect. A token the table cannot read has no keys.
 */
export function romanizationKeys(token: string): string[] {
  const keys = new Set<string>();
  for (const parts of segmentations(token)) {
    let combos = [''];
    for (const part of parts) {
      const next: string[] = [];
      for (const prefix of combos) for (const row of ROWS_OF.get(part)!) next.push(prefix === '' ? rowLabel(row) : `${prefix}·${rowLabel(row)}`);
      combos = next.slice(0, MAX_KEYS);
    }
    for (const key of combos) {
      keys.add(key);
      if (keys.size >= MAX_KEYS) return [...keys];
    }
  }
  return [...keys];
}

/** The reading two variant tokens share (`jeongeun`, `jongun` → `jeong·eun`), for explanations. */
export function sharedReading(a: string, b: string): string | undefined {
  const theirs = romanizationKeys(b);
  return romanizationKeys(a).find((key) => theirs.includes(key));
}
