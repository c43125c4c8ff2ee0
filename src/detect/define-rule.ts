import type { z } from 'zod';
import type { Activity } from '../enrich/activity.js';
import type { Enrichments, IdentityEnrichments } from '../enrich/enrichments.js';
import type { Event } from '../model/event.js';
import type { Citation, Evidence, Facets } from '../model/finding.js';
import type { Severity, Strength } from '../model/severity.js';
import type { SignIn } from '../model/sign-in.js';
import type { ResolvedSubject } from '../resolve/resolve-subjects.js';

/** Organization-wide settings rules read (config; see docs/cli.md#configuration). */
export interface RulePolicy {
  /** Remote-access tools the organization sanctions (names or aliases as in src/detect/remote-access-tools.ts, case-insensitive). */
  sanctionedRemoteTools: readonly string[];
  /** How many days after the start date a subject counts as a new hire (§7 stage windows). */
  newHireDays: number;
  /** The analysis time (epoch ms): "now" for ages and expiries. */
  now: number;
}

/** The policy a run uses when config says nothing. */
export const DEFAULT_POLICY: RulePolicy = { sanctionedRemoteTools: [], newHireDays: 30, now: 0 };

/** Everything a rule may read: resolved subjects, their identity records, enriched sign-ins and other events. */
export interface RuleContext {
  subjects: readonly ResolvedSubject[];
  /** A subject by id. */
  subject(id: string): ResolvedSubject | undefined;
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
  /**
   * Every attributed event that is not a sign-in (inventory, processes, USB devices, displays, SSH
   * keys, MDM check-ins, shipments, payroll changes, applications), in time order.
   */
  events: readonly Event[];
  /** Each subject's non-sign-in events in time order. */
  eventsBySubject: ReadonlyMap<string, readonly Event[]>;
  policy: RulePolicy;
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
  /** Other subjects this finding ties the subject to (they usually get their own finding too). */
  related?: string[];
  /** What the finding is about, for suppressions and escalations. */
  facets?: Facets;
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
  /** What would clear a finding: the innocent explanation, how to confirm it, and how to record it (suppression). */
  clears: string;
  /** Tunable thresholds with their defaults; config overrides are validated against it. */
  options: z.ZodType<Options>;
  /**
   * `subject`: each subject's findings depend only on that subject's own records, sign-ins and events
   * (the rule iterates ctx.subjects and reads nothing global, not even policy.now), so an incremental
   * analysis re-evaluates it only for subjects whose inputs changed. `population` (the default): the
   * rule compares subjects with each other and always runs over everyone.
   */
  scope?: 'subject' | 'population';
  evaluate(ctx: RuleContext, options: Options): FindingDraft[];
}

/** Declares a rule. Pure: no side effects on import. */
export function defineRule<Options>(definition: RuleDefinition<Options>): RuleDefinition<Options> {
  return Object.freeze(definition);
}
