import type { RuleContext } from './define-rule.js';

/** A subject's declared home: the postal.address enricher's matching key (when it names a street) and a label. */
export interface DeclaredHome {
  /** Two spellings of one house give one key; absent when the home names only a town. */
  key?: string;
  display: string;
}

/**
 * Each subject's declared home from HR. A home without a street line names only a town: it is shown
 * but never taken for a shared home (a town is not a household).
 */
export function declaredHomes(ctx: RuleContext): Map<string, DeclaredHome> {
  const homes = new Map<string, DeclaredHome>();
  for (const subject of ctx.subjects) {
    for (const record of subject.identities.filter((r) => r.kind === 'hr.employee')) {
      const index = record.identifiers.addresses.findIndex((a) => a.role === 'home' && (a.city || a.postal_code));
      if (index < 0) continue;
      const home = record.identifiers.addresses[index]!;
      const key = home.line ? ctx.identityEnrichment(record.id).addresses?.[index]?.key : undefined;
      homes.set(subject.id, { ...(key ? { key } : {}), display: [home.city, home.region, home.country].filter(Boolean).join(', ') });
      break;
    }
  }
  return homes;
}

/** How a group of subjects' declared homes compare: one household, several homes, or not enough known. */
export function compareHomes(homes: ReadonlyMap<string, DeclaredHome>, subjects: readonly string[]): { household: boolean; distinct: number; labels: string[] } {
  const declared = subjects.map((s) => homes.get(s)).filter((h) => h !== undefined);
  const distinct = new Set(declared.map((h) => h.key ?? h.display)).size;
  // Only a full set of street-level homes that agree is a household; one unknown home could be anywhere.
  const household = declared.length === subjects.length && distinct === 1 && declared.every((h) => h.key);
  return { household, distinct, labels: [...new Set(declared.map((h) => h.display))] };
}
