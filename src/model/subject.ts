import { z } from 'zod';
import { LevelSchema } from './severity.js';

/** Why two identity records were merged into one subject. */
export const MergeReasonSchema = z.object({
  key: z.string(),
  records: z.array(z.string()).min(2),
});

/** How much one rule contributed to a subject's score, for the explanation. */
export const ScoreContributionSchema = z.object({
  rule: z.string(),
  severity: z.string(),
  confidence: z.number(),
  points: z.number(),
  note: z.string().optional(),
  /** counted; shadow (experimental rule); suppressed (config); corroborating (no primary finding beside it); folded (a stronger finding of the same evidence family counted). */
  status: z.enum(['counted', 'shadow', 'suppressed', 'corroborating', 'folded']).default('counted'),
});
export type ScoreContribution = z.infer<typeof ScoreContributionSchema>;

/** A §7 combination of findings that escalates a subject to at least `high`. */
export const EscalationSchema = z.object({
  id: z.string(),
  title: z.string(),
  rules: z.array(z.string()).min(1),
});
export type Escalation = z.infer<typeof EscalationSchema>;

/** A resolved person: one or more identity records that belong to the same human. */
export const SubjectSchema = z.object({
  id: z.string().regex(/^sub_[0-9a-z]+$/),
  display_name: z.string(),
  identity_ids: z.array(z.string()).min(1),
  merge_reasons: z.array(MergeReasonSchema),
  score: z.number().min(0).max(100),
  level: LevelSchema,
  contributions: z.array(ScoreContributionSchema),
  /** High-confidence combinations (research catalog §7) that raised the level. */
  escalations: z.array(EscalationSchema).default([]),
  /** The network of linked subjects this subject belongs to (docs/networks.md), or null. */
  network: z.string().nullable().optional(),
});
export type Subject = z.infer<typeof SubjectSchema>;
