import type { EnrichContext, EnricherDefinition } from './enrich/define-enricher.js';
import { enrichEvents } from './enrich/enrich-events.js';
import type { EnrichedEvent } from './enrich/enrichments.js';
import type { RuleContext, RuleDefinition } from './detect/define-rule.js';
import { runRules, type RuleSettings } from './detect/run-rules.js';
import type { Event } from './model/event.js';
import type { Finding } from './model/finding.js';
import type { IdentityRecord } from './model/identity-record.js';
import type { Subject } from './model/subject.js';
import { resolveSubjects } from './resolve/resolve-subjects.js';
import { scoreSubject } from './score/score-subject.js';

/** The catalog modules an analysis runs. */
export interface Catalog {
  enrichers: readonly EnricherDefinition[];
  rules: readonly RuleDefinition[];
}

/** Inputs of one analysis, all already loaded. */
export interface AnalyzeInput {
  identities: readonly IdentityRecord[];
  events: readonly Event[];
  enrich: EnrichContext;
  ruleSettings?: RuleSettings;
}

/** Subjects ranked by score, with their findings. */
export interface AnalyzeOutput {
  subjects: Subject[];
  findings: Finding[];
  /** Events that could not be tied to any subject (no identity): counted, not analysed per person. */
  unattributedEvents: number;
  /** What rules want the analyst to know that is not a finding. */
  notes: string[];
}

/** The whole pipeline after ingest: enrich → resolve → detect → score. Pure. */
export function analyze(input: AnalyzeInput, catalog: Catalog): AnalyzeOutput {
  const resolution = resolveSubjects(input.identities);
  const enriched = enrichEvents(input.events, catalog.enrichers, input.enrich).sort((a, b) =>
    a['@timestamp'] < b['@timestamp'] ? -1 : a['@timestamp'] > b['@timestamp'] ? 1 : 0,
  );
  const subjectOf = (event: EnrichedEvent): string | undefined =>
    event.molehunt.identity_id ? resolution.subjectOfIdentity.get(event.molehunt.identity_id) : undefined;
  const eventsBySubject = new Map<string, EnrichedEvent[]>();
  const attributed: EnrichedEvent[] = [];
  for (const event of enriched) {
    const subject = subjectOf(event);
    if (!subject) continue;
    attributed.push(event);
    const list = eventsBySubject.get(subject) ?? [];
    list.push(event);
    eventsBySubject.set(subject, list);
  }
  const notes: string[] = [];
  const ctx: RuleContext = {
    subjects: resolution.subjects,
    eventsBySubject,
    events: attributed,
    subjectOf,
    note: (text) => notes.push(text),
  };
  const findings = runRules(catalog.rules, ctx, input.ruleSettings);
  const findingsBySubject = new Map<string, Finding[]>();
  for (const f of findings) findingsBySubject.set(f.subject, [...(findingsBySubject.get(f.subject) ?? []), f]);

  const subjects: Subject[] = resolution.subjects.map((s) => ({
    id: s.id,
    display_name: s.display_name,
    identity_ids: s.identities.map((r) => r.id),
    merge_reasons: s.merge_reasons,
    ...scoreSubject(findingsBySubject.get(s.id) ?? []),
  }));
  subjects.sort((a, b) => b.score - a.score || a.display_name.localeCompare(b.display_name) || (a.id < b.id ? -1 : 1));
  return { subjects, findings, unattributedEvents: enriched.length - attributed.length, notes };
}
