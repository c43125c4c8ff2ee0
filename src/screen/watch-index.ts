import { NameIndex } from './names/name-index.js';
import { COUNTRY_SAME, DOB_SAME_DATE, scoreNameMatch, type NameMatchExplanation, type Support } from './names/name-match.js';
import { prepareName } from './names/normalize-name.js';
import { domainOf, identifierKey } from './identifier-keys.js';
import type { IdentifierType, WatchEntry, WatchKind } from './watch-entry.js';

/**
 * Everything imported, indexed for screening: names (blocking index, person-like entries apart from
 * organizations and vessels) and identifiers (exact keys). Built once per command.
 */

/** A stored list as the index takes it. */
export interface ListForIndex {
  name: string;
  date: string;
  date_basis: string;
  entries: readonly WatchEntry[];
}

/** What every hit says about where it comes from. */
export interface HitSource {
  list: string;
  list_date: string;
  entry_id: string;
  entry_kind: WatchKind;
  entry_name?: string;
  programs: string[];
  label?: string;
  source?: string;
}

/** A name on a list that matches. */
export interface NameHit extends HitSource {
  matched_name: string;
  name_type: 'primary' | 'alias' | 'weak';
  score: number;
  explanation: NameMatchExplanation;
}

/** An identifier on a list that equals the probe. */
export interface IdentifierHit extends HitSource {
  type: IdentifierType;
  value: string;
  listed_value: string;
  chain?: string;
  /** How: `exact` key equality, or `domain` (the probe's domain or a parent of it is listed). */
  how: 'exact' | 'domain';
}

/** Name-screening threshold: below it a name is not reported. */
export const NAME_THRESHOLD = 0.8;

interface Ref {
  list: number;
  entry: number;
  name: number;
}

const PERSON_LIKE: ReadonlySet<WatchKind> = new Set(['person', 'unknown']);

/** The index over imported lists. */
export class WatchIndex {
  private readonly people = new NameIndex<Ref>();
  private readonly others = new NameIndex<Ref>();
  private readonly ids = new Map<string, { ref: Ref; id: number }[]>();
  readonly stats = { lists: 0, entries: 0, names: 0, identifiers: 0 };

  /** Names aligned after blocking since the index was built (benchmark instrumentation). */
  get aligned(): number {
    return this.people.aligned + this.others.aligned;
  }

  constructor(private readonly lists: readonly ListForIndex[]) {
    lists.forEach((list, l) => {
      list.entries.forEach((entry, e) => {
        this.stats.entries++;
        const index = PERSON_LIKE.has(entry.kind) ? this.people : this.others;
        entry.names.forEach((n, i) => {
          if (index.add({ list: l, entry: e, name: i }, n.value)) this.stats.names++;
        });
        entry.identifiers.forEach((id, i) => {
          const key = identifierKey(id.type, id.value);
          if (key === undefined) return;
          const slot = `${id.type}:${key}`;
          const list = this.ids.get(slot) ?? [];
          list.push({ ref: { list: l, entry: e, name: -1 }, id: i });
          this.ids.set(slot, list);
          this.stats.identifiers++;
        });
      });
    });
    this.stats.lists = lists.length;
  }

  private source(ref: Ref): HitSource {
    const list = this.lists[ref.list]!;
    const entry = list.entries[ref.entry]!;
    const primary = entry.names.find((n) => n.type === 'primary')?.value ?? entry.names[0]?.value;
    return {
      list: list.name,
      list_date: list.date,
      entry_id: entry.id,
      entry_kind: entry.kind,
      ...(primary ? { entry_name: primary } : {}),
      programs: entry.programs,
      ...(entry.label ? { label: entry.label } : {}),
      ...(entry.source ? { source: entry.source } : {}),
    };
  }

  /**
   * Listed names matching `name` at or above `threshold`, best first, one hit per entry (its best name).
   * `people`: only person-like entries (applicants are people); otherwise every entry.
   */
  matchName(name: string, support: Support = {}, options: { people?: boolean; threshold?: number } = {}): NameHit[] {
    const query = prepareName(name);
    const threshold = options.threshold ?? NAME_THRESHOLD;
    const best = new Map<string, NameHit>();
    for (const index of options.people === false ? [this.people, this.others] : [this.people]) {
      // Date of birth and country can add at most this much (and nothing when the applicant has neither).
      const lift = (support.birthDate ? DOB_SAME_DATE : 0) + (support.country ? COUNTRY_SAME : 0);
      for (const cand of index.candidates(query, threshold - lift - 1e-9)) {
        const entry = this.lists[cand.ref.list]!.entries[cand.ref.entry]!;
        const listedName = entry.names[cand.ref.name]!;
        const explanation = scoreNameMatch(name, listedName.value, cand.alignment, support, entry.birth_dates, entry.countries);
        if (explanation.score < threshold) continue;
        const key = `${cand.ref.list}:${cand.ref.entry}`;
        const known = best.get(key);
        if (known && known.score >= explanation.score) continue;
        best.set(key, { ...this.source(cand.ref), matched_name: listedName.value, name_type: listedName.type, score: explanation.score, explanation });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }

  /** Listed identifiers equal to the probe; for e-mails, domains and URLs also a listed domain that covers it. */
  matchIdentifier(type: IdentifierType, value: string, country?: string): IdentifierHit[] {
    const out: IdentifierHit[] = [];
    const key = identifierKey(type, value, country);
    const add = (slot: string, how: IdentifierHit['how']) => {
      for (const { ref, id } of this.ids.get(slot) ?? []) {
        const listed = this.lists[ref.list]!.entries[ref.entry]!.identifiers[id]!;
        out.push({ ...this.source(ref), type: listed.type, value, listed_value: listed.value, ...(listed.chain ? { chain: listed.chain } : {}), how });
      }
    };
    if (key !== undefined) add(`${type}:${key}`, 'exact');
    if (type === 'email' || type === 'url' || type === 'domain') {
      const domain = type === 'email' ? value.split('@').pop()?.toLowerCase().trim() : domainOf(value);
      const labels = domain?.split('.') ?? [];
      // The domain and each parent with at least two labels: mail.evil.example is covered by evil.example.
      for (let i = 0; i + 2 <= labels.length; i++) {
        const parent = labels.slice(i).join('.');
        if (type === 'domain' && i === 0) continue; // already the exact key
        add(`domain:${parent}`, 'domain');
      }
    }
    return out;
  }
}
