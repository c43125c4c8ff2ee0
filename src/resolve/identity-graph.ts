// The identity graph: records resolved into subjects, subjects linked by identifiers distinct people
// should not share, links grouped into networks. It is built by adding records (all at once, or a
// few at a time) and recomputes only what an addition can change: the resolution blocks the new
// records touch, the shared values of the subjects that changed, and the networks around them. The
// result is the same whatever the order and batching of additions (identity-graph.test.ts checks it
// against a full build for random insertion orders).
import type { IdentityRecord } from '../model/identity-record.js';
import { normalizeEmail } from '../enrich/email.js';
import { GraphOptionsSchema, type GraphOptions, type GraphOptionsInput } from './graph-options.js';
import type { Exemption, GenericValue, GraphNetwork, GraphObservation, Household, Judgement, Link } from './graph-types.js';
import { phoneKey, placeKey, placeholderReason } from './identifier-keys.js';
import { JudgementIndex } from './judgement-index.js';
import { KeyIndex } from './key-index.js';
import { bandKeys } from './minhash.js';
import type { LinkKind } from './link-kinds.js';
import { GraphLinks } from './graph-links.js';
import { NearDuplicates } from './near-duplicates.js';
import { parseLinkKey, recordState, type RecordState } from './record-state.js';
import { resolveBlock } from './resolve-block.js';
import { byPriority, subjectId } from './resolve-keys.js';
import type { ResolvedSubject } from './resolve-subjects.js';
import type { LinkContext } from './value-links.js';

/** What one addition brings. */
export interface GraphInput {
  records?: readonly IdentityRecord[];
  observations?: readonly GraphObservation[];
  judgements?: readonly Judgement[];
}

/** The whole graph at one moment, in a canonical order. */
export interface GraphSnapshot {
  subjects: ResolvedSubject[];
  links: Link[];
  generic: GenericValue[];
  exemptions: Exemption[];
  /** Sorted by structure, strongest first. */
  networks: GraphNetwork[];
  /** "different" judgements that deterministic keys (employee id, corporate e-mail) overrode. */
  conflicts: { judgement: string; subject: string }[];
  /** Sign-in IPs set aside as shared by design (corporate, VPN, hosting…). */
  ineligibleIps: number;
}

/** What changed in one addition. */
export interface GraphDelta {
  recordsChanged: number;
  blockRecords: number;
  subjectsChanged: number;
  valuesRecomputed: number;
  networksRebuilt: number;
  /** Milliseconds per phase: indexing records, resolving blocks, linking (values and near-duplicates, networks included). */
  ms: { index: number; resolve: number; link: number };
}

interface SubjectEntry {
  resolved: ResolvedSubject;
  rids: number[];
  households: ReadonlySet<string>;
  /** The subject's identifiers for hub spread, as [key, kind] (built on first use; entries are replaced when the subject changes). */
  keys?: [number, LinkKind][];
}

const EVIDENCE_KINDS: ReadonlySet<LinkKind> = new Set(['email', 'phone', 'payout', 'device_serial', 'address']);
const byKey = <T>(map: ReadonlyMap<string, T>): T[] => [...map.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, v]) => v);

function declaredKey(kind: LinkKind, value: string): string | undefined {
  switch (kind) {
    case 'phone':
      return phoneKey(value, undefined);
    case 'email':
      return normalizeEmail(value);
    case 'address':
      return placeKey({ role: 'home', line: value });
    case 'device_serial':
      return value.trim().toUpperCase();
    case 'ip':
      return value.trim().toLowerCase();
    default:
      return value.trim();
  }
}

/** The incremental identity graph. */
export class IdentityGraph {
  readonly options: GraphOptions;
  private readonly keys = new KeyIndex();
  private readonly states: RecordState[] = [];
  private readonly ridOf = new Map<string, number>();
  private readonly observations = new Map<string, GraphObservation[]>();
  private readonly subjectOf: string[] = [];
  private readonly subjects = new Map<string, SubjectEntry>();
  private readonly judgements: JudgementIndex;
  private readonly near: NearDuplicates;
  private readonly declared = new Map<string, string>();
  private readonly placeholder = new Map<number, boolean>();
  private readonly linked: GraphLinks;
  private ineligibleIps = 0;

