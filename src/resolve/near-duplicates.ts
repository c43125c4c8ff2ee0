import type { GraphOptions } from './graph-options.js';
import type { GenericValue, Link } from './graph-types.js';
import { genericValue } from './hubs.js';
import type { KeyIndex } from './key-index.js';
import { LINK_INDICATOR } from './link-kinds.js';
import { bandKeys, signatureSimilarity } from './minhash.js';
import { hammingDistance, photoChunkKeys } from './photo-hash.js';
import type { RecordState } from './record-state.js';
import type { LinkContext } from './value-links.js';

type PairKind = 'resume' | 'photo';

/**
 * Near-duplicate résumés (MinHash LSH) and photos (multi-index Hamming search) between records,
 * kept up to date as records arrive: each record's neighbours with their similarity.
 */
export class NearDuplicates {
  readonly neighbours: Record<PairKind, Map<number, Map<number, number>>> = { resume: new Map(), photo: new Map() };

  constructor(
    private readonly keys: KeyIndex,
    private readonly state: (rid: number) => RecordState,
    private readonly options: GraphOptions,
  ) {}

  private indexKeys(s: RecordState): { kind: PairKind; kid: number }[] {
    const out: { kind: PairKind; kid: number }[] = [];
    if (s.resume) for (const k of bandKeys(s.resume)) out.push({ kind: 'resume', kid: this.keys.intern(`R:${k}`) });
    if (s.photo) for (const k of photoChunkKeys(s.photo, this.options.photo_max_hamming)) out.push({ kind: 'photo', kid: this.keys.intern(`P:${k}`) });
    return out;
  }

  /** Forgets a record's fingerprints (before its state is replaced); returns its former neighbours. */
  detach(s: RecordState): number[] {
    const former: number[] = [];
    for (const { kid } of this.indexKeys(s)) this.keys.remove(kid, s.rid);
    for (const kind of ['resume', 'photo'] as const) {
      const mine = this.neighbours[kind].get(s.rid);
      if (!mine) continue;
      for (const n of mine.keys()) {
        this.neighbours[kind].get(n)?.delete(s.rid);
        former.push(n);
      }
      this.neighbours[kind].delete(s.rid);
    }
    return former;
  }

  /** Indexes a record's fingerprints and finds its near-duplicates; returns its neighbours. */
  attach(s: RecordState): number[] {
    const found = new Set<number>();
    for (const { kind, kid } of this.indexKeys(s)) {
      for (const other of this.keys.holdersOf(kid)) {
        if (other === s.rid || this.neighbours[kind].get(s.rid)?.has(other)) continue;
        const similarity = this.similarity(kind, s, this.state(other));
        if (similarity === undefined) continue;
        this.pair(kind, s.rid, other, similarity);
        found.add(other);
      }
      this.keys.add(kid, s.rid);
    }
    return [...found];
  }

  private similarity(kind: PairKind, a: RecordState, b: RecordState): number | undefined {
    if (kind === 'resume') {
      const s = signatureSimilarity(a.resume!, b.resume!);
      return s >= this.options.resume_min_jaccard ? s : undefined;
    }
    const d = hammingDistance(a.photo!, b.photo!);
    return d <= this.options.photo_max_hamming ? Math.round((1 - d / 64) * 1000) / 1000 : undefined;
  }

  private pair(kind: PairKind, a: number, b: number, similarity: number): void {
    const map = this.neighbours[kind];
    if (!map.has(a)) map.set(a, new Map());
    if (!map.has(b)) map.set(b, new Map());
    map.get(a)!.set(b, similarity);
    map.get(b)!.set(a, similarity);
  }
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The generic check of one record's near-duplicates: a résumé template or stock photo that many
 * unrelated subjects share is not evidence, just like a shared office address.
 */
export function nearGeneric(kind: PairKind, rid: number, dup: NearDuplicates, ctx: LinkContext): GenericValue | undefined {
  const subjects = new Set([ctx.subjectOf(rid)]);
  for (const n of dup.neighbours[kind].get(rid)?.keys() ?? []) subjects.add(ctx.subjectOf(n));
  if (subjects.size < 2) return undefined;
  const label = kind === 'resume' ? 'near-duplicate résumés' : 'near-identical photos';
  return genericValue({ kind, value_display: `${label} (${subjects.size} subjects)`, subjects: [...subjects].sort(byId), otherKeys: (s) => ctx.otherKeys(s, kind) }, ctx.options as GraphOptions);
}

/**
 * The link one group of near-duplicates makes (records connected by near-duplicate pairs), keyed by
 * its first record id; undefined when all of them belong to one subject. A facilitator who sends one
 * résumé under 900 names is one link of 900, not 404,550 pairs.
 */
export function groupLink(kind: PairKind, rids: readonly number[], dup: NearDuplicates, ctx: LinkContext): { key: string; link: Link } | undefined {
  if (ctx.options.kinds[kind]?.enabled === false) return undefined;
  const subjects = [...new Set(rids.map((r) => ctx.subjectOf(r)))].sort(byId);
  if (subjects.length < 2) return undefined;
  const members = new Set(rids);
  let weakest = 1;
  for (const r of rids) for (const [n, s] of dup.neighbours[kind].get(r) ?? []) if (members.has(n)) weakest = Math.min(weakest, s);
  const evidence = rids
    .map((r) => {
      const record = ctx.state(r).record;
      return { subject: ctx.subjectOf(r), record: record.id, raw_ref: record.raw_ref, role: kind === 'resume' ? 'resume_text' : 'photo_hash' };
    })
    .sort((x, y) => byId(x.subject, y.subject) || byId(x.record, y.record));
  const display = kind === 'resume' ? `${rids.length} near-duplicate résumés (Jaccard ≥ ${weakest.toFixed(2)})` : `${rids.length} near-identical photos (Hamming ≤ ${Math.round((1 - weakest) * 64)})`;
  return {
    key: `~${kind}:${evidence.map((e) => e.record).sort(byId)[0]}`,
    link: { kind, indicator: LINK_INDICATOR[kind], value_display: display, subjects, evidence, similarity: weakest },
  };
}
