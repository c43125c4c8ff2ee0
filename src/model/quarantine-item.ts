import { z } from 'zod';

/** A record that could not be read or normalized, kept with where it was and why. */
export const QuarantineItemSchema = z.object({
  id: z.string(),
  file: z.string(),
  line: z.number().int().nonnegative(),
  index: z.number().int().nonnegative(),
  source: z.string().nullable(),
  reasons: z.array(z.string()).min(1),
  /** The raw text, cut to 4 KiB: enough to fix and re-ingest by hand. */
  raw: z.string(),
  sha256: z.string(),
});
export type QuarantineItem = z.infer<typeof QuarantineItemSchema>;
