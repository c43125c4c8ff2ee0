import { createHash } from 'node:crypto';
import type { Finding } from '../model/finding.js';
import type { RuleContext, RuleDefinition } from './define-rule.js';

/** Per-rule settings from config: `enabled` plus the rule's own options. */
export type RuleSettings = Record<string, { enabled?: boolean } & Record<string, unknown>>;

/** The options a rule runs with: its defaults overlaid with the config's values (validated). */
export function ruleOptions(rule: RuleDefinition, settings: RuleSettings): unknown {
  const { enabled: _enabled, ...options } = settings[rule.id] ?? {};
  return rule.options.parse(options);
}

/** Runs the enabled rules and turns their drafts into findings with stable ids and citations. */
export function runRules(rules: readonly RuleDefinition[], ctx: RuleContext, settings: RuleSettings = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (settings[rule.id]?.enabled === false) continue;
    for (const draft of rule.evaluate(ctx, ruleOptions(rule, settings))) {
      const id = createHash('sha256').update(`${rule.id}\0${draft.subject}\0${draft.summary}`).digest('hex').slice(0, 24);
      findings.push({
        id: `fnd_${id}`,
        rule: rule.id,
        indicator: rule.indicator,
        subject: draft.subject,
        severity: draft.severity ?? rule.severity,
        confidence: Math.round(draft.confidence * 100) / 100,
        summary: draft.summary,
        evidence: draft.evidence,
        citations: [...rule.citations],
        corroborating_only: rule.corroboratingOnly,
        strength: rule.strength,
        shadow: rule.status === 'experimental',
        related_subjects: [...new Set(draft.related ?? [])].filter((s) => s !== draft.subject).sort(),
        facets: draft.facets ?? {},
        clears: rule.clears,
      });
    }
  }
  return findings;
}
