import type { SignIn } from '../model/sign-in.js';
import type { ClaimedZone } from './claimed-time-zone.js';

/** When a subject is active: sign-ins per hour of day and per weekday, in the claimed zone and in UTC+9. */
export interface Activity {
  zone?: string;
  zone_basis: string;
  signins: number;
  /** Hour 0–23 in the claimed zone (empty without one). */
  local_hours: number[];
  /** Monday = 0 … Sunday = 6, in the claimed zone. */
  local_weekdays: number[];
  /** Hour 0–23 in UTC+9 (Pyongyang and Seoul time; E-06 compares the two rhythms). */
  utc9_hours: number[];
}

const HOUR = 3_600_000;

/** The offset of a zone at an instant, in ms, from Intl (cached per hour: offsets change rarely). */
export function offsetFinder(zone: string): (at: number) => number {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  const cache = new Map<number, number>();
  return (at) => {
    const bucket = Math.floor(at / HOUR);
    let offset = cache.get(bucket);
    if (offset === undefined) {
      const p = Object.fromEntries(format.formatToParts(new Date(bucket * HOUR)).map((x) => [x.type, x.value]));
      offset = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)) - bucket * HOUR;
      cache.set(bucket, offset);
    }
    return offset;
  };
}

/** Builds a subject's activity histograms from their sign-ins. Pure. */
export function activityOf(signIns: readonly SignIn[], claim: ClaimedZone): Activity {
  const activity: Activity = {
    ...(claim.zone ? { zone: claim.zone } : {}),
    zone_basis: claim.basis,
    signins: signIns.length,
    local_hours: claim.zone ? new Array<number>(24).fill(0) : [],
    local_weekdays: claim.zone ? new Array<number>(7).fill(0) : [],
    utc9_hours: new Array<number>(24).fill(0),
  };
  const offset = claim.zone ? offsetFinder(claim.zone) : undefined;
  for (const s of signIns) {
    activity.utc9_hours[new Date(s.at + 9 * HOUR).getUTCHours()]! += 1;
    if (!offset) continue;
    const local = new Date(s.at + offset(s.at));
    activity.local_hours[local.getUTCHours()]! += 1;
    activity.local_weekdays[(local.getUTCDay() + 6) % 7]! += 1;
  }
  return activity;
}
