import { z } from 'zod';
import { RawRefSchema } from './raw-ref.js';
import { SeveritySchema, StrengthSchema } from './severity.js';

/** A citation: the catalog id of the indicator and the public source that describes it. */
export const CitationSchema = z.object({
  indicator: z.string().regex(/^[A-L]-\d{2}$/),
  source: z.string().min(1),
  url: z.url().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** One piece of evidence: the event it came from and the values that mattered. */
export const EvidenceSchema = z.object({
  event_id: z.string().optional(),
  raw_ref: RawRefSchema.optional(),
  timestamp: z.string().optional(),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * What a finding is about, in a form suppressions can match without reading the evidence: the
 * countries it places the person in, the tools it names, the other subjects it ties them to, and
 * when it happened.
 */
export const FacetsSchema = z.object({
  countries: z.array(z.string()).optional(),
  tools: z.array(z.string()).optional(),
  /** Epoch ms of the first and last evidence. */
  from: z.number().optional(),
  to: z.number().optional(),
  /** True when the behaviour fell in the subject's first weeks (§7 stage windows). */
  new_hire: z.boolean().optional(),
});
export type Facets = z.infer<typeof FacetsSchema>;

/** Why a finding does not count: the config entry that suppressed it. Suppressed findings are kept. */
export const SuppressionMarkSchema = z.object({
  kind: z.enum(['finding', 'travel', 'household', 'sanctioned_tool']),
  reason: z.string(),
  /** ISO date after which the suppression no longer applies. */
  expires: z.string().optional(),
  /** Where it came from, e.g. `suppressions.travel[0]`. */
  source: z.string(),
});
export type SuppressionMark = z.infer<typeof SuppressionMarkSchema>;

/** What a rule reports about one subject. */
export const FindingSchema = z.object({
  id: z.string().min(1),
  rule: z.string().min(1),
  indicator: z.string().min(1),
  subject: z.string().min(1),
  severity: SeveritySchema,
  confidence: z.number().min(0).max(1),
  summary: z.string().min(1),
  evidence: z.array(EvidenceSchema),
  citations: z.array(CitationSchema).min(1),
  corroborating_only: z.boolean().default(false),
  /** The rule's indicator strength (H/M/L): how much the evidence weighs. */
  strength: StrengthSchema.default('M'),
  /** From an experimental rule: recorded and shown, never scored. */
  shadow: z.boolean().default(false),
  suppressed: SuppressionMarkSchema.optional(),
  /** Other subjects the finding ties this one to (shared address, IP, account…). */
  related_subjects: z.array(z.string()).default([]),
  facets: FacetsSchema.default({}),
  /** What would clear the finding: the innocent explanation and how to confirm it. */
  clears: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
