import type { Citation } from '../model/finding.js';

/** Public sources rules cite, by their id in ../shared/research/dprk-indicators.md §2. */
export const SOURCES = {
  S1: {
    source: 'US State/Treasury/FBI, Guidance on the DPRK Information Technology Workers (2022-05-16)',
    url: 'https://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf',
  },
  S4: {
    source: 'FBI PSA I-012325-PSA, North Korean IT workers conducting data extortion (2025-01-23)',
    url: 'https://www.ic3.gov/PSA/2025/PSA250123',
  },
} as const;

/** Builds a citation of indicator `indicator` from source `source`. */
export function cite(indicator: string, source: keyof typeof SOURCES): Citation {
  return { indicator, ...SOURCES[source] };
}
