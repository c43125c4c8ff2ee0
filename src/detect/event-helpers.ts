import type { Evidence } from '../model/finding.js';
import type { SignIn } from '../model/sign-in.js';

/** A sign-in that did not fail: the person was there (a failure may be someone else guessing). */
export function succeeded(signIn: SignIn): boolean {
  return signIn.outcome !== 'failure';
}

/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The standard evidence entry for a sign-in: when, from where, which account. */
export function signInEvidence(signIn: SignIn, extra: Evidence['values'] = {}): Evidence {
  return {
    event_id: signIn.id,
    raw_ref: signIn.raw,
    timestamp: new Date(signIn.at).toISOString(),
    values: {
      account: signIn.account ?? null,
      ip: signIn.ip ?? null,
      country: signIn.country ?? null,
      city: signIn.city ?? null,
      ...extra,
    },
  };
}

/** Formats a duration in hours as `1h05m`. */
export function formatHours(hours: number): string {
  const minutes = Math.round(hours * 60);
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

/**
 * Slides a time window over `events` (sorted by time) and returns, for the window with the most
 * distinct keys, the first event of each key. Linear in the number of events.
 */
export function densestDistinctWindow<T extends { at: number }>(
  events: readonly T[],
  keyOf: (event: T) => string | undefined,
  windowMs: number,
): Map<string, T> {
  const counts = new Map<string, number>();
  let best = new Map<string, T>();
  let start = 0;
  for (let end = 0; end < events.length; end++) {
    const endKey = keyOf(events[end]!);
    if (endKey !== undefined) counts.set(endKey, (counts.get(endKey) ?? 0) + 1);
    const limit = events[end]!.at - windowMs;
    while (events[start]!.at < limit) {
      const key = keyOf(events[start]!);
      if (key !== undefined) {
        const left = counts.get(key)! - 1;
        if (left === 0) counts.delete(key);
        else counts.set(key, left);
      }
      start++;
    }
    // best only grows, so this snapshot runs at most (distinct keys) times.
    if (counts.size > best.size) {
      best = new Map();
      for (let i = start; i <= end; i++) {
        const key = keyOf(events[i]!);
        if (key !== undefined && !best.has(key)) best.set(key, events[i]!);
      }
    }
  }
  return best;
}