  constructor(options: GraphOptionsInput = {}, households: readonly Household[] = []) {
    this.options = GraphOptionsSchema.parse(options);
    this.judgements = new JudgementIndex(households);
    this.near = new NearDuplicates(this.keys, (rid) => this.states[rid]!, this.options);
    this.linked = new GraphLinks({ near: this.near, state: (rid) => this.states[rid]!, hasSubject: (s) => this.subjects.has(s), linkContext: () => this.linkContext() });
    for (const g of this.options.generic_values) {
      const key = declaredKey(g.kind, g.value);
      if (key) this.declared.set(`${g.kind}:${key}`, `declared generic in config: ${g.reason}`);
    }
  }

  /** The subject an identity record belongs to. */
  subjectOfIdentity(recordId: string): string | undefined {
    const rid = this.ridOf.get(recordId);
    return rid === undefined ? undefined : this.subjectOf[rid];
  }

  /** The network a subject belongs to, if any. */
  networkOfSubject(subject: string): string | undefined {
    return this.linked.networkOf.get(subject);
  }

  /** Adds records (new, or new versions of known ones), observations and judgements; updates what they affect. */
  add(input: GraphInput): GraphDelta {
    const t0 = performance.now();
    const changed = new Set<number>();
    const touchedKeys = new Map<number, number>();
    const touchedNames = new Map<string, number>();
    const formerKeys: number[] = [];
    const nearAffected = new Set<number>();
    const byRecord = new Map<string, GraphObservation[]>();
    for (const o of input.observations ?? []) {
      if (o.kind === 'ip' && o.eligible === false) {
        this.ineligibleIps++;
        continue;
      }
      const list = byRecord.get(o.record);
      if (list) list.push(o);
      else byRecord.set(o.record, [o]);
    }
    const upserts = new Map<string, IdentityRecord>();
    for (const [recordId, list] of byRecord) {
      const known = this.observations.get(recordId);
      if (known) known.push(...list);
      else this.observations.set(recordId, list);
      const rid = this.ridOf.get(recordId);
      if (rid !== undefined) upserts.set(recordId, this.states[rid]!.record);
    }
    for (const r of input.records ?? []) upserts.set(r.id, r);
    // Only keys that had holders before can flip across the merge cap for records outside this addition.
    const touch = (kid: number) => {
      const degree = this.keys.degree(kid);
      if (degree > 0 && !touchedKeys.has(kid)) touchedKeys.set(kid, degree);
    };
    for (const record of upserts.values()) {
      let rid = this.ridOf.get(record.id);
      if (rid === undefined) {
        rid = this.states.length;
        this.ridOf.set(record.id, rid);
      } else {
        const old = this.states[rid]!;
        for (const kid of [...old.hard, ...old.linkKeys.map((k) => k.kid), ...old.ipKeys]) {
          touch(kid);
          this.keys.remove(kid, rid);
        }
        formerKeys.push(...old.linkKeys.map((k) => k.kid), ...old.ipKeys);
        if (old.name) this.touchName(old.name.key, touchedNames, rid, false);
        for (const n of this.near.detach(old)) nearAffected.add(n);
      }
      const state = recordState(rid, record, this.observations.get(record.id) ?? [], this.keys);
      this.states[rid] = state;
      for (const kid of state.hard) {
        touch(kid);
        this.keys.add(kid, rid);
      }
      for (const k of state.linkKeys) {
        touch(k.kid);
        this.keys.add(k.kid, rid);
      }
      for (const kid of state.ipKeys) {
        touch(kid);
        this.keys.add(kid, rid);
      }
      if (state.name) this.touchName(state.name.key, touchedNames, rid, true);
      changed.add(rid);
    }
    for (const rid of changed) for (const n of this.near.attach(this.states[rid]!)) nearAffected.add(n);
    const seeds = new Set(changed);
    const judgedSubjects = new Set<string>();
    for (const j of input.judgements ?? []) {
      this.judgements.add(j);
      for (const id of [...j.a, ...j.b]) {
        const rid = this.ridOf.get(id);
        if (rid === undefined) continue;
        seeds.add(rid);
        if (this.subjectOf[rid]) judgedSubjects.add(this.subjectOf[rid]);
      }
    }
    this.seedCrossings(seeds, touchedKeys, touchedNames);
    const t1 = performance.now();
    const { block, changedSubjects, oldEntries } = this.resolve(seeds);
    const t2 = performance.now();
    for (const s of judgedSubjects) changedSubjects.add(s);
    const dirtySubjects = new Set(changedSubjects);
    for (const rid of [...changed, ...nearAffected]) dirtySubjects.add(this.subjectOf[rid]!);
    const dirtyRids = new Set<number>();
    for (const sid of dirtySubjects) for (const rid of [...(this.subjects.get(sid)?.rids ?? []), ...(oldEntries.get(sid)?.rids ?? [])]) dirtyRids.add(rid);
    const delta = this.linked.relink(dirtyRids, dirtySubjects, formerKeys, nearAffected);
    const ms = { index: Math.round(t1 - t0), resolve: Math.round(t2 - t1), link: Math.round(performance.now() - t2) };
    return { recordsChanged: changed.size, blockRecords: block, subjectsChanged: changedSubjects.size, ...delta, ms };
  }

