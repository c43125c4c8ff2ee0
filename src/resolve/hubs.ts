// Hub suppression: a value many unrelated people share (an office or coworking address, a VPN exit,
// a firmware placeholder serial, none@gmail.com) says nothing about any of them, and linking on it
// would join half the company into one "network". A facilitator's shared values differ: the people
// behind them also share other things (the same payout account and phone, one laptop farm's address
// and its connection), so they stay links however many people share them — up to max_degree.
import { hubThresholds, type GraphOptions } from './graph-options.js';
import type { GenericValue } from './graph-types.js';
import type { LinkKind } from './link-kinds.js';
import { LINK_LABEL } from './link-kinds.js';

/** What the hub check needs to know about the subjects sharing one value. */
export interface HubInput {
  kind: LinkKind;
  value_display: string;
  /** Why the value is a placeholder or declared generic, if it is. */
  placeholder?: string;
  declared?: string;
  subjects: readonly string[];
  /**
   * The other identifiers (of other kinds) of one subject, as opaque keys. Two sharers with a
   * common key are tied by more than this value.
   */
  otherKeys(subject: string): Iterable<number>;
}

/**
 * How the subjects sharing a value group when joined by their other identifiers: `groups` is the
 * number of otherwise unrelated groups, `spread` is (groups − 1) / (subjects − 1) — 0 when all of
 * them are tied together anyway (a laptop farm: the same address and the same connection), 1 when
 * none of them shares anything else (an office, a VPN exit).
 */
export function spreadOf(subjects: readonly string[], otherKeys: (subject: string) => Iterable<number>): { groups: number; spread: number } {
  if (subjects.length < 2) return { groups: subjects.length, spread: 0 };
  const parent = subjects.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstHolder = new Map<number, number>();
  subjects.forEach((s, i) => {
    for (const k of otherKeys(s)) {
      const first = firstHolder.get(k);
      if (first === undefined) firstHolder.set(k, i);
      else parent[find(i)] = find(first);
    }
  });
  let groups = 0;
  for (let i = 0; i < subjects.length; i++) if (find(i) === i) groups++;
  return { groups, spread: Math.round(((groups - 1) / (subjects.length - 1)) * 1000) / 1000 };
}

/** The generic-value record for a shared value, or undefined when the value links its subjects. */
export function genericValue(input: HubInput, options: GraphOptions): GenericValue | undefined {
  const t = hubThresholds(options, input.kind);
  const degree = input.subjects.length;
  const base = { kind: input.kind, value_display: input.value_display, degree };
  if (input.placeholder) return { ...base, spread: 1, reason: 'placeholder', detail: input.placeholder };
  if (input.declared) return { ...base, spread: 1, reason: 'declared', detail: input.declared };
  if (degree > t.max_degree) {
    return { ...base, spread: 1, reason: 'degree', detail: `${LINK_LABEL[input.kind]} shared by ${degree} subjects, more than max_degree ${t.max_degree}` };
  }
  if (degree < t.min_degree) return undefined;
  const { groups, spread } = spreadOf(input.subjects, input.otherKeys);
  if (spread < t.min_spread && groups < t.max_groups) return undefined;
  return {
    ...base,
    spread,
    reason: 'spread',
    detail:
      `${LINK_LABEL[input.kind]} shared by ${degree} subjects in ${groups} groups that share nothing else with each other ` +
      `(min_degree ${t.min_degree}, min_spread ${t.min_spread}, max_groups ${t.max_groups}): an office, coworking space, VPN exit or common value, not a network`,
  };
}
