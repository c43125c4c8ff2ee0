import type { Citation } from '../model/finding.js';

/**
 * Public sources rules cite, by their id in ../shared/research/dprk-indicators.md §2. Where the
 * research read a source only through a summary, the URL is still the primary's, so an analyst can
 * check the claim there.
 */
export const SOURCES = {
  S1: {
    source: 'US State/Treasury/FBI, Guidance on the DPRK Information Technology Workers (2022-05-16)',
    url: 'https://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf',
  },
  S2: { source: 'US–ROK joint PSA, Additional Guidance on the DPRK IT Workers (2023-10-18)', url: 'https://www.ic3.gov/PSA/2023/PSA231018' },
  S3: { source: 'FBI PSA on US-based facilitators of DPRK IT workers (2024-05-16)', url: 'https://www.ic3.gov/PSA/2024/PSA240516' },
  S4: {
    source: 'FBI PSA I-012325-PSA, North Korean IT workers conducting data extortion (2025-01-23)',
    url: 'https://www.ic3.gov/PSA/2025/PSA250123',
  },
  S5: {
    source: 'Mandiant/Google, Staying a Step Ahead: Mitigating the DPRK IT Worker Threat (2024-09-23)',
    url: 'https://cloud.google.com/blog/topics/threat-intelligence/mitigating-dprk-it-worker-threat',
  },
  S6: {
    source: 'Google GTIG, DPRK IT Workers Expanding in Scope and Scale (2025-04-02)',
    url: 'https://cloud.google.com/blog/topics/threat-intelligence/dprk-it-workers-expanding-scope-scale',
  },
  S7: {
    source: "Microsoft, Jasper Sleet: North Korean remote IT workers' evolving tactics (2025-06-30)",
    url: 'https://www.microsoft.com/en-us/security/blog/2025/06/30/jasper-sleet-north-korean-remote-it-workers-evolving-tactics-to-infiltrate-organizations/',
  },
  S8: {
    source: "Microsoft Defender Experts, Disrupt Jasper Sleet's Insider Access Campaign (2025-12-18)",
    url: 'https://techcommunity.microsoft.com/blog/microsoftsecurityexperts/-/4478112',
  },
  S9: {
    source: "Unit 42, Global Companies Are Unknowingly Paying North Koreans: Here's How to Catch Them (2024-11-13)",
    url: 'https://unit42.paloaltonetworks.com/',
  },
  S11: { source: 'KnowBe4, How a North Korean fake IT worker tried to infiltrate us (2024-07-23)', url: 'https://blog.knowbe4.com/' },
  S12: { source: 'Secureworks CTU, Nickel Tapestry (2024-10), via The Register', url: 'https://www.theregister.com/2024/10/18/ransom_fake_it_worker_scam/' },
  S13: { source: 'CrowdStrike Threat Hunting Report 2025 (Famous Chollima)', url: 'https://www.crowdstrike.com/en-us/resources/reports/threat-hunting-report/' },
  S14: {
    source: 'Recorded Future Insikt, PurpleDelta fraudulent employment operations (2026-08-18)',
    url: 'https://www.recordedfuture.com/research/purpledelta-fraudulent-employment-operations',
  },
  S15: { source: "Okta Threat Intelligence, North Korea's IT workers expand beyond US big tech (2025-09-30)", url: 'https://www.okta.com/newsroom/articles/north-korea-s-it-workers-expand-beyond-us-big-tech' },
  S16: { source: 'DTEX i3, Exposing DPRK cyber syndicate and hidden IT workforce (2025)', url: 'https://dtexsystems.com/?p=9615' },
  S17: { source: 'Security Alliance (SEAL), DPRK IT Workers framework (2025)', url: 'https://frameworks.securityalliance.org/dprk-it-workers/overview' },
  S19: { source: 'LevelBlue SpiderLabs case via CSO Online (2025-08)', url: 'https://www.csoonline.com/' },
  S20: { source: 'ANY.RUN / BCA LTD / NorthScan "Ballena Azul" honeypot (2025-12, 2026-08)', url: 'https://any.run/cybersecurity-blog/' },
  S21: { source: 'US DOJ cases: Chapman, Knoot, Didenko, Wang and the June 2025 nationwide action', url: 'https://www.justice.gov/opa/pr/justice-department-announces-coordinated-nationwide-actions-combat-north-korean-remote' },
  S22: { source: 'MITRE ATT&CK T1219.003 Remote Access Hardware', url: 'https://attack.mitre.org/techniques/T1219/003/' },
  S23: { source: 'tayvano, lazarus-bluenoroff-research: DPRK IT worker personas', url: 'https://github.com/tayvano/lazarus-bluenoroff-research' },
} as const;

/** A source id of SOURCES. */
export type SourceId = keyof typeof SOURCES;

/** Builds a citation of indicator `indicator` from source `source`. */
export function cite(indicator: string, source: SourceId): Citation {
  return { indicator, ...SOURCES[source] };
}