  /** Adds or removes a record under its name's key, noting the count before the first change of this addition. */
  private touchName(key: string, touched: Map<string, number>, rid: number, add: boolean): void {
    const kid = this.keys.intern(`N:${key}`);
    if (!touched.has(key) && this.keys.degree(kid) > 0) touched.set(key, this.keys.degree(kid));
    if (add) this.keys.add(kid, rid);
    else this.keys.remove(kid, rid);
  }

  private nameCount(key: string): number {
    const kid = this.keys.lookup(`N:${key}`);
    return kid === undefined ? 0 : this.keys.degree(kid);
  }

  /** Keys whose use for merging flipped (degree crossed merge_max_degree), names that became (un)common. */
  private seedCrossings(seeds: Set<number>, touchedKeys: Map<number, number>, touchedNames: Map<string, number>): void {
    const cap = this.options.merge_max_degree;
    for (const [kid, before] of touchedKeys) {
      const after = this.keys.degree(kid);
      if (this.keys.name(kid).startsWith('L:') && before <= cap !== after <= cap) for (const r of this.keys.holdersOf(kid)) seeds.add(r);
    }
    const common = this.options.common_name_min;
    for (const [key, before] of touchedNames) {
      const kid = this.keys.lookup(`N:${key}`)!;
      if (before >= common !== this.keys.degree(kid) >= common) for (const r of this.keys.holdersOf(kid)) seeds.add(r);
    }
  }

  /** The records that must be resolved again with `seeds`: their blocks and their former subjects. */
  private closure(seeds: Set<number>): Set<number> {
    const cap = this.options.merge_max_degree;
    const block = new Set<number>();
    const queue = [...seeds];
    const push = (r: number) => {
      if (!block.has(r)) queue.push(r);
    };
    while (queue.length > 0) {
      const rid = queue.pop()!;
      if (block.has(rid)) continue;
      block.add(rid);
      const sid = this.subjectOf[rid];
      if (sid) for (const r of this.subjects.get(sid)?.rids ?? []) push(r);
      const state = this.states[rid]!;
      for (const kid of state.hard) for (const r of this.keys.holdersOf(kid)) push(r);
      for (const k of state.linkKeys) {
        const d = this.keys.degree(k.kid);
        if (d >= 2 && d <= cap && EVIDENCE_KINDS.has(k.kind)) for (const r of this.keys.holdersOf(k.kid)) push(r);
      }
      for (const [partner] of this.judgements.sameAs(state.record.id)) {
        const r = this.ridOf.get(partner);
        if (r !== undefined) push(r);
      }
    }
    return block;
  }

  private resolve(seeds: Set<number>): { block: number; changedSubjects: Set<string>; oldEntries: Map<string, SubjectEntry> } {
    const block = this.closure(seeds);
    const oldEntries = new Map<string, SubjectEntry>();
    for (const rid of block) {
      const sid = this.subjectOf[rid];
      if (sid && this.subjects.has(sid)) {
        oldEntries.set(sid, this.subjects.get(sid)!);
        this.subjects.delete(sid);
      }
    }
    const cannot = new Map<number, Set<number>>();
    for (const rid of block) {
      const other = this.judgements.differentFrom(this.states[rid]!.record.id);
      if (!other) continue;
      const rids = [...other].map((id) => this.ridOf.get(id)).filter((r) => r !== undefined);
      if (rids.length > 0) cannot.set(rid, new Set(rids));
    }
    const same = this.judgements
      .samePairs()
      .map((p) => ({ a: this.ridOf.get(p.a), b: this.ridOf.get(p.b), id: p.id }))
      .filter((p): p is { a: number; b: number; id: string } => p.a !== undefined && p.b !== undefined);
    const groups = resolveBlock([...block], {
      state: (rid) => this.states[rid]!,
      keys: this.keys,
      options: this.options,
      commonName: (key) => this.nameCount(key) >= this.options.common_name_min,
      cannot,
      same,
    });
    const changedSubjects = new Set<string>();
    for (const group of groups) {
      const rids = [...group.rids].sort((a, b) => byPriority(this.states[a]!.record, this.states[b]!.record));
      const records = rids.map((r) => this.states[r]!.record);
      const anchor = records[0]!;
      const id = subjectId(anchor.id);
      const resolved: ResolvedSubject = {
        id,
        display_name: records.find((r) => r.name)?.name ?? anchor.corporate_emails[0] ?? anchor.source_id,
        identities: records,
        merge_reasons: group.reasons,
      };
      const refs = [id, ...records.flatMap((r) => [r.id, r.source_id, r.employee_id ?? '', ...r.corporate_emails, ...r.identifiers.emails])];
      this.subjects.set(id, { resolved, rids, households: this.judgements.householdsOf(refs.filter(Boolean)) });
      for (const r of rids) this.subjectOf[r] = id;
      const old = oldEntries.get(id);
      if (!old || JSON.stringify([old.resolved.display_name, old.rids, old.resolved.merge_reasons]) !== JSON.stringify([resolved.display_name, rids, group.reasons])) {
        changedSubjects.add(id);
      }
    }
    for (const id of oldEntries.keys()) if (!this.subjects.has(id)) changedSubjects.add(id);
    return { block: block.size, changedSubjects, oldEntries };
  }

