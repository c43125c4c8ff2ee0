import type { GraphNote, Network, NetworkLink } from '../model/network.js';
import { levelOf } from '../score/score-subject.js';
import type { GraphNetwork, Link } from './graph-types.js';
import type { GraphSnapshot } from './identity-graph.js';
import { LINK_LABEL, type LinkKind } from './link-kinds.js';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** A link as stored: times as ISO strings. */
export function storedLink(link: Link): NetworkLink {
  const first = iso(link.first);
  const last = iso(link.last);
  return {
    kind: link.kind,
    indicator: link.indicator,
    value_display: link.value_display,
    subjects: link.subjects,
    ...(first ? { first } : {}),
    ...(last ? { last } : {}),
    ...(link.similarity !== undefined ? { similarity: link.similarity } : {}),
    evidence: link.evidence.map((e) => {
      const at = iso(e.at);
      return { subject: e.subject, record: e.record, ...(e.raw_ref ? { raw_ref: e.raw_ref } : {}), ...(e.role ? { role: e.role } : {}), ...(at ? { at } : {}) };
    }),
  };
}

/** "12 subjects: 1 shared address (D-03), 3 shared phone numbers (A-01)". */
export function networkSummary(net: GraphNetwork): string {
  const count = new Map<LinkKind, number>();
  for (const l of net.links) count.set(l.kind, (count.get(l.kind) ?? 0) + 1);
  const parts = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([kind, n]) => `${n} ${LINK_LABEL[kind]}${n > 1 ? 's' : ''} (${net.links.find((l) => l.kind === kind)!.indicator})`);
  const widest = Math.max(...net.links.map((l) => l.subjects.length));
  return `${net.subjects.length} subjects linked by ${parts.join(', ')}; the widest link ties ${widest} of them`;
}

/**
 * A network's score, 0–100: its structure (how many kinds of identifiers tie it, and how widely)
 * combined as independent evidence with half the riskiest member's own score (before any network
 * contribution, so a network cannot raise itself).
 */
export function networkScore(structure: number, memberMaxScore: number): number {
  return Math.round(100 * (1 - (1 - structure) * (1 - 0.5 * (memberMaxScore / 100))));
}

/** The networks to store, sorted by score, with the members' scores before network contributions. */
/**
 * Two people tied only by the home address they both declare and the connection at it: most likely a
 * household nobody declared yet (the E-04 rule reads it the same way). Its level is capped at `low`.
 */
export function householdShaped(net: GraphNetwork): boolean {
  // A laptop shipped to that home is still the home: each of the two must declare it as home.
  return net.subjects.length === 2 && net.links.every((l) => l.kind === 'ip' || (l.kind === 'address' && l.subjects.every((s) => l.evidence.some((e) => e.subject === s && e.role === 'home'))));
}

/** Below `medium`: a network this score never adds weight to its members (network-findings.ts). */
const HOUSEHOLD_CAP = 34;

export function networkRecords(snapshot: GraphSnapshot, baseScore: (subject: string) => number): Network[] {
  return snapshot.networks
    .map((net) => {
      const member_max_score = Math.max(...net.subjects.map(baseScore));
      const household = householdShaped(net);
      const score = household ? Math.min(HOUSEHOLD_CAP, networkScore(net.structure, member_max_score)) : networkScore(net.structure, member_max_score);
      return {
        id: net.id,
        score,
        level: levelOf(score),
        subjects: net.subjects,
        structure: net.structure,
        member_max_score,
        kinds: net.kinds,
        summary: networkSummary(net) + (household ? '; two people sharing the home they both declare: a household? Record it with `molehunt judge <a> <b> household --reason …`' : ''),
        links: net.links.map(storedLink),
      };
    })
    .sort((a, b) => b.score - a.score || b.subjects.length - a.subjects.length || (a.id < b.id ? -1 : 1));
}

/** What linking set aside, to store and show: generic values, household exemptions, judgement conflicts. */
export function graphNotes(snapshot: GraphSnapshot): GraphNote[] {
  return [
    ...snapshot.generic.map((g) => ({ type: 'generic' as const, ...g })),
    ...snapshot.exemptions.map((e) => ({ type: 'exemption' as const, ...e })),
    ...snapshot.conflicts.map((c) => ({ type: 'conflict' as const, ...c })),
  ];
}
