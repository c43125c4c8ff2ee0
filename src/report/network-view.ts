import type { Network } from '../model/network.js';

/** One network as `networks --json` shows it (docs/cli.md contract). */
export interface NetworkView {
  id: string;
  score: number;
  level: string;
  subjects: string[];
  links: { kind: string; value_display: string; subjects: string[] }[];
}

/** The contract view of stored networks, in their stored (score) order. */
export function networkViews(networks: readonly Network[]): NetworkView[] {
  return networks.map((n) => ({
    id: n.id,
    score: n.score,
    level: n.level,
    subjects: n.subjects,
    links: n.links.map((l) => ({ kind: l.kind, value_display: l.value_display, subjects: l.subjects })),
  }));
}
