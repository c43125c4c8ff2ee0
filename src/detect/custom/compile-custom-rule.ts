import { z } from 'zod';
import type { Citation } from '../../model/finding.js';
import type { Severity } from '../../model/severity.js';
import { defineRule, type RuleDefinition } from '../define-rule.js';
import { compileDetection } from './compile-detection.js';
import { aggregateDrafts, matchDrafts } from './custom-drafts.js';
import { windowMs, type CustomRuleDoc } from './custom-rule.schema.js';
import { unknownFieldHint } from './ecs-fields.js';
import { matchEvents } from './match-events.js';
import { warning, type RuleIssue } from './rule-problem.js';

const SEVERITY_OF: Record<CustomRuleDoc['strength'], Severity> = { H: 'high', M: 'medium', L: 'low' };

/** The options a custom rule takes in config (`rules.<id>`). */
interface CustomOptions {
  confidence: number;
  /** Counting rules only. */
  threshold?: number;
}

/** Its confidence and, when counting, its threshold, defaulting to what the file says. */
function optionsOf(doc: CustomRuleDoc): z.ZodType<CustomOptions> {
  /** How sure one match makes the rule; the file's `confidence`, 0.7 when it says nothing. */
  const confidence = z.number().gt(0).max(1).default(doc.confidence);
  return doc.aggregation ? z.object({ confidence, threshold: z.number().int().min(1).default(doc.aggregation.threshold) }) : z.object({ confidence });
}

/**
 * Compiles a validated rule file into an ordinary RuleDefinition, so the runner, suppressions, shadow
 * mode and scoring treat it like a built-in rule. Returns the problems instead when the detection is wrong.
 */
export function compileCustomRule(doc: CustomRuleDoc, file: string): { rule?: RuleDefinition; issues: RuleIssue[] } {
  const kind = doc.logsource.kind;
  const compiled = compileDetection(doc.detection, kind);
  const issues = [...compiled.issues];
  const aggregation = doc.aggregation;
  const groupBy = aggregation ? (typeof aggregation.group_by === 'string' ? [aggregation.group_by] : aggregation.group_by) : [];
  for (const [i, field] of groupBy.entries()) {
    const unknown = unknownFieldHint(field, kind);
    if (unknown) issues.push(warning(['aggregation', 'group_by', ...(typeof aggregation?.group_by === 'string' ? [] : [i])], unknown.message, unknown.hint));
  }
  const distinctUnknown = aggregation?.count_distinct ? unknownFieldHint(aggregation.count_distinct, kind) : undefined;
  if (distinctUnknown) issues.push(warning(['aggregation', 'count_distinct'], distinctUnknown.message, distinctUnknown.hint));
  const detection = compiled.detection;
  if (!detection) return { issues };

  const datasets = doc.logsource.dataset === undefined ? undefined : new Set([doc.logsource.dataset].flat());
  const evidenceFields = [...new Set([...detection.fields, ...groupBy, ...(aggregation?.count_distinct ? [aggregation.count_distinct] : [])])].filter((f) => f !== 'subject');
  const citations: Citation[] = doc.citations?.map((c) => ({ indicator: doc.indicator, ...c })) ?? [{ indicator: doc.indicator, source: `custom rule ${doc.id} (${file})` }];
  const rule = defineRule({
    id: doc.id,
    indicator: doc.indicator,
    title: doc.title,
    description: doc.description,
    strength: doc.strength,
    severity: doc.severity ?? SEVERITY_OF[doc.strength],
    status: doc.status,
    corroboratingOnly: doc.corroborating_only,
    dataSources: datasets ? [...datasets] : kind === 'signin' ? ['sign-ins'] : kind === 'event' ? ['events'] : ['sign-ins', 'events'],
    citations,
    falsePositives: doc.false_positives,
    runbook: doc.runbook ?? `Review the matched events (\`molehunt explain <subject>\`) for an innocent explanation; tune the rule in ${file}.`,
    clears:
      doc.clears ??
      `An innocent explanation of the matched events: record it in suppressions.findings (rule ${doc.id}, the subject, a reason and an expiry), or narrow the rule in ${file}.`,
    options: optionsOf(doc),
    evaluate(ctx, o) {
      const meta = { title: doc.title, confidence: o.confidence, tools: doc.tools, fields: evidenceFields };
      try {
        const matches = matchEvents(ctx, { ruleId: doc.id, kind, includeCorporate: doc.logsource.include_corporate, detection, evidenceFields, ...(datasets ? { datasets } : {}) });
        if (!aggregation) return matchDrafts(ctx, matches, meta);
        const spec = {
          groupBy,
          threshold: o.threshold ?? aggregation.threshold,
          ...(aggregation.window ? { window: aggregation.window, windowMs: windowMs(aggregation.window) } : {}),
          ...(aggregation.count_distinct ? { countDistinct: aggregation.count_distinct } : {}),
        };
        return aggregateDrafts(ctx, matches, spec, meta);
      } catch (e) {
        // A custom rule must never stop the analysis: say what failed and run the others.
        ctx.note(`custom rule ${doc.id} (${file}) failed and produced no findings: ${(e as Error).message}`);
        return [];
      }
    },
  });
  return { rule: rule as RuleDefinition, issues };
}
