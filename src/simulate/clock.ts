/**
 * Local time for the simulator's time zones, with US and EU daylight-saving rules written out, so
 * the output never depends on the ICU time-zone data of the Node build that runs it.
 */

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

type DstRule = 'us' | 'eu' | 'none';

/** The zones people in the simulated company live in, with their standard offset in minutes. */
export const ZONES = {
  'America/New_York': { std: -300, dst: 'us' },
  'America/Chicago': { std: -360, dst: 'us' },
  'America/Denver': { std: -420, dst: 'us' },
  'America/Phoenix': { std: -420, dst: 'none' },
  'America/Los_Angeles': { std: -480, dst: 'us' },
  'America/Toronto': { std: -300, dst: 'us' },
  'America/Vancouver': { std: -480, dst: 'us' },
  'Europe/London': { std: 0, dst: 'eu' },
  'Europe/Lisbon': { std: 0, dst: 'eu' },
  'Europe/Berlin': { std: 60, dst: 'eu' },
  'Asia/Kolkata': { std: 330, dst: 'none' },
  'Asia/Shanghai': { std: 480, dst: 'none' },
  'Asia/Tokyo': { std: 540, dst: 'none' },
  'Asia/Singapore': { std: 480, dst: 'none' },
  'Asia/Pyongyang': { std: 540, dst: 'none' },
} as const satisfies Record<string, { std: number; dst: DstRule }>;
export type Zone = keyof typeof ZONES;

/** UTC midnight of the n-th (1-based; negative counts from the end) Sunday of a month. */
function sunday(year: number, month: number, n: number): number {
  if (n > 0) {
    const first = Date.UTC(year, month, 1);
    const dow = new Date(first).getUTCDay();
    return first + (((7 - dow) % 7) + (n - 1) * 7) * DAY;
  }
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * DAY;
}

function inDst(rule: DstRule, std: number, utc: number): boolean {
  const year = new Date(utc).getUTCFullYear();
  if (rule === 'us') {
    // 02:00 local standard time on the second Sunday of March, to 02:00 local daylight time on the first Sunday of November.
    const start = sunday(year, 2, 2) + 2 * HOUR - std * MINUTE;
    const end = sunday(year, 10, 1) + 2 * HOUR - (std + 60) * MINUTE;
    return utc >= start && utc < end;
  }
  if (rule === 'eu') return utc >= sunday(year, 2, -1) + HOUR && utc < sunday(year, 9, -1) + HOUR;
  return false;
}

/** The zone's offset from UTC in minutes at an instant. */
export function offsetMinutes(zone: Zone, utc: number): number {
  const { std, dst } = ZONES[zone];
  return std + (inDst(dst, std, utc) ? 60 : 0);
}

/** The UTC instant of a local wall-clock time: `day` is the local date as UTC midnight, `minutes` past local midnight. */
export function localToUtc(zone: Zone, day: number, minutes: number): number {
  const guess = day + minutes * MINUTE - ZONES[zone].std * MINUTE;
  return day + minutes * MINUTE - offsetMinutes(zone, guess) * MINUTE;
}

/** `YYYY-MM-DD` of a UTC-midnight day. */
export function isoDay(day: number): string {
  return new Date(day).toISOString().slice(0, 10);
}

/** UTC midnight of a `YYYY-MM-DD` date. */
export function parseDay(text: string): number {
  return Date.parse(`${text}T00:00:00Z`);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return new Date(day).getUTCDay();
}
