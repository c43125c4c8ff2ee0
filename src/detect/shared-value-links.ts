import type { Evidence } from '../model/finding.js';
import type { IdentityRecord } from '../model/identity-record.js';
import { appliedAt, distinctPeople, sameName } from './applicant-facts.js';
import { UnionFind } from '../resolve/union-find.js';
import type { RuleContext } from './define-rule.js';

/** A record that carries a shared value, with the subject it belongs to. */
export interface Member {
  record: IdentityRecord;
  subject: string;
}

/** One value (a phone number, an e-mail, a résumé text, a photo) found on several records. */
export interface SharedValue {
  kind: string;
  /** How a summary names it, e.g. `phone +15550177`. */
  label: string;
  members: Member[];
  /** What the evidence should show about it (similarity, line type…). */
  values?: Evidence['values'];
  /** Which two records the value may link (all pairs when absent). */
  links?: (a: Member, b: Member) => boolean;
}

/** A tie between two subjects through one shared value. */
export interface Link {
  value: SharedValue;
  mine: Member;
  theirs: Member;
}

/** Limits on which sharing counts. */
export interface LinkLimits {
  /** Two applications further apart than this are not linked (HR records are current and always are). */
  windowMs: number;
  /** A value shared by more different people than this is a hub (switchboard, placeholder): noted, not linked. */
  maxPeople: number;
  /** How the hub note tells the analyst to raise the limit, e.g. `rules.applicant.shared-contact.maxPeople`. */
  limitSetting: string;
}

const nameOf = (ctx: RuleContext, m: Member): string | undefined => m.record.name ?? ctx.subject(m.subject)?.display_name;

function withinWindow(a: IdentityRecord, b: IdentityRecord, windowMs: number): boolean {
  const ta = appliedAt(a);
  const tb = appliedAt(b);
  return ta === undefined || tb === undefined || Math.abs(ta - tb) <= windowMs;
}

/**
 * Links each subject to the subjects under a different name that share a value with it within the
 * window. One person under one name on several records (a re-application) makes no link. Quadratic
 * only inside one value's records, which the hub limit bounds.
 */
export function linkSubjects(ctx: RuleContext, values: Iterable<SharedValue>, limits: LinkLimits): Map<string, Link[]> {
  const links = new Map<string, Link[]>();
  const add = (link: Link) => {
    const list = links.get(link.mine.subject);
    if (list) list.push(link);
    else links.set(link.mine.subject, [link]);
  };
  for (const value of values) {
    if (new Set(value.members.map((m) => m.subject)).size < 2) continue;
    const people = distinctPeople(value.members.map((m) => nameOf(ctx, m)), limits.maxPeople);
    if (people < 2) continue;
    if (people > limits.maxPeople) {
      ctx.note(
        `${value.label} is on the records of more than ${limits.maxPeople} different names: treated as a shared line, agency or placeholder, not as ` +
          `evidence; raise ${limits.limitSetting} to examine it.`,
      );
      continue;
    }
    const { members } = value;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        if (a.subject === b.subject || (value.links && !value.links(a, b)) || sameName(nameOf(ctx, a), nameOf(ctx, b))) continue;
        if (!withinWindow(a.record, b.record, limits.windowMs)) continue;
        add({ value, mine: a, theirs: b });
        add({ value, mine: b, theirs: a });
      }
    }
  }
  return links;
}

/**
 * For values found pair by pair (near-identical photos or résumés): joins the pairs into clusters of
 * one picture or one text, and drops every cluster on more than `maxPeople` names with one note (a
 * default avatar, a stock photo, a template everyone fills in), since one pair alone never looks like a hub.
 */
export function withoutHubClusters(ctx: RuleContext, pairs: readonly SharedValue[], limits: LinkLimits, what: string): SharedValue[] {
  const sets = new UnionFind();
  for (const pair of pairs) for (const m of pair.members) sets.union(pair.members[0]!.record.id, m.record.id);
  const clusters = new Map<string, Map<string, Member>>();
  for (const pair of pairs) {
    const root = sets.find(pair.members[0]!.record.id);
    const cluster = clusters.get(root) ?? new Map<string, Member>();
    for (const m of pair.members) cluster.set(m.record.id, m);
    clusters.set(root, cluster);
  }
  const hubs = new Set<string>();
  for (const [root, cluster] of clusters) {
    const people = distinctPeople([...cluster.values()].map((m) => nameOf(ctx, m)), limits.maxPeople);
    if (people <= limits.maxPeople) continue;
    hubs.add(root);
    ctx.note(`${what} is on the records of more than ${limits.maxPeople} different names: treated as a placeholder, stock or template, not as evidence; raise ${limits.limitSetting} to examine it.`);
  }
  return pairs.filter((pair) => !hubs.has(sets.find(pair.members[0]!.record.id)));
}

/** The evidence of a subject's links: every record on either side once per value, with its name and date. */
export function linkEvidence(links: readonly Link[], record: (m: Member, value: SharedValue) => Evidence): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const link of links) {
    for (const m of [link.mine, link.theirs]) {
      const key = `${m.record.id}\0${link.value.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(record(m, link.value));
    }
  }
  return out;
}

/** The first and last application time among the linked records (HR records carry none). */
export function linkSpan(links: readonly Link[]): { from?: number; to?: number } {
  const times = links.flatMap((l) => [appliedAt(l.mine.record), appliedAt(l.theirs.record)]).filter((t) => t !== undefined);
  return times.length > 0 ? { from: Math.min(...times), to: Math.max(...times) } : {};
}

/** The other subjects' display names, in the order first linked. */
export function otherNames(ctx: RuleContext, links: readonly Link[]): { ids: string[]; names: string[] } {
  const ids = [...new Set(links.map((l) => l.theirs.subject))];
  return { ids, names: ids.map((id) => ctx.subject(id)?.display_name ?? id) };
}
