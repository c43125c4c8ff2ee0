import { z } from 'zod';

/**
 * Where a normalized record came from, so every finding can point back at its evidence:
 * the input file, the 1-based line (text formats) or 0-based record index (JSON arrays),
 * and the SHA-256 of the record's raw text.
 */
export const RawRefSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().positive().optional(),
  index: z.number().int().nonnegative().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** A pointer from a normalized record to the raw input it was made from. */
export type RawRef = z.infer<typeof RawRefSchema>;

/** Renders a raw reference as `file:line` (or `file#index`) for humans. */
export function formatRawRef(ref: RawRef): string {
  if (ref.line !== undefined) return `${ref.file}:${ref.line}`;
  if (ref.index !== undefined) return `${ref.file}#${ref.index}`;
  return ref.file;
}
