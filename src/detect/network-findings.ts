// Network membership as evidence about a person: one finding per member of a scored network, so a
// laptop farm's or facilitator's network raises every identity in it — including the ones tied to it
// only through another member. It is one rule (`network.member`) that the scorer counts once per
// subject beside the pairwise rules (shared address, payout account, contact…): those say "you share
// X with Y"; this says "and X and Y are part of a network of N identities tied by K kinds of
// identifier, scored S". Its indicator is A-09 (one operator behind several personas): not in an
// evidence family with the pairwise indicators, and not a §7 combination — the pairwise rules
// already escalate direct sharers, and membership alone should not. Each link's own indicator
// (D-03, G-03, E-13, A-01, A-03, I-02, E-09) is in the evidence and the citations.
import { createHash } from 'node:crypto';
import type { Citation, Finding } from '../model/finding.js';
import type { Network } from '../model/network.js';
import type { Severity } from '../model/severity.js';
import { LINK_LABEL, LINK_WEIGHT, type LinkKind } from '../resolve/link-kinds.js';
import { structureScore } from '../resolve/networks.js';
import { cite, type SourceId } from './citations.js';

/** The rule id network findings carry. */
export const NETWORK_RULE = 'network.member';
/** A-09, persona collisions: one operator behind several personas. */
export const NETWORK_INDICATOR = 'A-09';

const SOURCE_OF: Record<LinkKind, SourceId> = {
  phone: 'S4',
  email: 'S4',
  resume: 'S4',
  photo: 'S2',
  payout: 'S1',
  address: 'S21',
  ip: 'S3',
  mfa_device: 'S8',
  ssh_key: 'S17',
  device_serial: 'S14',
};

/** A network's level, one step down: membership is context, the member's own links are the evidence. */
const SEVERITY: Record<Network['level'], Severity> = { critical: 'high', high: 'medium', medium: 'low', low: 'info', none: 'info' };

/** Related subjects listed on one finding at most (a 900-identity network names its ids in the network, not on each finding). */
const MAX_RELATED = 50;

/**
 * The findings network membership adds: one per member of a network at `low` level or above, with
 * the member's own links as evidence (strongest kind first) and their indicators among the citations.
 */
export function networkFindings(networks: readonly Network[]): Finding[] {
  const out: Finding[] = [];
  for (const net of networks) {
    if (net.level === 'none') continue;
    for (const subject of net.subjects) {
      const direct = net.links.filter((l) => l.subjects.includes(subject));
      const kinds = [...new Set(direct.map((l) => l.kind as LinkKind))].sort((a, b) => LINK_WEIGHT[b] - LINK_WEIGHT[a] || (a < b ? -1 : 1));
      const citations: Citation[] = [cite(NETWORK_INDICATOR, 'S14'), ...kinds.map((k) => cite(direct.find((l) => l.kind === k)!.indicator, SOURCE_OF[k]))];
      const shares = kinds.map((k) => {
        const others = new Set(direct.filter((l) => l.kind === k).flatMap((l) => l.subjects));
        others.delete(subject);
        return `${LINK_LABEL[k]} with ${others.size}`;
      });
      const summary = `member of network ${net.id} (score ${net.score}, ${net.subjects.length} subjects): shares ${shares.join(', ') || 'nothing directly'}`;
      out.push({
        id: `fnd_${createHash('sha256').update(`${NETWORK_RULE}\u0000${subject}\u0000${net.id}`).digest('hex').slice(0, 24)}`,
        rule: NETWORK_RULE,
        indicator: NETWORK_INDICATOR,
        subject,
        severity: SEVERITY[net.level],
        // How strongly this member is tied in: its own links, not the whole network's (an applicant who
        // shares one phone with a farm is not as tied to it as the farm's own laptops are to each other).
        confidence: Math.round(structureScore(direct.map((l) => ({ kind: l.kind as LinkKind, subjects: l.subjects }))) * 100) / 100,
        summary,
        evidence: direct.slice(0, 20).map((l) => ({
          ...(l.first ? { timestamp: l.first } : {}),
          values: { network: net.id, kind: l.kind, indicator: l.indicator, value: l.value_display, subjects: l.subjects.length, ...(l.last ? { last: l.last } : {}) },
        })),
        citations,
        corroborating_only: false,
        strength: 'M',
        shadow: false,
        related_subjects: net.subjects.filter((s) => s !== subject).slice(0, MAX_RELATED),
        facets: {},
        clears:
          'The shared identifiers have an innocent explanation (a household, an office or coworking address, a family phone): ' +
          'record it with `molehunt judge <a> <b> household|different --reason …` or list the value in networks.generic_values.',
      });
    }
  }
  return out;
}
