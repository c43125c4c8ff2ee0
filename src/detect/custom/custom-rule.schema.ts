import { z } from 'zod';
import { SeveritySchema, StrengthSchema } from '../../model/severity.js';

/** A field name: canonical ECS dotted path (`source.ip`, `@timestamp`) or the `subject` pseudo-field. */
export const FIELD_NAME = /^@?[A-Za-z_][\w@-]*(?:\.[\w@-]+)*$/;

const FieldName = z.string().regex(FIELD_NAME, { error: 'not a field name' });

/** A time window such as `90s`, `30m`, `12h` or `7d`. */
const WINDOW = /^([1-9]\d{0,5})([smhd])$/;

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** The window in milliseconds (the schema has already checked the shape). */
export function windowMs(window: string): number {
  const [, amount, unit] = WINDOW.exec(window) ?? [];
  return Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
}

/** Sigma metadata a ported rule may carry: accepted and ignored. */
const Ignored = z.unknown().optional();

/** The Sigma metadata keys (not worth listing among the keys an author should use). */
export const SIGMA_METADATA: readonly string[] = ['author', 'date', 'modified', 'tags', 'references', 'license', 'related', 'fields'];

/**
 * The shape of one custom rule file (docs/custom-rules.md). The detection block is checked by
 * compile-detection.ts, which can say which selection, field and value is wrong.
 */
export const CustomRuleSchema = z.strictObject({
  id: z.string().regex(/^custom\.[a-z0-9]+(?:[-.][a-z0-9]+)*$/, { error: 'not a custom rule id' }),
  indicator: z.string().regex(/^[A-L]-\d{2}$/, { error: 'not a catalog indicator id' }),
  title: z.string().trim().min(3),
  description: z.string().trim().min(20, { error: 'too short to say why the behaviour is suspicious' }),
  strength: StrengthSchema,
  severity: SeveritySchema.optional(),
  status: z.enum(['experimental', 'stable']).default('experimental'),
  corroborating_only: z.boolean().default(false),
  /** How sure a match makes the rule (0–1]; config `rules.<id>.confidence` overrides it. */
  confidence: z.number().gt(0).max(1).default(0.7),
  false_positives: z.array(z.string().trim().min(1)).default([]),
  runbook: z.string().trim().min(1).optional(),
  clears: z.string().trim().min(1).optional(),
  citations: z.array(z.strictObject({ source: z.string().trim().min(1), url: z.url({ protocol: /^https?$/ }).optional() })).min(1).optional(),
  /** Remote-access tools the rule is about, so `sanctioned_remote_tools` suppressions apply to its findings. */
  tools: z.array(z.string().trim().min(2)).default([]),
  logsource: z
    .strictObject({
      kind: z.enum(['signin', 'event', 'any']).default('any'),
      dataset: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
      /** Corporate and shared-by-design egress is never evidence unless the author says otherwise. */
      include_corporate: z.boolean().default(false),
    })
    .default({ kind: 'any', include_corporate: false }),
  detection: z.record(z.string(), z.unknown()),
  aggregation: z
    .strictObject({
      group_by: z.union([FieldName, z.array(FieldName)]).default([]),
      window: z.string().regex(WINDOW, { error: 'not a window' }).optional(),
      count_distinct: FieldName.optional(),
      threshold: z.number().int().min(1),
    })
    .optional(),
  author: Ignored,
  date: Ignored,
  modified: Ignored,
  tags: Ignored,
  references: Ignored,
  license: Ignored,
  related: Ignored,
  fields: Ignored,
});

/** A custom rule file as parsed (defaults applied). */
export type CustomRuleDoc = z.infer<typeof CustomRuleSchema>;

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

/** The keys the mapping at `path` may have (e.g. [] → the top-level keys, ['logsource'] → kind, dataset…). */
export function keysAt(path: readonly (string | number)[]): string[] {
  let s: z.ZodType = CustomRuleSchema;
  for (const segment of path) {
    s = unwrap(s);
    if (s instanceof z.ZodArray && typeof segment === 'number') s = s.element as z.ZodType;
    else if (s instanceof z.ZodObject && typeof segment === 'string' && segment in s.shape) s = (s.shape as Record<string, z.ZodType>)[segment]!;
    else return [];
  }
  s = unwrap(s);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** What to do when a key's value is rejected, by its path without list indices. */
export const KEY_HINTS: Readonly<Record<string, string>> = {
  '': 'a rule file is one YAML mapping with id, indicator, title, description, strength and detection (docs/custom-rules.md)',
  id: 'write "custom." and a lower-case name, e.g. custom.rdp-from-hosting',
  indicator: 'use the catalog id the rule relates to, such as E-02 (`molehunt rules` lists them)',
  title: 'give a short title (3 characters or more)',
  description: 'say in a sentence or two why the behaviour is suspicious',
  strength: 'use H, M or L (the indicator\'s strength in the catalog)',
  severity: 'use info, low, medium, high or critical, or leave it out to derive it from strength',
  status: 'use experimental (shadow: recorded, not scored) or stable',
  corroborating_only: 'use true or false',
  confidence: 'use a number above 0 and at most 1, e.g. 0.7',
  false_positives: 'list the benign look-alikes as strings',
  runbook: 'say what the analyst should do next',
  clears: 'say what would clear a finding and how to record it',
  citations: 'list { source: "...", url: "https://..." } entries, or leave citations out',
  'citations.source': 'name the report or advisory',
  'citations.url': 'use an http(s) URL',
  tools: 'list remote-access tool names such as AnyDesk',
  logsource: 'use { kind: signin | event | any, dataset: <name or list>, include_corporate: true | false }',
  'logsource.kind': 'use signin, event or any',
  'logsource.dataset': 'name an event.dataset such as okta.system, or a list of them',
  'logsource.include_corporate': 'use true or false',
  detection: 'write named selections (mappings of field: value) and a condition',
  aggregation: 'use { group_by, window, count_distinct, threshold }',
  'aggregation.group_by': 'name a field or a list of fields, e.g. [source.ip]',
  'aggregation.window': 'write a whole number and a unit: 90s, 30m, 12h or 7d',
  'aggregation.count_distinct': 'name the field whose distinct values are counted, e.g. subject',
  'aggregation.threshold': 'use a whole number of 1 or more',
};
