import type { RawRef } from '../model/raw-ref.js';
import type { GraphOptions } from './graph-options.js';
import type { Exemption, GenericValue, Link, LinkEvidence } from './graph-types.js';
import { genericValue } from './hubs.js';
import { placeholderReason } from './identifier-keys.js';
import type { KeyIndex } from './key-index.js';
import { HOUSEHOLD_KINDS, LINK_INDICATOR, type LinkKind } from './link-kinds.js';
import { maskValue } from './mask-value.js';
import { parseLinkKey, type RecordState } from './record-state.js';

/** What computing the links of one shared value reads from the graph. */
export interface LinkContext {
  keys: KeyIndex;
  state(rid: number): RecordState;
  subjectOf(rid: number): string;
  options: GraphOptions;
  /** The reason a value was declared generic in config, if it was. */
  declared(kind: LinkKind, value: string): string | undefined;
  /** A subject's identifiers of kinds other than `kind` (for the hub spread). */
  otherKeys(subject: string, kind: LinkKind): Iterable<number>;
  /** The household declarations a subject is part of. */
  householdsOf(subject: string): ReadonlySet<string>;
}

/** The links one value makes, keyed internally; or why it makes none. */
export interface ValueLinks {
  links: { key: string; link: Link }[];
  generic?: GenericValue;
  exemptions: Exemption[];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function span(evidence: readonly LinkEvidence[]): { first?: number; last?: number } {
  const times = evidence.map((e) => e.at).filter((t) => t !== undefined);
  return times.length > 0 ? { first: Math.min(...times), last: Math.max(...times) } : {};
}

function sortEvidence(evidence: LinkEvidence[]): LinkEvidence[] {
  return evidence.sort((a, b) => byId(a.subject, b.subject) || byId(a.record, b.record) || (a.at ?? 0) - (b.at ?? 0));
}

/**
 * Splits a link that declared households explain: household members do not link each other by an
 * address or a connection they share at home; anyone else on it still links to all of them.
 */
export function splitHouseholds(kind: LinkKind, link: Link, ctx: Pick<LinkContext, 'householdsOf'>): { links: Link[]; exemption?: Exemption } {
  if (!HOUSEHOLD_KINDS.has(kind)) return { links: [link] };
  const groups = link.subjects.map((s) => ctx.householdsOf(s));
  if (groups.every((g) => g.size === 0)) return { links: [link] };
  const parent = link.subjects.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const sources = new Set<string>();
  const exempt = new Set<string>();
  for (let i = 0; i < link.subjects.length; i++) {
    for (let j = i + 1; j < link.subjects.length; j++) {
      const shared = [...groups[i]!].filter((g) => groups[j]!.has(g));
      if (shared.length === 0) parent[find(i)] = find(j);
      else {
        shared.forEach((g) => sources.add(g));
        exempt.add(link.subjects[i]!).add(link.subjects[j]!);
      }
    }
  }
  if (exempt.size === 0) return { links: [link] };
  const parts = new Map<number, string[]>();
  link.subjects.forEach((s, i) => parts.set(find(i), [...(parts.get(find(i)) ?? []), s]));
  const links = [...parts.values()]
    .filter((members) => members.length >= 2)
    .map((members) => {
      const keep = new Set(members);
      const evidence = link.evidence.filter((e) => keep.has(e.subject));
      return { ...link, subjects: members, evidence, ...span(evidence) };
    });
  return {
    links,
    exemption: { kind, value_display: link.value_display, subjects: [...exempt].sort(byId), source: [...sources].sort(byId).join(', ') },
  };
}

function finish(kind: LinkKind, key: string, link: Link, ctx: LinkContext, out: ValueLinks): void {
  const split = splitHouseholds(kind, link, ctx);
  if (split.exemption) out.exemptions.push(split.exemption);
  split.links.forEach((l, i) => out.links.push({ key: split.links.length === 1 && !split.exemption ? key : `${key}#${i}`, link: l }));
}

function hubCheck(kind: LinkKind, value: string, subjects: string[], ctx: LinkContext): GenericValue | undefined {
  const placeholder = placeholderReason(kind, value);
  const declared = ctx.declared(kind, value);
  return genericValue(
    {
      kind,
      value_display: maskValue(kind, value),
      subjects,
      ...(placeholder ? { placeholder } : {}),
      ...(declared ? { declared } : {}),
      otherKeys: (s) => ctx.otherKeys(s, kind),
    },
    ctx.options,
  );
}

/** The links of one shared identifier (any kind carried on records, MFA and SSH observations included). */
export function recordValueLinks(kid: number, ctx: LinkContext): ValueLinks {
  const out: ValueLinks = { links: [], exemptions: [] };
  const { kind, value } = parseLinkKey(ctx.keys.name(kid));
  const holders = ctx.keys.holdersOf(kid);
  const subjects = [...new Set(holders.map((r) => ctx.subjectOf(r)))].sort(byId);
  if (subjects.length < 2 || ctx.options.kinds[kind]?.enabled === false) return out;
  const generic = hubCheck(kind, value, subjects, ctx);
  if (generic) return { ...out, generic };
  const evidence = sortEvidence(
    holders.map((rid) => {
      const state = ctx.state(rid);
      const key = state.linkKeys.find((k) => k.kid === kid);
      return {
        subject: ctx.subjectOf(rid),
        record: state.record.id,
        ...(key?.raw_ref ? { raw_ref: key.raw_ref } : {}),
        ...(key?.role ? { role: key.role } : {}),
        ...(key?.at !== undefined ? { at: key.at } : {}),
      };
    }),
  );
  const link: Link = { kind, indicator: LINK_INDICATOR[kind], value_display: maskValue(kind, value), subjects, ...span(evidence), evidence };
  finish(kind, ctx.keys.name(kid), link, ctx, out);
  return out;
}

/**
 * The links of one residential egress IP: subjects that used it within the time window of each
 * other (chained: A and B within the window, B and C within it, make one link of three).
 */
export function ipValueLinks(kid: number, ctx: LinkContext): ValueLinks {
  const out: ValueLinks = { links: [], exemptions: [] };
  if (ctx.options.kinds.ip?.enabled === false) return out;
  const { value } = parseLinkKey(ctx.keys.name(kid));
  const obs: { subject: string; record: string; at: number; raw_ref?: RawRef }[] = [];
  for (const rid of ctx.keys.holdersOf(kid)) {
    const state = ctx.state(rid);
    const subject = ctx.subjectOf(rid);
    for (const o of state.ipObs) if (o.kid === kid) obs.push({ subject, record: state.record.id, at: o.at, ...(o.raw_ref ? { raw_ref: o.raw_ref } : {}) });
  }
  const subjects = [...new Set(obs.map((o) => o.subject))].sort(byId);
  if (subjects.length < 2) return out;
  const generic = hubCheck('ip', value, subjects, ctx);
  if (generic) return { ...out, generic };
  obs.sort((a, b) => a.at - b.at || byId(a.subject, b.subject) || byId(a.record, b.record));
  const windowMs = ctx.options.ip_window_hours * 3_600_000;
  // Consecutive uses within the window chain into one episode; each episode with two people is a link.
  let episode: typeof obs = [];
  let index = 0;
  const close = () => {
    const firstUse = new Map<string, (typeof obs)[number]>();
    for (const o of episode) if (!firstUse.has(o.subject)) firstUse.set(o.subject, o);
    if (firstUse.size >= 2) {
      const evidence = sortEvidence([...firstUse.values()].map((o) => ({ subject: o.subject, record: o.record, at: o.at, ...(o.raw_ref ? { raw_ref: o.raw_ref } : {}) })));
      const link: Link = {
        kind: 'ip',
        indicator: LINK_INDICATOR.ip,
        value_display: maskValue('ip', value),
        subjects: [...firstUse.keys()].sort(byId),
        first: episode[0]!.at,
        last: episode[episode.length - 1]!.at,
        evidence,
      };
      finish('ip', `${ctx.keys.name(kid)}@${index++}`, link, ctx, out);
    }
    episode = [];
  };
  for (const o of obs) {
    if (episode.length > 0 && o.at - episode[episode.length - 1]!.at > windowMs) close();
    episode.push(o);
  }
  close();
  return out;
}
