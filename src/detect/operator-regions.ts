/**
 * Cities of the regions where DPRK IT-worker operators are reported to cluster (research E-08: Liaoning
 * and Jilin in northeast China, Primorsky Krai in the Russian Far East), for matching the city an
 * identity provider geolocates a sign-in to (Okta client.geographicalContext.city, Entra location.city).
 *
 * Where each fact comes from:
 * - Shenyang, Dandong and Vladivostok are named in the research (../shared/research/dprk-indicators.md
 *   E-08; S14, S17, S6); Yanji (Yanbian, on the DPRK border) in the brief of this rule.
 * - The other entries are the prefecture-level cities of Liaoning and Jilin and the urban okrugs of
 *   Primorsky Krai as in the public administrative-division lists of the PRC and Russia (project
 *   knowledge, not re-checked online). Names are the English/pinyin forms IdP geolocation returns.
 * - Left out on purpose: Chaoyang (Liaoning), because Beijing's Chaoyang district geolocates under the
 *   same name and country, and a Beijing sign-in is not this indicator.
 */
export const OPERATOR_REGIONS: readonly { region: string; country: 'CN' | 'RU'; cities: readonly string[] }[] = [
  {
    region: 'Liaoning',
    country: 'CN',
    cities: ['Shenyang', 'Dalian', 'Anshan', 'Fushun', 'Benxi', 'Dandong', 'Jinzhou', 'Yingkou', 'Fuxin', 'Liaoyang', 'Panjin', 'Tieling', 'Huludao'],
  },
  {
    region: 'Jilin',
    country: 'CN',
    cities: ['Changchun', 'Jilin', 'Siping', 'Liaoyuan', 'Tonghua', 'Baishan', 'Songyuan', 'Baicheng', 'Yanji', 'Hunchun', 'Tumen', 'Longjing', 'Helong', 'Dunhua', 'Ji\'an'],
  },
  {
    region: 'Primorsky Krai',
    country: 'RU',
    cities: ['Vladivostok', 'Nakhodka', 'Ussuriysk', 'Artyom', 'Arsenyev', 'Spassk-Dalny', 'Dalnegorsk', 'Partizansk', 'Lesozavodsk', 'Bolshoy Kamen', 'Dalnerechensk'],
  },
];

/** Lower case, no accents, no apostrophes or hyphens, no " shi"/" city" suffix: "Ji'an Shi" → "jian". */
function cityKey(city: string): string {
  return city
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+(shi|city|gorod)$/, '')
    .replace(/['’\-\s]/g, '');
}

const BY_CITY = new Map<string, { region: string; country: 'CN' | 'RU'; city: string }>(
  OPERATOR_REGIONS.flatMap((r) => r.cities.map((city) => [`${r.country}:${cityKey(city)}`, { region: r.region, country: r.country, city }] as const)),
);

/** Where a geolocated city lies: an operator region, or undefined. */
export type OperatorRegionMatcher = (city: string | undefined, country: string | undefined) => { region: string; country: string; city: string } | undefined;

/**
 * A matcher from a geolocated city to the operator region it lies in. The country must agree (city
 * names repeat across countries). Memoized per matcher: sign-ins repeat a few thousand cities.
 */
export function operatorRegionMatcher(): OperatorRegionMatcher {
  const cache = new Map<string, ReturnType<OperatorRegionMatcher>>();
  return (city, country) => {
    if (!city || !country) return undefined;
    const raw = `${country}\u0000${city}`;
    if (cache.has(raw)) return cache.get(raw);
    const hit = BY_CITY.get(`${country.toUpperCase()}:${cityKey(city)}`);
    cache.set(raw, hit);
    return hit;
  };
}
