import type { AnyEnricher, EnrichContext, EnricherDefinition, IdentityEnricherDefinition } from './enrich/define-enricher.js';
import { activityOf, type Activity } from './enrich/activity.js';
import { enricherFor, identityEnrichments } from './enrich/enrich-all.js';
import { DEFAULT_POLICY, type RuleContext, type RuleDefinition, type RulePolicy } from './detect/define-rule.js';
import { changedSubjects, runRulesIncrementally, subjectFingerprint, type PreviousAnalysis } from './detect/incremental.js';
import type { RuleSettings } from './detect/run-rules.js';
import { applySuppressions, type Suppressions } from './detect/suppress.js';
import { networkFindings } from './detect/network-findings.js';
import type { Event } from './model/event.js';
import type { Finding } from './model/finding.js';
import type { IdentityRecord } from './model/identity-record.js';
import type { GraphNote, Network } from './model/network.js';
import type { SignIn } from './model/sign-in.js';
import type { Subject } from './model/subject.js';
import { buildAnalysisGraph, configHouseholds } from './resolve/analysis-graph.js';
import type { GraphOptionsInput } from './resolve/graph-options.js';
import type { Judgement } from './resolve/graph-types.js';
import { graphNotes, networkRecords } from './resolve/network-records.js';
import { scoreSubject } from './score/score-subject.js';

/** The catalog modules an analysis runs. */
export interface Catalog {
  enrichers: readonly AnyEnricher[];
  rules: readonly RuleDefinition[];
}

/** Inputs of one analysis, all already loaded. */
export interface AnalyzeInput {
  identities: readonly IdentityRecord[];
  /** Sign-in facts (see model/sign-in.ts), in any order. */
  signIns: readonly SignIn[];
  /** Events that are not sign-ins (inventory, processes, USB, shipments, payroll, applications), in any order. */
  events?: readonly Event[];
  enrich: EnrichContext;
  ruleSettings?: RuleSettings;
  policy?: Partial<RulePolicy>;
  suppressions?: Suppressions;
  /** The previous analysis: subject-scoped rules then re-run only for subjects whose inputs changed. */
  previous?: PreviousAnalysis;
  /** What, besides the data, shapes findings (see PreviousAnalysis.globalKey); a change re-runs everything. */
  globalKey?: string;
  /** Analysts' judgements in force (same / different / household), by identity record ids. */
  judgements?: readonly Judgement[];
  /** Network analysis settings (config `networks`, docs/networks.md). */
  networkOptions?: GraphOptionsInput;
  /** Add each network member's `network.member` finding (default true; a rule's fixture test turns it off to see that rule alone). */
  networkFindings?: boolean;
}

