import { z } from 'zod';
import { RawRefSchema } from './raw-ref.js';
import { LevelSchema } from './severity.js';

/** One record's part in a link. Times are ISO strings. */
export const LinkEvidenceSchema = z.object({
  subject: z.string(),
  record: z.string(),
  raw_ref: RawRefSchema.optional(),
  role: z.string().optional(),
  at: z.string().optional(),
});

/** Subjects tied by one shared identifier (value masked) or one near-duplicate pair. */
export const NetworkLinkSchema = z.object({
  kind: z.string(),
  indicator: z.string(),
  value_display: z.string(),
  subjects: z.array(z.string()).min(2),
  first: z.string().optional(),
  last: z.string().optional(),
  similarity: z.number().optional(),
  evidence: z.array(LinkEvidenceSchema),
});
export type NetworkLink = z.infer<typeof NetworkLinkSchema>;

/** A network of linked subjects as analysis stores it. */
export const NetworkSchema = z.object({
  id: z.string().regex(/^net_[0-9a-z]+$/),
  score: z.number().min(0).max(100),
  level: LevelSchema,
  subjects: z.array(z.string()).min(2),
  /** Structural strength in [0, 1] (resolve/networks.ts). */
  structure: z.number(),
  /** The highest score among the members before network contributions. */
  member_max_score: z.number(),
  kinds: z.array(z.string()),
  summary: z.string(),
  links: z.array(NetworkLinkSchema),
});
export type Network = z.infer<typeof NetworkSchema>;

/** What analysis set aside from linking, visibly: generic values, household exemptions, judgement conflicts. */
export const GraphNoteSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('generic'),
    kind: z.string(),
    value_display: z.string(),
    degree: z.number(),
    spread: z.number(),
    reason: z.enum(['placeholder', 'declared', 'degree', 'spread']),
    detail: z.string(),
  }),
  z.object({ type: z.literal('exemption'), kind: z.string(), value_display: z.string(), subjects: z.array(z.string()), source: z.string() }),
  z.object({ type: z.literal('conflict'), judgement: z.string(), subject: z.string() }),
]);
export type GraphNote = z.infer<typeof GraphNoteSchema>;

/** An analyst's decision about two subjects, with who, when and why (append-only). */
export const JudgementRecordSchema = z.object({
  id: z.string().regex(/^jdg_[0-9a-z]+$/),
  decision: z.enum(['same', 'different', 'household']),
  a_subject: z.string(),
  b_subject: z.string(),
  a_records: z.array(z.string()).min(1),
  b_records: z.array(z.string()).min(1),
  reason: z.string().min(3),
  decided_by: z.string().min(1),
  decided_at: z.string(),
});
export type JudgementRecord = z.infer<typeof JudgementRecordSchema>;
