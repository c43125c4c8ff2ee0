import type { z } from 'zod';
import type { Activity } from '../enrich/activity.js';
import type { Enrichments, IdentityEnrichments } from '../enrich/enrichments.js';
import type { Citation, Evidence } from '../model/finding.js';
import type { Severity, Strength } from '../model/severity.js';
import type { SignIn } from '../model/sign-in.js';
import type { ResolvedSubject } from '../resolve/resolve-subjects.js';

/** Everything a rule may read: resolved subjects and their enriched sign-ins, sorted by time. */
export interface RuleContext {
  subjects: readonly ResolvedSubject[];
  /** Each subject's sign-ins in time order. */
  signInsBySubject: ReadonlyMap<string, readonly SignIn[]>;
  /** All sign-ins that belong to a subject, in time order. */
  signIns: readonly SignIn[];
  /** The enrichments of a sign-in (computed once per distinct observation). */
  enrichment(signIn: SignIn): Partial<Enrichments>;
  /** The enrichments of an identity record (phones, e-mails, addresses), by record id. */
  identityEnrichment(recordId: string): Partial<IdentityEnrichments>;
  /** A subject's sign-in rhythm in their claimed time zone and in UTC+9 (computed on first use). */
  activity(subjectId: string): Activity;
  /** The subject a sign-in belongs to, if any. */
  subjectOf(signIn: SignIn): string | undefined;
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
