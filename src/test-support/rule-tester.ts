import { NO_IMPORTS, type ImportedIntel } from '../enrich/define-enricher.js';
import type { IpReference } from '../enrich/ip-intel/reference.js';
import { analyze, type AnalyzeOutput } from '../analyze.js';
import type { RuleDefinition, RulePolicy } from '../detect/define-rule.js';
import type { Suppressions } from '../detect/suppress.js';
import { enrichers } from '../catalog.generated.js';
import type { Event } from '../model/event.js';
import type { Finding } from '../model/finding.js';
import type { IdentityRecord } from '../model/identity-record.js';
import { isSignInEvent, signInOf } from '../model/sign-in.js';

/** A fixture case for one rule: records and events in, findings out. */
export interface RuleCase {
  identities: IdentityRecord[];
  events: Event[];
  options?: Record<string, unknown>;
  corporateCidrs?: string[];
  /** Policy overrides (sanctioned tools, new-hire window); `now` defaults to 2026-11-01. */
  policy?: Partial<RulePolicy>;
  suppressions?: Suppressions;
  /** Imported intel (e.g. `ipRanges` with a class and provider), as `molehunt intel import` would give. */
  imports?: Partial<ImportedIntel>;
  /** Shipped IP reference data (see src/store/reference), for tests of what the shipped data can say. */
  ipReference?: IpReference;
}

/** The result of running one rule over a fixture, with lookups by e-mail. */
export interface RuleRun extends AnalyzeOutput {
  /** Findings of the subject that owns this corporate e-mail. */
  findingsOf(email: string): Finding[];
}

/**
 * Runs the real pipeline (resolve, every catalog enricher, the rule, suppressions, scoring) on a
 * fixture. Sign-in events are reduced to sign-in facts exactly as the store does it (signInOf); every
 * other event reaches the rules as it is.
 */
export function runRule(rule: RuleDefinition, fixture: RuleCase): RuleRun {
  const output = analyze(
    {
      identities: fixture.identities,
      signIns: fixture.events.map(signInOf).filter((s) => s !== undefined),
      events: fixture.events.filter((e) => !isSignInEvent(e)),
      policy: { now: Date.parse('2026-11-01T00:00:00Z'), ...fixture.policy },
      ...(fixture.suppressions ? { suppressions: fixture.suppressions } : {}),
      enrich: {
        corporateCidrs: fixture.corporateCidrs ?? [],
        corporateNetworks: 'auto',
        imports: { ...NO_IMPORTS, ...fixture.imports },
        ...(fixture.ipReference ? { ipReference: fixture.ipReference } : {}),
      },
      ruleSettings: fixture.options ? { [rule.id]: fixture.options } : {},
      // The rule alone: network membership findings would add to every shared-identifier fixture.
      networkFindings: false,
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
