import type { z } from 'zod';
import type { EnrichedEvent } from '../enrich/enrichments.js';
import type { Citation, Evidence } from '../model/finding.js';
import type { Severity, Strength } from '../model/severity.js';
import type { ResolvedSubject } from '../resolve/resolve-subjects.js';

/** Everything a rule may read: resolved subjects and their enriched events, sorted by time. */
export interface RuleContext {
  subjects: readonly ResolvedSubject[];
  /** Each subject's events in time order. */
  eventsBySubject: ReadonlyMap<string, readonly EnrichedEvent[]>;
  /** All events that belong to a subject, in time order. */
  events: readonly EnrichedEvent[];
  /** The subject an event belongs to, if any. */
  subjectOf(event: EnrichedEvent): string | undefined;
  /** Records something the analyst should know that is not a finding (e.g. data left out as a hub). */
  note(text: string): void;
}

/** What a rule reports; the runner adds ids, citations and metadata. */
export interface FindingDraft {
  subject: string;
  /** How sure the rule is, in [0, 1], given what it saw. */
  confidence: number;
  summary: string;
  evidence: Evidence[];
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
}

/** A detection rule: metadata an analyst can read plus one pure evaluate function. */
export interface RuleDefinition<Options = unknown> {
  /** Stable slug, `<family>.<name>`, equal to the file basename with the dot as a hyphen. */
  id: string;
  /** The indicator id in the research catalog (../shared/research/dprk-indicators.md). */
  indicator: string;
  title: string;
  /** Why the behaviour is suspicious. */
  description: string;
  strength: Strength;
  severity: Severity;
  status: 'experimental' | 'stable';
  /** True for signals that must never raise a subject's score on their own (fairness, weak signals). */
  corroboratingOnly: boolean;
  /** The event datasets or identity kinds it reads. */
  dataSources: readonly string[];
  citations: readonly Citation[];
  falsePositives: readonly string[];
  /** What an analyst should do next. */
  runbook: string;
  /** Tunable thresholds with their defaults; config overrides are validated against it. */
  options: z.ZodType<Options>;
  evaluate(ctx: RuleContext, options: Options): FindingDraft[];
}

/** Declares a rule. Pure: no side effects on import. */
export function defineRule<Options>(definition: RuleDefinition<Options>): RuleDefinition<Options> {
  return Object.freeze(definition);
}
