import { NO_IMPORTS } from '../enrich/define-enricher.js';
import { analyze, type AnalyzeOutput } from '../analyze.js';
import type { RuleDefinition } from '../detect/define-rule.js';
import { enrichers } from '../catalog.generated.js';
import type { Event } from '../model/event.js';
import type { Finding } from '../model/finding.js';
import type { IdentityRecord } from '../model/identity-record.js';
import { signInOf } from '../model/sign-in.js';

/** A fixture case for one rule: records and events in, findings out. */
export interface RuleCase {
  identities: IdentityRecord[];
  events: Event[];
  options?: Record<string, unknown>;
  corporateCidrs?: string[];
}

/** The result of running one rule over a fixture, with lookups by e-mail. */
export interface RuleRun extends AnalyzeOutput {
  /** Findings of the subject that owns this corporate e-mail. */
  findingsOf(email: string): Finding[];
}

/**
 * Runs the real pipeline (resolve, every catalog enricher, the rule, scoring) on a fixture. Events are
 * reduced to sign-in facts exactly as the store does it (signInOf).
 */
export function runRule(rule: RuleDefinition, fixture: RuleCase): RuleRun {
  const output = analyze(
    {
      identities: fixture.identities,
      signIns: fixture.events.map(signInOf).filter((s) => s !== undefined),
      enrich: { corporateCidrs: fixture.corporateCidrs ?? [], corporateNetworks: 'auto', imports: NO_IMPORTS },
      ruleSettings: fixture.options ? { [rule.id]: fixture.options } : {},
    },
    { enrichers, rules: [rule] },
  );
  return {
    ...output,
    findingsOf(email) {
      const owner = fixture.identities.find((r) => r.corporate_emails.includes(email));
      const subject = output.subjects.find((s) => owner && s.identity_ids.includes(owner.id));
      return subject ? output.findings.filter((f) => f.subject === subject.id) : [];
    },
  };
}
