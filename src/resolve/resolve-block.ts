// Resolution of one block of identity records (a set closed under the keys that can merge them)
// into people. Deterministic merges first (employee id, corporate e-mail, analyst "same"), then
// constrained ones in a fixed order: a shared personal e-mail when no names disagree, then scored
// evidence (agreeing names plus shared personal identifiers). A constrained merge never joins two
// groups whose names disagree, whose employee ids differ, or that an analyst judged different: a
// personal e-mail or phone shared by two different names is the fraud signal, not one person.
import type { GraphOptions } from './graph-options.js';
import type { KeyIndex } from './key-index.js';
import type { LinkKind } from './link-kinds.js';
import { maskValue } from './mask-value.js';
import { NAME_AGREEMENT, nameSimilarity, type ParsedName } from './name-variants.js';
import { parseLinkKey, type RecordState } from './record-state.js';

/** How much one shared identifier counts towards merging two records whose names agree. */
const EVIDENCE_WEIGHT: Partial<Record<LinkKind, number>> = { payout: 0.6, phone: 0.5, device_serial: 0.5, address: 0.3 };
/** Evidence needed: one strong identifier, or two when the name is common. */
const NEEDED = 0.5;
const NEEDED_COMMON = 0.8;

/** What resolution of a block reads besides the records. */
export interface BlockContext {
  state(rid: number): RecordState;
  keys: KeyIndex;
  options: GraphOptions;
  /** True when a parsed-name key is carried by many records (graph-options common_name_min). */
  commonName(key: string): boolean;
  /** Analyst "different" judgements, both directions, by record number. */
  cannot: ReadonlyMap<number, ReadonlySet<number>>;
  /** Analyst "same" judgements whose records are both present. */
  same: readonly { a: number; b: number; id: string }[];
}

/** One person found in a block: record numbers and why they were merged. */
export interface BlockGroup {
  rids: number[];
  reasons: { key: string; records: string[] }[];
}

interface Cluster {
  names: ParsedName[];
  employeeIds: Set<string>;
  /** Members that carry "different" judgements. */
  judged: number[];
}

interface Candidate {
  order: string;
  a: number;
  b: number;
  reason: string;
  /** Personal e-mail: a side without a name is fine. Scored: both named by construction. */
}

class Groups {
  private readonly parent = new Map<number, number>();
  find(x: number): number {
    let p = this.parent.get(x) ?? x;
    while (p !== x) {
      const g = this.parent.get(p) ?? p;
      this.parent.set(x, g);
      x = p;
      p = g;
    }
    return x;
  }
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller record number becomes the root: deterministic, whatever the merge order.
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    if (root !== child) this.parent.set(child, root);
    return root;
  }
}

const sortedIds = (ctx: BlockContext, rids: readonly number[]) => rids.map((r) => ctx.state(r).record.id).sort();

function candidates(rids: readonly number[], ctx: BlockContext, groups: Groups): Candidate[] {
  const cap = ctx.options.merge_max_degree;
  const out: Candidate[] = [];
  const pairs = new Map<string, { a: number; b: number; weight: number; sim: number; keys: string[] }>();
  const seenKeys = new Set<number>();
  for (const rid of rids) {
    for (const key of ctx.state(rid).linkKeys) {
      if (seenKeys.has(key.kid)) continue;
      seenKeys.add(key.kid);
      const degree = ctx.keys.degree(key.kid);
      if (degree < 2 || degree > cap) continue;
      const weight = EVIDENCE_WEIGHT[key.kind];
      if (key.kind !== 'email' && weight === undefined) continue;
      const holders = [...ctx.keys.holdersOf(key.kid)].sort((x, y) => (ctx.state(x).record.id < ctx.state(y).record.id ? -1 : 1));
      const { value } = parseLinkKey(ctx.keys.name(key.kid));
      for (let i = 0; i < holders.length; i++) {
        for (let j = i + 1; j < holders.length; j++) {
          const a = holders[i]!;
          const b = holders[j]!;
          if (groups.find(a) === groups.find(b)) continue;
          const ids = `${ctx.state(a).record.id}\u0000${ctx.state(b).record.id}`;
          if (key.kind === 'email') {
            out.push({ order: `0\u0000${value}\u0000${ids}`, a, b, reason: `personal_email:${value}` });
            continue;
          }
          const na = ctx.state(a).name;
          const nb = ctx.state(b).name;
          if (!na || !nb) continue;
          const pair = pairs.get(ids) ?? { a, b, weight: 0, sim: nameSimilarity(na, nb), keys: [] };
          if (pair.sim < NAME_AGREEMENT) {
            pairs.set(ids, pair);
            continue;
          }
          pair.weight += weight!;
          pair.keys.push(`${key.kind}:${maskValue(key.kind, value)}`);
          pairs.set(ids, pair);
        }
      }
    }
  }
  for (const [ids, p] of pairs) {
    const common = ctx.commonName(ctx.state(p.a).name!.key) || ctx.commonName(ctx.state(p.b).name!.key);
    if (p.sim < NAME_AGREEMENT || p.weight < (common ? NEEDED_COMMON : NEEDED)) continue;
    const keys = [...p.keys].sort();
    out.push({ order: `1\u0000${keys.join(',')}\u0000${ids}`, a: p.a, b: p.b, reason: `name(${p.sim})+${keys.join('+')}` });
  }
  return out.sort((x, y) => (x.order < y.order ? -1 : x.order > y.order ? 1 : 0));
}