  private linkContext(): LinkContext {
    return {
      keys: this.keys,
      state: (rid) => this.states[rid]!,
      subjectOf: (rid) => this.subjectOf[rid]!,
      options: this.options,
      declared: (kind, value) => this.declared.get(`${kind}:${value}`),
      otherKeys: (subject, kind) => this.otherKeys(subject, kind),
      householdsOf: (subject) => this.subjects.get(subject)?.households ?? new Set(),
    };
  }

  private otherKeys(subject: string, kind: LinkKind): number[] {
    const entry = this.subjects.get(subject);
    if (!entry) return [];
    if (!entry.keys) {
      entry.keys = [];
      for (const rid of entry.rids) {
        const state = this.states[rid]!;
        for (const k of state.linkKeys) if (!this.isPlaceholder(k.kid)) entry.keys.push([k.kid, k.kind]);
        for (const kid of state.ipKeys) entry.keys.push([kid, 'ip']);
        // Near-duplicate résumés tie people too: their LSH bands stand in for the pair (p ≈ 0.95 at Jaccard 0.8).
        if (state.resume) for (const band of bandKeys(state.resume)) entry.keys.push([this.keys.intern(`R:${band}`), 'resume']);
      }
    }
    const out: number[] = [];
    for (const [kid, k] of entry.keys) if (k !== kind) out.push(kid);
    return out;
  }

  private isPlaceholder(kid: number): boolean {
    let known = this.placeholder.get(kid);
    if (known === undefined) {
      const { kind, value } = parseLinkKey(this.keys.name(kid));
      known = placeholderReason(kind, value) !== undefined || this.declared.has(`${kind}:${value}`);
      this.placeholder.set(kid, known);
    }
    return known;
  }

  /** The whole graph in canonical order (equal for equal content, whatever the order of additions). */
  snapshot(): GraphSnapshot {
    const subjects = [...this.subjects.values()].map((e) => e.resolved).sort((a, b) => (a.id < b.id ? -1 : 1));
    const conflicts: GraphSnapshot['conflicts'] = [];
    for (const j of this.judgements.list()) {
      if (j.decision !== 'different') continue;
      const sa = new Set(j.a.map((id) => this.subjectOfIdentity(id)));
      const hit = j.b.map((id) => this.subjectOfIdentity(id)).find((s) => s !== undefined && sa.has(s));
      if (hit) conflicts.push({ judgement: j.id, subject: hit });
    }
    return {
      subjects,
      links: byKey(this.linked.links),
      generic: byKey(this.linked.generic),
      exemptions: [...this.linked.exemptions.entries()].sort((a, b) => (this.keys.name(a[0]) < this.keys.name(b[0]) ? -1 : 1)).flatMap(([, e]) => e),
      networks: [...this.linked.networks.values()].sort((a, b) => b.structure - a.structure || (a.id < b.id ? -1 : 1)),
      conflicts,
      ineligibleIps: this.ineligibleIps,
    };
  }
}

/** Builds the graph of everything at once. */
export function buildIdentityGraph(input: GraphInput, options: GraphOptionsInput = {}, households: readonly Household[] = []): IdentityGraph {
  const graph = new IdentityGraph(options, households);
  graph.add(input);
  return graph;
}
