import { z } from 'zod';

/** One person (or persona) of the truth, by the identifiers molehunt's records carry. */
export const TruthMemberSchema = z.object({
  name: z.string(),
  role: z.string(),
  employee_id: z.string().optional(),
  applicant_ids: z.array(z.string()).default([]),
  emails: z.array(z.string()).default([]),
});
export type TruthMember = z.infer<typeof TruthMemberSchema>;

/** An injected operation: who is in it, what it exhibits, and the public case it is modeled on. */
export const TruthOperationSchema = z.object({
  id: z.string().min(1),
  scenario: z.string(),
  title: z.string(),
  modeled_on: z.array(z.string()),
  indicators: z.array(z.string()),
  /** The earliest timestamp of any of the operation's records in the written data. */
  first_event: z.iso.datetime(),
  members: z.array(TruthMemberSchema).min(1),
  notes: z.array(z.string()).default([]),
});
export type TruthOperation = z.infer<typeof TruthOperationSchema>;

/** A benign look-alike: people a naive detector would flag, and why they are innocent. */
export const TruthBenignSchema = z.object({
  id: z.string().min(1),
  scenario: z.string(),
  title: z.string(),
  looks_like: z.array(z.string()),
  why_benign: z.string(),
  members: z.array(TruthMemberSchema).min(1),
});
export type TruthBenign = z.infer<typeof TruthBenignSchema>;

/** truth.json as `molehunt simulate` writes it and `molehunt eval` reads it. */
export const GroundTruthSchema = z.object({
  simulator: z.object({
    version: z.number().int(),
    seed: z.union([z.number(), z.string()]),
    employees: z.number().int(),
    days: z.number().int(),
    start: z.string(),
    scenarios: z.array(z.string()),
  }),
  operations: z.array(TruthOperationSchema),
  benign: z.array(TruthBenignSchema),
  /** Settings a real deployment of this company would have (corporate egress, declared households…). */
  suggested_config: z.record(z.string(), z.unknown()).default({}),
});
export type GroundTruth = z.infer<typeof GroundTruthSchema>;
