import { z } from 'zod';
import type { Event } from '../model/event.js';
import type { RuleContext } from './define-rule.js';
import { eventTime, startOf } from './subject-facts.js';

const HOUR = 3_600_000;

/** One computer of one subject, with its events in time order. */
export interface Host {
  /** `serial:<serial>` when any source names the hardware serial, else `host:<id or name>`. */
  key: string;
  subject: string;
  /** What to call it in a summary: host name, else serial. */
  name: string;
  serial?: string;
  events: Event[];
}

/** When a host was enrolled or first seen, and which fact says so. */
export interface Enrollment {
  at: number;
  basis: string;
  /**
   * True when the date is only the host's first event: its first inventory lists what was already
   * installed, so only changes seen after it (installs, process starts) say what arrived.
   */
  firstSeen?: boolean;
}

/** A change the host reported (an install, a process start, a device plugged in), not an inventory row. */
export function isChange(e: Event): boolean {
  return e.event.type.some((t) => t === 'installation' || t === 'start' || t === 'creation');
}

const isHostEvent = (e: Event): boolean => e.host !== undefined || (e.molehunt.identity_id?.startsWith('device.owner:') ?? false);

/**
 * The serial each host id or device record stands for. osquery writes the serial on every row only
 * when a decoration carries it; otherwise only system_info rows have it, so rows are tied to it
 * through the host id. Host names are not used: default names ("MacBook-Pro") repeat across machines.
 */
function serialAliases(ctx: RuleContext): { byHostId: Map<string, string>; byRecord: Map<string, string> } {
  const byRecord = new Map<string, string>();
  for (const subject of ctx.subjects) {
    for (const r of subject.identities) if (r.kind === 'device.owner' && r.identifiers.device_serials.length === 1) byRecord.set(r.id, r.identifiers.device_serials[0]!);
  }
  const byHostId = new Map<string, string>();
  for (const e of ctx.events) {
    const serial = e.device?.serial_number;
    const id = e.host?.id;
    if (serial && id && !byHostId.has(id)) byHostId.set(id, serial);
  }
  return { byHostId, byRecord };
}

const hostCache = new WeakMap<RuleContext, Host[]>();

/**
 * Groups every subject's host events by computer. Linear in events, and computed once per analysis:
 * every endpoint rule asks for the same grouping of the same context (callers must not modify it).
 */
export function hostsOf(ctx: RuleContext): readonly Host[] {
  const cached = hostCache.get(ctx);
  if (cached) return cached;
  const { byHostId, byRecord } = serialAliases(ctx);
  const out: Host[] = [];
  for (const [subject, events] of ctx.eventsBySubject) {
    // Two maps rather than one of prefixed keys: no string building per event.
    const bySerial = new Map<string, Host>();
    const byOther = new Map<string, Host>();
    for (const e of events) {
      if (!isHostEvent(e)) continue;
      const serial = e.device?.serial_number ?? (e.host?.id ? byHostId.get(e.host.id) : undefined) ?? byRecord.get(e.molehunt.identity_id ?? '');
      const other = e.host?.id ?? e.host?.name ?? e.molehunt.identity_id ?? '';
      const map = serial ? bySerial : byOther;
      let host = map.get(serial ?? other);
      if (!host) {
        const key = serial ? `serial:${serial}` : `host:${other}`;
        host = { key, subject, name: e.host?.hostname ?? e.host?.name ?? serial ?? key, ...(serial ? { serial } : {}), events: [] };
        map.set(serial ?? other, host);
        out.push(host);
      }
      if (host.name === host.key && (e.host?.hostname ?? e.host?.name)) host.name = (e.host?.hostname ?? e.host?.name)!;
      host.events.push(e);
    }
  }
  hostCache.set(ctx, out);
  return out;
}

/** MDM enrollment times by serial: device records' enrolled_at and device.enrolled events. */
function enrolledBySerial(ctx: RuleContext): Map<string, number> {
  const out = new Map<string, number>();
  const keep = (serial: string, at: number) => {
    if (!Number.isNaN(at) && at < (out.get(serial) ?? Infinity)) out.set(serial, at);
  };
  for (const subject of ctx.subjects) {
    for (const r of subject.identities) {
      if (r.kind === 'device.owner' && r.attributes.enrolled_at) for (const s of r.identifiers.device_serials) keep(s, Date.parse(r.attributes.enrolled_at));
    }
  }
  for (const e of ctx.events) if (e.event.action === 'device.enrolled' && e.device?.serial_number) keep(e.device.serial_number, eventTime(e));
  return out;
}

/**
 * Finds when each host arrived: its MDM enrollment; else its first event, but only when that event
 * came at least `graceHours` after the first event of the same dataset (a host already there when
 * logging began is not new); else the subject's start date.
 */
export function enrollmentFinder(ctx: RuleContext, graceHours: number): (host: Host) => Enrollment | undefined {
  const enrolled = enrolledBySerial(ctx);
  const datasetStart = new Map<string, number>();
  for (const e of ctx.events) if (!datasetStart.has(e.event.dataset)) datasetStart.set(e.event.dataset, eventTime(e));
  return (host) => {
    const mdm = host.serial ? enrolled.get(host.serial) : undefined;
    if (mdm !== undefined) return { at: mdm, basis: 'MDM enrollment' };
    const first = host.events.find((e) => e.event.action !== 'device.shipped');
    if (first && eventTime(first) >= (datasetStart.get(first.event.dataset) ?? Infinity) + graceHours * HOUR) {
      return { at: eventTime(first), basis: `first ${first.event.dataset} event of the host`, firstSeen: true };
    }
    const subject = ctx.subject(host.subject);
    const start = subject ? startOf(subject) : undefined;
    return start !== undefined ? { at: start, basis: 'start date' } : undefined;
  };
}

/** The UTC calendar day of an instant, `2026-09-03`. */
export function isoDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** "41 h after MDM enrollment" / "day 3 after the start date": how soon after `since` something came. */
export function sinceText(at: number, since: Enrollment): string {
  const hours = (at - since.at) / HOUR;
  if (hours < 0) return `before the ${since.basis}`;
  return hours < 72 ? `${Math.round(hours)} h after the ${since.basis}` : `day ${Math.floor(hours / 24)} after the ${since.basis}`;
}

const validRegex = (v: string): boolean => {
  try {
    new RegExp(v);
    return true;
  } catch {
    return false;
  }
};

/** An option listing regular expressions (used case-insensitively), empty by default; `example` goes in the error. */
export const patternList = (example: string, defaults: string[] = []) =>
  z.array(z.string().min(1).refine(validRegex, `expected a regular expression, e.g. ${example}`)).default(defaults);

/** An option listing host-name patterns (lab and server hosts). */
export const hostPatterns = patternList('^lab-');
