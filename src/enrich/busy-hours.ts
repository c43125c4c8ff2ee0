const HOUR = 3_600_000;

/** A run of back-to-back 24-hour periods in each of which someone was active in many different hours. */
export interface BusyStretch {
  /** Epoch ms of the first hour of the first period. */
  start: number;
  /** How many consecutive 24-hour periods. */
  days: number;
  /** Active hourly bins (0–24) in each period, in order. */
  activeHours: number[];
}

/**
 * The longest run of consecutive 24-hour periods with at least `minActiveHours` active hourly bins
 * each, over every alignment of the periods (so a stretch that starts at 15:00 counts as well as one
 * that starts at midnight, and no time zone is assumed). Pure; linear in the hours spanned.
 */
export function longestBusyStretch(times: readonly number[], minActiveHours: number): BusyStretch | undefined {
  if (times.length === 0) return undefined;
  let first = Infinity;
  let last = -Infinity;
  for (const t of times) {
    const h = Math.floor(t / HOUR);
    if (h < first) first = h;
    if (h > last) last = h;
  }
  const span = last - first + 1;
  const prefix = new Uint32Array(span + 1);
  const active = new Uint8Array(span);
  for (const t of times) active[Math.floor(t / HOUR) - first] = 1;
  for (let i = 0; i < span; i++) prefix[i + 1] = prefix[i]! + active[i]!;
  const busy = (s: number) => prefix[Math.min(span, s + 24)]! - prefix[s]!;
  // run[s]: how many busy periods follow one another from hour s; built backwards, so ties keep the earliest.
  const run = new Uint32Array(span + 24);
  let best = 0;
  let bestStart = 0;
  for (let s = span - 1; s >= 0; s--) {
    run[s] = busy(s) >= minActiveHours ? 1 + run[s + 24]! : 0;
    if (run[s]! > 0 && run[s]! >= best) {
      best = run[s]!;
      bestStart = s;
    }
  }
  if (best === 0) return undefined;
  return { start: (first + bestStart) * HOUR, days: best, activeHours: Array.from({ length: best }, (_, k) => busy(bestStart + 24 * k)) };
}
