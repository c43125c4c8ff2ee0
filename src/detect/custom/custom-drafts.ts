import type { Facets } from '../../model/finding.js';
import type { FindingDraft, RuleContext } from '../define-rule.js';
import { isNewHireAt } from '../subject-facts.js';
import { aggregate, fieldText, type AggregationSpec } from './aggregate-matches.js';
import type { Match } from './match-events.js';

/**
 * Evidence entries per finding. An analyst reads them one by one; the summary carries the full
 * count, and `molehunt events --subject` lists the rest.
 */
const MAX_EVIDENCE = 20;

/** What the drafts need to know about the rule. */
export interface DraftMeta {
  title: string;
  confidence: number;
  /** Remote-access tool names the rule is about (facets for sanctioned-tool suppressions). */
  tools: readonly string[];
  /** Fields whose values may name a tool. */
  fields: readonly string[];
}

const day = (at: number) => new Date(at).toISOString().slice(0, 10);

function counted(matches: readonly Match[]): string {
  const signIns = matches.filter((m) => m.kind === 'sign-in').length;
  const events = matches.length - signIns;
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [signIns > 0 ? part(signIns, 'sign-in') : '', events > 0 ? part(events, 'event') : ''].filter(Boolean).join(' and ');
}

/** Facets of a subject's matches: when, where (countries) and which tools they name. */
function facetsOf(ctx: RuleContext, subject: string, matches: readonly Match[], meta: DraftMeta): Facets {
  const from = matches[0]!.at;
  const to = matches[matches.length - 1]!.at;
  const countries = [...new Set(matches.map((m) => fieldText(m.view.get('source.geo.country_iso_code'))).filter((c) => c !== undefined))].sort();
  const texts = meta.tools.length === 0 ? [] : matches.flatMap((m) => meta.fields.map((f) => fieldText(m.view.get(f))?.toLowerCase() ?? ''));
  const tools = meta.tools.filter((t) => texts.some((x) => x.includes(t.toLowerCase())));
  const person = ctx.subject(subject);
  return {
    from,
    to,
    ...(countries.length > 0 ? { countries } : {}),
    ...(tools.length > 0 ? { tools } : {}),
    ...(person ? { new_hire: isNewHireAt(person, from, ctx.policy.newHireDays) } : {}),
  };
}

function bySubject(matches: readonly Match[]): Map<string, Match[]> {
  const out = new Map<string, Match[]>();
  for (const m of matches) {
    const list = out.get(m.subject);
    if (list) list.push(m);
    else out.set(m.subject, [m]);
  }
  return out;
}

/** A plain rule: one finding per subject, listing the events that matched. */
export function matchDrafts(ctx: RuleContext, matches: readonly Match[], meta: DraftMeta): FindingDraft[] {
  return [...bySubject(matches)].map(([subject, own]) => ({
    subject,
    confidence: meta.confidence,
    summary: `${meta.title}: matched ${counted(own)} from ${day(own[0]!.at)} to ${day(own[own.length - 1]!.at)}`,
    evidence: own.slice(0, MAX_EVIDENCE).map((m) => m.evidence()),
    facets: facetsOf(ctx, subject, own, meta),
  }));
}

/** A counting rule: every subject in a group that reached the threshold gets a finding naming the others. */
export function aggregateDrafts(ctx: RuleContext, matches: readonly Match[], spec: AggregationSpec & { window?: string }, meta: DraftMeta): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const group of aggregate(matches, spec)) {
    const perSubject = bySubject(group.members);
    const people = [...perSubject.keys()];
    const what = spec.countDistinct === 'subject' ? 'people' : spec.countDistinct ? `distinct ${spec.countDistinct} values` : 'matching events';
    const key = group.values.map((v) => `${v.field}=${v.value}`).join(', ');
    const names = spec.countDistinct === 'subject' ? `: ${people.map((p) => ctx.subject(p)?.display_name ?? p).join(', ')}` : '';
    const summary = `${meta.title}: ${group.count} ${what}${key ? ` with ${key}` : ''} within ${spec.window ?? 'the data'} (threshold ${spec.threshold})${names}`;
    // Whose event each row is: the group mixes people.
    const shown = (m: Match) => {
      const evidence = m.evidence();
      return { ...evidence, values: { person: ctx.subject(m.subject)?.display_name ?? m.subject, ...evidence.values } };
    };
    const head = group.members.slice(0, MAX_EVIDENCE);
    for (const [subject, own] of perSubject) {
      // The subject's own events first, so the cap never hides why this subject is in the group.
      const evidence = [...own.slice(0, MAX_EVIDENCE), ...head.filter((m) => m.subject !== subject)].slice(0, MAX_EVIDENCE).map(shown);
      drafts.push({ subject, confidence: meta.confidence, summary, evidence, related: people, facets: facetsOf(ctx, subject, own, meta) });
    }
  }
  return drafts;
}
