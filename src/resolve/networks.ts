import { createHash } from 'node:crypto';
import type { GraphNetwork, Link } from './graph-types.js';
import { LINK_WEIGHT, type LinkKind } from './link-kinds.js';

/** A network's id: from its smallest subject id, so it stays put while the network grows around it. */
export function networkId(subjects: readonly string[]): string {
  const anchor = subjects.reduce((min, s) => (s < min ? s : min));
  const digest = createHash('sha256').update(`network\u0000${anchor}`).digest();
  return `net_${BigInt(`0x${digest.subarray(0, 8).toString('hex')}`).toString(36)}`;
}

/** How much one link weighs: its kind's weight, more for more sharers (two people 0.7×, five or more 1×). */
export function linkWeight(link: Pick<Link, 'kind' | 'subjects'>): number {
  return LINK_WEIGHT[link.kind] * Math.min(1, 0.7 + 0.1 * (link.subjects.length - 2));
}

/**
 * A network's structural strength in [0, 1]: the strongest link of each kind combined as
 * independent evidence (noisy-OR), so one payout account for many and many identities on one
 * address and connection add up, while ten links of one kind count once.
 */
export function structureScore(links: readonly Pick<Link, 'kind' | 'subjects'>[]): number {
  const strongest = new Map<LinkKind, number>();
  for (const link of links) strongest.set(link.kind, Math.max(strongest.get(link.kind) ?? 0, linkWeight(link)));
  let none = 1;
  for (const p of strongest.values()) none *= 1 - p;
  return Math.round((1 - none) * 1000) / 1000;
}

/** Builds a network from its sorted subjects and its links. */
export function buildNetwork(subjects: string[], links: Link[]): GraphNetwork {
  const kinds = [...new Set(links.map((l) => l.kind))].sort();
  return { id: networkId(subjects), subjects, links, structure: structureScore(links), kinds };
}
