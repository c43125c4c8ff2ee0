import { z } from 'zod';
import { LINK_KINDS, type LinkKind } from './link-kinds.js';

/** When a value shared by several subjects is generic (an office, a VPN exit, a placeholder) rather than a link. */
const HubThresholds = z
  .object({
    /** Values shared by fewer subjects always link (D-03: two employees at one address already count). */
    min_degree: z.number().int().min(2).default(8),
    /**
     * From `min_degree` subjects up, a value is generic when at least this share of its subjects is
     * tied to no other subject sharing it by any other kind of identifier ("many unrelated people").
     */
    min_spread: z.number().min(0).max(1).default(0.75),
    /** Values shared by more subjects than this are generic whatever ties them (corporate egress, a public VPN exit). */
    max_degree: z.number().int().min(2).default(2500),
    /**
     * A value that joins this many otherwise unrelated groups is generic even when one big group
     * shares it too (an office address where one team also shares a connection).
     */
    max_groups: z.number().int().min(2).default(50),
  })
  .strict();

const KindSettings = z
  .object({
    /** False: this kind of identifier never links. */
    enabled: z.boolean().default(true),
    min_degree: z.number().int().min(2).optional(),
    min_spread: z.number().min(0).max(1).optional(),
    max_degree: z.number().int().min(2).optional(),
    max_groups: z.number().int().min(2).optional(),
  })
  .strict();

/** Network analysis settings (config key `networks`; docs/networks.md). Every field has a default. */
export const GraphOptionsSchema = z
  .object({
    hubs: HubThresholds.prefault({}),
    /** Per-kind overrides of `hubs`, and `enabled: false` to switch a kind off. */
    kinds: z.partialRecord(z.enum(LINK_KINDS), KindSettings).default({}),
    /** Values you know are shared innocently (office address, coworking space, shared family phone): never links. */
    generic_values: z.array(z.object({ kind: z.enum(LINK_KINDS), value: z.string().min(1), reason: z.string().min(3) }).strict()).default([]),
    /** Two subjects share a residential egress IP when they used it within this many hours of each other (E-13: 7 days). */
    ip_window_hours: z.number().positive().default(168),
    /** Résumés at or above this estimated Jaccard similarity (3-word shingles) are near-duplicates. */
    resume_min_jaccard: z.number().min(0.5).max(1).default(0.8),
    /** Photos within this many bits of perceptual-hash distance are the same picture. */
    photo_max_hamming: z.number().int().min(0).max(16).default(8),
    /** A personal identifier carried by more records than this is never used to merge records into one person. */
    merge_max_degree: z.number().int().min(2).default(10),
    /** A name carried by at least this many records is common: merging on it needs two shared identifiers, not one. */
    common_name_min: z.number().int().min(2).default(20),
  })
  .strict();
export type GraphOptions = z.output<typeof GraphOptionsSchema>;
export type GraphOptionsInput = z.input<typeof GraphOptionsSchema>;

/** The defaults. */
export const DEFAULT_GRAPH_OPTIONS: GraphOptions = GraphOptionsSchema.parse({});

/** The hub thresholds that apply to one kind. */
export function hubThresholds(options: GraphOptions, kind: LinkKind): { enabled: boolean; min_degree: number; min_spread: number; max_degree: number; max_groups: number } {
  const k = options.kinds[kind];
  return {
    enabled: k?.enabled ?? true,
    min_degree: k?.min_degree ?? options.hubs.min_degree,
    min_spread: k?.min_spread ?? options.hubs.min_spread,
    max_degree: k?.max_degree ?? options.hubs.max_degree,
    max_groups: k?.max_groups ?? options.hubs.max_groups,
  };
}