function clusterOf(rid: number, ctx: BlockContext): Cluster {
  const s = ctx.state(rid);
  return {
    names: s.name ? [s.name] : [],
    employeeIds: new Set(s.record.employee_id ? [s.record.employee_id.trim()] : []),
    judged: ctx.cannot.has(rid) ? [rid] : [],
  };
}

function compatible(a: Cluster, b: Cluster, rootB: number, ctx: BlockContext, groups: Groups): boolean {
  if (a.employeeIds.size > 0 && b.employeeIds.size > 0 && ![...a.employeeIds].some((id) => b.employeeIds.has(id))) return false;
  for (const r of a.judged) for (const c of ctx.cannot.get(r) ?? []) if (groups.find(c) === rootB) return false;
  for (const x of a.names) for (const y of b.names) if (nameSimilarity(x, y) < NAME_AGREEMENT) return false;
  return true;
}

/** Resolves one block of records into groups (people), each with the reasons for its merges. Deterministic. */
export function resolveBlock(rids: readonly number[], ctx: BlockContext): BlockGroup[] {
  const groups = new Groups();
  const inBlock = new Set(rids);
  const hardReasons: { key: string; records: string[] }[] = [];
  for (const rid of rids) {
    for (const kid of ctx.state(rid).hard) {
      const first = ctx.keys.holdersOf(kid)[0];
      if (first !== undefined && first !== rid) groups.union(rid, first);
    }
  }
  const judgementReasons: { key: string; records: string[]; a: number }[] = [];
  for (const j of ctx.same) {
    if (!inBlock.has(j.a) || !inBlock.has(j.b)) continue;
    groups.union(j.a, j.b);
    judgementReasons.push({ key: `judgement:${j.id}`, records: sortedIds(ctx, [j.a, j.b]), a: j.a });
  }
  const candidateList = candidates(rids, ctx, groups);
  // Name, employee-id and judgement state only for the groups a constrained merge may touch.
  const involved = new Set<number>();
  for (const c of candidateList) involved.add(groups.find(c.a)).add(groups.find(c.b));
  const clusters = new Map<number, Cluster>();
  for (const rid of rids) {
    const root = groups.find(rid);
    if (!involved.has(root)) continue;
    const c = clusterOf(rid, ctx);
    const into = clusters.get(root);
    if (!into) clusters.set(root, c);
    else {
      for (const n of c.names) if (!into.names.some((m) => m.key === n.key)) into.names.push(n);
      for (const e of c.employeeIds) into.employeeIds.add(e);
      into.judged.push(...c.judged);
    }
  }
  const softReasons: { key: string; records: string[]; a: number }[] = [];
  for (const cand of candidateList) {
    const ra = groups.find(cand.a);
    const rb = groups.find(cand.b);
    if (ra === rb) continue;
    const ca = clusters.get(ra)!;
    const cb = clusters.get(rb)!;
    if (!compatible(ca, cb, rb, ctx, groups)) continue;
    const root = groups.union(ra, rb);
    const merged: Cluster = { names: [...ca.names], employeeIds: new Set([...ca.employeeIds, ...cb.employeeIds]), judged: [...ca.judged, ...cb.judged] };
    for (const n of cb.names) if (!merged.names.some((m) => m.key === n.key)) merged.names.push(n);
    clusters.delete(ra);
    clusters.delete(rb);
    clusters.set(root, merged);
    softReasons.push({ key: cand.reason, records: sortedIds(ctx, [cand.a, cand.b]), a: cand.a });
  }
  const members = new Map<number, number[]>();
  for (const rid of rids) {
    const root = groups.find(rid);
    const list = members.get(root);
    if (list) list.push(rid);
    else members.set(root, [rid]);
  }
  for (const rid of rids) {
    for (const kid of ctx.state(rid).hard) {
      const holders = ctx.keys.holdersOf(kid);
      if (holders[0] === rid && holders.length >= 2) hardReasons.push({ key: ctx.keys.name(kid), records: sortedIds(ctx, holders) });
    }
  }
  const reasonsOf = new Map<number, { key: string; records: string[] }[]>();
  const push = (root: number, reason: { key: string; records: string[] }) => {
    const list = reasonsOf.get(root);
    if (list) list.push(reason);
    else reasonsOf.set(root, [reason]);
  };
  for (const r of hardReasons) push(groups.find(ctx.keys.holdersOf(ctx.keys.lookup(r.key)!)[0]!), r);
  for (const r of [...judgementReasons, ...softReasons]) push(groups.find(r.a), { key: r.key, records: r.records });
  return [...members].map(([root, list]) => ({
    rids: list,
    reasons: (reasonsOf.get(root) ?? []).sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.records.join() < y.records.join() ? -1 : 1)),
  }));
}
