import type { Evidence } from '../../model/finding.js';
import type { RuleContext } from '../define-rule.js';
import { signInEvidence } from '../event-helpers.js';
import { eventEvidence } from '../subject-facts.js';
import { fieldText } from './aggregate-matches.js';
import type { CompiledDetection } from './compile-detection.js';
import { eventView, observationOf, signInView, type FieldView } from './ecs-view.js';

/** An event a custom rule's detection matched. */
export interface Match {
  at: number;
  subject: string;
  kind: 'sign-in' | 'event';
  view: FieldView;
  /** Built on first use: most matches never become one of a finding's evidence rows. */
  evidence(): Evidence;
}

/** Which events a rule reads. */
export interface MatchScope {
  ruleId: string;
  kind: 'signin' | 'event' | 'any';
  /** Only these event.dataset values (undefined: all). */
  datasets?: ReadonlySet<string>;
  /** Read corporate and shared-by-design egress too (off: they are never evidence). */
  includeCorporate: boolean;
  detection: CompiledDetection;
  /** Fields shown as evidence: the detection's plus the aggregation's. */
  evidenceFields: readonly string[];
}

function values(view: FieldView, fields: readonly string[]): Evidence['values'] {
  return Object.fromEntries(fields.map((f) => [f, fieldText(view.get(f)) ?? null]));
}

function inDatasets(view: FieldView, scope: MatchScope): boolean {
  return !scope.datasets || scope.datasets.has(String(view.get('event.dataset')));
}

/** Corporate and shared-by-design egress (checked after matching: most events never need enriching). */
function corporate(enrichment: () => Enrichment, scope: MatchScope): boolean {
  if (scope.includeCorporate) return false;
  const ipScope = enrichment().ip_scope;
  return ipScope?.corporate === true || ipScope?.shared_by_design === true;
}

type Enrichment = ReturnType<RuleContext['enrichment']>;

function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/**
 * Runs a compiled detection over every attributed sign-in and event in scope and returns the
 * matches in time order. One bad event never stops the rule: it is counted and reported as a note.
 */
export function matchEvents(ctx: RuleContext, scope: MatchScope): Match[] {
  const matches: Match[] = [];
  let failed = 0;
  let firstFailure = '';
  const fail = (e: unknown) => {
    failed++;
    firstFailure ||= (e as Error).message;
  };
  // Loops without a closure per event where possible: a rule runs over every sign-in.
  if (scope.kind !== 'event') {
    for (const [subject, signIns] of ctx.signInsBySubject) {
      for (const signIn of signIns) {
        try {
          const enrichment = once(() => ctx.enrichment(signIn));
          const view = signInView(signIn, subject, enrichment);
          if (!inDatasets(view, scope) || !scope.detection.matches(view) || corporate(enrichment, scope)) continue;
          matches.push({ at: signIn.at, subject, kind: 'sign-in', view, evidence: once(() => signInEvidence(signIn, values(view, scope.evidenceFields))) });
        } catch (e) {
          fail(e);
        }
      }
    }
  }
  if (scope.kind !== 'signin') {
    // eventEvidence shows event.action as `action` already.
    const shown = scope.evidenceFields.filter((f) => f !== 'event.action');
    for (const [subject, events] of ctx.eventsBySubject) {
      for (const event of events) {
        try {
          const enrichment = once(() => {
            const observation = observationOf(event);
            return observation ? ctx.enrichment(observation) : {};
          });
          const view = eventView(event, subject, enrichment);
          if (!inDatasets(view, scope) || !scope.detection.matches(view) || corporate(enrichment, scope)) continue;
          matches.push({ at: Date.parse(event['@timestamp']), subject, kind: 'event', view, evidence: once(() => eventEvidence(event, values(view, shown))) });
        } catch (e) {
          fail(e);
        }
      }
    }
  }
  if (failed > 0) {
    ctx.note(`custom rule ${scope.ruleId}: ${failed} events could not be evaluated and were skipped (first: ${firstFailure}); check the rule with \`molehunt rules validate\``);
  }
  return matches.sort((a, b) => a.at - b.at);
}