/** Subjects ranked by score, with their findings. */
export interface AnalyzeOutput {
  subjects: Subject[];
  findings: Finding[];
  /** Sign-ins whose identity record is unknown (e.g. the account was never ingested): counted, not analysed. */
  unattributedSignIns: number;
  /** What rules want the analyst to know that is not a finding. */
  notes: string[];
  /** Events that are not sign-ins and belong to no subject: counted, not analysed. */
  unattributedEvents: number;
  /** Each subject's input fingerprint, for the next incremental analysis. */
  fingerprints: Map<string, string>;
  /** How many subjects subject-scoped rules evaluated (the rest reused the previous findings). */
  reevaluatedSubjects: number;
  /** Networks of linked subjects by score, and what linking left out (generic values, households). */
  networks: Network[];
  graphNotes: GraphNote[];
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The observation enrichers and the identity enrichers of a catalog. */
export function splitEnrichers(enrichers: readonly AnyEnricher[]): {
  observation: EnricherDefinition[];
  identity: IdentityEnricherDefinition[];
} {
  return {
    observation: enrichers.filter((e): e is EnricherDefinition => e.kind === 'observation'),
    identity: enrichers.filter((e): e is IdentityEnricherDefinition => e.kind === 'identity'),
  };
}

/** The whole pipeline after ingest: enrich → resolve → detect → score. Pure. */
export function analyze(input: AnalyzeInput, catalog: Catalog): AnalyzeOutput {
  const { observation, identity } = splitEnrichers(catalog.enrichers);
  const enrichment = enricherFor(observation, input.enrich);
  const policy: RulePolicy = { ...DEFAULT_POLICY, now: Date.now(), ...input.policy };
  // One identity graph resolves records into subjects (judgements applied) and links subjects into networks.
  const graph = buildAnalysisGraph({
    identities: input.identities,
    signIns: input.signIns,
    events: input.events ?? [],
    enrichment,
    judgements: input.judgements ?? [],
    households: configHouseholds(input.suppressions?.households ?? [], policy.now),
    options: input.networkOptions ?? {},
  });
  const snapshot = graph.snapshot();
  const resolution = { subjects: snapshot.subjects, subjectOfIdentity: new Map(snapshot.subjects.flatMap((s) => s.identities.map((r) => [r.id, s.id] as const))) };
  const ofIdentity = identityEnrichments(input.identities, identity, input.enrich);
  const subjectOf = (signIn: SignIn): string | undefined => resolution.subjectOfIdentity.get(signIn.identity);
  const signIns = input.signIns.filter((s) => subjectOf(s) !== undefined).sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
  const signInsBySubject = groupBy(signIns, subjectOf);
  const subjectOfEvent = (e: Event): string | undefined => (e.molehunt.identity_id ? resolution.subjectOfIdentity.get(e.molehunt.identity_id) : undefined);
  const events = (input.events ?? [])
    .filter((e) => subjectOfEvent(e) !== undefined)
    .map((e) => ({ e, at: Date.parse(e['@timestamp']) }))
    .sort((a, b) => a.at - b.at || (a.e.event.id < b.e.event.id ? -1 : 1))
    .map(({ e }) => e);
  const eventsBySubject = groupBy(events, subjectOfEvent);
  const subjectsById = new Map(resolution.subjects.map((s) => [s.id, s]));
  const notes: string[] = [];
  const activities = new Map<string, Activity>();
  const ctx: RuleContext = {
    subjects: resolution.subjects,
    subject: (id) => subjectsById.get(id),
    events,
    eventsBySubject,
    policy,
    signInsBySubject,
    signIns,
    enrichment,
    identityEnrichment: (recordId) => ofIdentity.get(recordId) ?? {},
    activity: (subjectId) => {
      let activity = activities.get(subjectId);
      if (!activity) {
        // The subject's claim: the first of its records (HR first) that names a zone.
        const records = subjectsById.get(subjectId)?.identities ?? [];
        const claims = records.map((r) => ofIdentity.get(r.id)?.time_zone).filter((c) => c !== undefined);
        const claim = claims.find((c) => c.zone) ?? claims[0] ?? { basis: 'no identity record claims a time zone' };
        activity = activityOf(signInsBySubject.get(subjectId) ?? [], claim);
        activities.set(subjectId, activity);
      }
      return activity;
    },
    subjectOf,
    note: (text) => notes.push(text),
  };
  const fingerprints = new Map(
    resolution.subjects.map((s) => [s.id, subjectFingerprint(s, signInsBySubject.get(s.id) ?? [], eventsBySubject.get(s.id) ?? [])]),
  );
  const changed = changedSubjects(fingerprints, input.previous, input.globalKey ?? '');
  const raw = runRulesIncrementally(catalog.rules, ctx, input.ruleSettings ?? {}, changed, input.previous);
  // Rules run in catalog order; reused findings would otherwise come last. One order, however computed.
  raw.sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const suppressed = applySuppressions(raw, resolution.subjects, input.suppressions ?? {}, policy.now);
  notes.push(...suppressed.notes);
  // Networks are scored on their members' own scores, then membership adds one finding per member.
  const ownFindings = groupBy(suppressed.findings, (f) => f.subject);
  const networks = networkRecords(snapshot, (id) => scoreSubject(ownFindings.get(id) ?? []).score);
  const membership = input.networkFindings === false ? [] : applySuppressions(networkFindings(networks), resolution.subjects, input.suppressions ?? {}, policy.now).findings;
  const findings: Finding[] = [...suppressed.findings, ...membership];
  const findingsBySubject = groupBy(findings, (f) => f.subject);
  const networkOf = new Map(networks.flatMap((n) => n.subjects.map((s) => [s, n.id] as const)));

  const subjects: Subject[] = resolution.subjects.map((s) => ({
    id: s.id,
    display_name: s.display_name,
    identity_ids: s.identities.map((r) => r.id),
    merge_reasons: s.merge_reasons,
    network: networkOf.get(s.id) ?? null,
    ...scoreSubject(findingsBySubject.get(s.id) ?? []),
  }));
  subjects.sort((a, b) => b.score - a.score || a.display_name.localeCompare(b.display_name) || (a.id < b.id ? -1 : 1));
  return {
    subjects,
    findings,
    unattributedSignIns: input.signIns.length - signIns.length,
    unattributedEvents: (input.events?.length ?? 0) - events.length,
    notes,
    fingerprints,
    reevaluatedSubjects: changed.size,
    networks,
    graphNotes: graphNotes(snapshot),
  };
}
