import type { WatchEntry } from './watch-entry.js';

/**
 * What `molehunt lists status` shows about a list without loading it, and the program filter of
 * `lists import --programs`.
 */

/** Counts of a list's content. */
export interface ListSummary {
  kinds: Record<string, number>;
  names: number;
  identifiers: Record<string, number>;
  /** Entries per program tag (the 20 most common). */
  programs: Record<string, number>;
  /** Entries in a DPRK program (see DPRK_PROGRAMS). */
  dprk: number;
}

/**
 * OFAC's North Korea programs, the UN 1718 regime (UN_LIST_TYPE DPRK), and CYBER2, under which OFAC
 * designated Lazarus and several IT-worker facilitators. `--programs dprk` expands to these.
 */
export const DPRK_PROGRAMS: readonly string[] = ['DPRK', 'DPRK2', 'DPRK3', 'DPRK4', 'DPRK-NKSPEA', 'NKSPEA', 'CYBER2'];

/** The program filter a `--programs` value names (`dprk` expands; otherwise comma-separated tags, any case). */
export function programFilter(value: string): Set<string> {
  const out = new Set<string>();
  for (const part of value.split(',').map((p) => p.trim().toUpperCase()).filter(Boolean)) {
    if (part === 'DPRK-ALL' || part === 'DPRK') for (const p of DPRK_PROGRAMS) out.add(p);
    else out.add(part);
  }
  return out;
}

/** Entries with at least one program in the filter. */
export function filterPrograms(entries: readonly WatchEntry[], filter: ReadonlySet<string>): WatchEntry[] {
  return entries.filter((e) => e.programs.some((p) => filter.has(p.toUpperCase())));
}

/** Summarizes a list's entries. */
export function summarizeList(entries: readonly WatchEntry[]): ListSummary {
  const kinds: Record<string, number> = {};
  const identifiers: Record<string, number> = {};
  const programs = new Map<string, number>();
  let names = 0;
  let dprk = 0;
  const dprkSet = new Set(DPRK_PROGRAMS);
  for (const e of entries) {
    kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
    names += e.names.length;
    for (const id of e.identifiers) identifiers[id.type] = (identifiers[id.type] ?? 0) + 1;
    for (const p of e.programs) programs.set(p, (programs.get(p) ?? 0) + 1);
    if (e.programs.some((p) => dprkSet.has(p.toUpperCase()))) dprk++;
  }
  const top = [...programs].sort((a, b) => b[1] - a[1]).slice(0, 20);
  return { kinds, names, identifiers, programs: Object.fromEntries(top), dprk };
}
