/**
 * Common romanizations of Korean family names, each mapped to one canonical spelling: passports,
 * HR systems and résumés spell 이 as Lee, Yi, Rhee or Ri, and 박 as Park, Bak or Pak. Sources: the
 * Revised Romanization, McCune-Reischauer, and the customary spellings Korean passports allow.
 * Spellings shared by two different names (Yu for 유 and 류) map to the more common one.
 */
const VARIANTS: Record<string, readonly string[]> = {
  kim: ['gim', 'ghim'],
  lee: ['yi', 'i', 'rhee', 'ri', 'rhie', 'li', 'ree', 'yee', 'rie'],
  park: ['bak', 'pak', 'bahk', 'pahk'],
  choi: ['choe', 'chwe', 'choy'],
  jung: ['jeong', 'chung', 'cheong', 'joung'],
  kang: ['gang'],
  cho: ['jo', 'joe', 'tcho'],
  yoon: ['yun', 'youn'],
  jang: ['chang'],
  lim: ['im', 'rim', 'yim'],
  oh: ['o'],
  seo: ['suh', 'seoh'],
  shin: ['sin', 'shinn'],
  kwon: ['gwon'],
  ahn: ['an'],
  yoo: ['yu', 'you', 'yuh'],
  ryu: ['ryoo', 'rhyu'],
  jeon: ['chun', 'chon', 'jun', 'jon'],
  ko: ['go', 'koh'],
  moon: ['mun'],
  son: ['sohn'],
  bae: ['pae', 'bai'],
  baek: ['paek', 'baik', 'paik', 'back', 'beak'],
  heo: ['hur', 'huh', 'her'],
  noh: ['roh', 'no', 'ro'],
  kwak: ['gwak'],
  sung: ['seong'],
  joo: ['ju', 'jou'],
  chu: ['choo'],
  woo: ['u', 'wu'],
  na: ['ra', 'la'],
  jin: ['chin'],
  um: ['eom', 'uhm', 'eum'],
  chae: ['chai'],
  bang: ['pang'],
  kong: ['gong'],
  hyun: ['hyeon'],
  byun: ['byeon', 'pyun', 'pyon'],
  yeom: ['yum', 'yeum'],
  yeo: ['yo'],
  do: ['doh', 'to'],
  seok: ['suk', 'sok'],
  seon: ['sun', 'sunn'],
  gil: ['kil'],
  myung: ['myeong'],
  ki: ['gi'],
  ban: ['pan'],
  geum: ['keum'],
  yuk: ['yook'],
  tak: ['tahk'],
  namgung: ['namkung'],
  hwangbo: ['hwangpo'],
};

const CANONICAL = new Map<string, string>();
for (const [canonical, variants] of Object.entries(VARIANTS)) {
  CANONICAL.set(canonical, canonical);
  for (const variant of variants) CANONICAL.set(variant, canonical);
}

/** The canonical spelling of a romanized Korean family name, or undefined when the word is not one. */
export function canonicalKoreanSurname(word: string): string | undefined {
  return CANONICAL.get(word);
}
