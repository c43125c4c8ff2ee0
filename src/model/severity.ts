import { z } from 'zod';

/** A finding's severity, Sigma-style. */
export const SeveritySchema = z.enum(['info', 'low', 'medium', 'high', 'critical']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A subject's or network's risk level, derived from its score. */
export const LevelSchema = z.enum(['none', 'low', 'medium', 'high', 'critical']);
export type Level = z.infer<typeof LevelSchema>;

/** Indicator strength from the research catalog: H nearly diagnostic, M needs company, L context only. */
export const StrengthSchema = z.enum(['H', 'M', 'L']);
export type Strength = z.infer<typeof StrengthSchema>;

const LEVEL_ORDER: readonly Level[] = LevelSchema.options;

/** True when `level` is at or above `threshold`. */
export function levelAtLeast(level: Level, threshold: Level): boolean {
  return LEVEL_ORDER.indexOf(level) >= LEVEL_ORDER.indexOf(threshold);
}
