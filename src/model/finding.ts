import { z } from 'zod';
import { RawRefSchema } from './raw-ref.js';
import { SeveritySchema } from './severity.js';

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
});
export type Finding = z.infer<typeof FindingSchema>;
