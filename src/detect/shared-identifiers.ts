import type { Evidence } from '../model/finding.js';
import type { ResolvedSubject } from '../resolve/resolve-subjects.js';

/**
 * True when the subject is a person: it has a record other than a device's. A host that no record
 * ties to an owner resolves to a subject of its own; it is not a second person sharing anything.
 */
export function isPerson(subject: ResolvedSubject): boolean {
  return subject.identities.some((r) => r.kind !== 'device.owner');
}

/** Where one subject showed a shared identifier, and when (epoch ms, when known). */
export interface Sighting {
  evidence: Evidence;
  at?: number;
}

/**
 * Groups sightings of identifiers by identifier and subject. Callers add with `add`; `groups`
 * yields each identifier seen under at least `min` subjects. Linear in sightings.
 */
export class IdentifierGroups {
  private readonly byValue = new Map<string, Map<string, Sighting[]>>();

  add(value: string, subject: string, sighting: Sighting): void {
    const subjects = this.byValue.get(value) ?? new Map<string, Sighting[]>();
    this.byValue.set(value, subjects);
    const list = subjects.get(subject) ?? [];
    list.push(sighting);
    subjects.set(subject, list);
  }

  *groups(min: number): Generator<[string, Map<string, Sighting[]>]> {
    for (const entry of this.byValue) if (entry[1].size >= min) yield entry;
  }
}
