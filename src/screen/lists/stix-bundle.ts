import type { IdentifierType, ListParseResult, WatchEntry, WatchIdentifier } from '../watch-entry.js';
import { identifierKey } from '../identifier-keys.js';
import { isoDay, latestDay } from './list-values.js';

/**
 * STIX 2.1 bundles (`{"type": "bundle", "objects": [...]}`): each `indicator` with `pattern_type`
 * `stix` becomes an entry holding the values its pattern compares with `=`: `email-addr:value`,
 * `email-message:from_ref.value`, `domain-name:value`, `ipv4-addr:value`, `ipv6-addr:value`, `url:value`,
 * and wallets (`cryptocurrency-wallet:address` or `:value`, and the `x-` forms tools emit). Other
 * comparisons (file hashes, LIKE, MATCHES, CIDR ranges) are reported as skipped, not guessed at.
 */

const OBJECT_TYPES: Record<string, IdentifierType> = {
  'email-addr': 'email',
  'email-message': 'email',
  'domain-name': 'domain',
  'ipv4-addr': 'ipv4',
  'ipv6-addr': 'ipv6',
  url: 'url',
  'cryptocurrency-wallet': 'wallet',
  'x-cryptocurrency-wallet': 'wallet',
  'x-crypto-wallet': 'wallet',
  'x-crypto': 'wallet',
  'phone-number': 'phone',
  'x-phone-number': 'phone',
};

const COMPARISON = /([a-z0-9-]+):([a-z0-9_.]+)\s*(=|!=|LIKE|MATCHES|IN|>|<|>=|<=)\s*'((?:[^'\\]|\\.)*)'/gi;

interface StixObject {
  type?: unknown;
  id?: unknown;
  name?: unknown;
  pattern?: unknown;
  pattern_type?: unknown;
  modified?: unknown;
  created?: unknown;
  valid_from?: unknown;
}

/** The values an indicator's pattern names, and what in it was skipped. */
export function patternValues(pattern: string): { identifiers: WatchIdentifier[]; skipped: string[] } {
  const identifiers: WatchIdentifier[] = [];
  const skipped: string[] = [];
  for (const m of pattern.matchAll(COMPARISON)) {
    const [whole, object, path, op, quoted] = m as unknown as [string, string, string, string, string];
    const value = quoted.replace(/\\(.)/g, '$1');
    const type = OBJECT_TYPES[object.toLowerCase()];
    const pathOk = /^(value|address|from_ref\.value)$/i.test(path);
    if (!type || !pathOk || op !== '=') skipped.push(whole.slice(0, 80));
    else if (identifierKey(type, value) === undefined) skipped.push(`${whole.slice(0, 80)} (not a valid ${type})`);
    else identifiers.push({ type, value });
  }
  return { identifiers, skipped };
}

/** True when a parsed JSON value is a STIX bundle. */
export function isStixBundle(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as { type?: unknown }).type === 'bundle' && Array.isArray((value as { objects?: unknown }).objects);
}

/** Reads a STIX 2.1 bundle. */
export function parseStixBundle(value: unknown, fileName: string): ListParseResult {
  if (!isStixBundle(value)) return { ok: false, error: `${fileName}: not a STIX bundle (expected {"type": "bundle", "objects": [...]})` };
  const objects = (value as { objects: StixObject[]; id?: unknown }).objects;
  const entries: WatchEntry[] = [];
  const problems: string[] = [];
  const dates: (string | undefined)[] = [];
  for (const [i, object] of objects.entries()) {
    if (object?.type !== 'indicator') continue;
    const id = typeof object.id === 'string' ? object.id : `objects[${i}]`;
    if (object.pattern_type !== undefined && object.pattern_type !== 'stix') {
      problems.push(`${fileName} ${id}: pattern_type ${String(object.pattern_type).slice(0, 20)} is not read (only stix patterns)`);
      continue;
    }
    if (typeof object.pattern !== 'string') {
      problems.push(`${fileName} ${id}: indicator has no pattern`);
      continue;
    }
    const { identifiers, skipped } = patternValues(object.pattern);
    for (const s of skipped) problems.push(`${fileName} ${id}: skipped comparison ${s}`);
    if (identifiers.length === 0 && skipped.length === 0) problems.push(`${fileName} ${id}: the pattern compares nothing screening reads (${object.pattern.slice(0, 80)})`);
    if (identifiers.length === 0) continue;
    const date = isoDay(typeof object.modified === 'string' ? object.modified : typeof object.created === 'string' ? object.created : undefined);
    dates.push(date);
    const label = typeof object.name === 'string' ? object.name : undefined;
    entries.push({ id: `stix:${id}`, kind: 'indicator', names: [], programs: [], birth_dates: [], countries: [], identifiers, ...(label ? { label } : {}), source: `${fileName} ${id}`, ...(date ? { date } : {}) });
  }
  if (entries.length === 0) return { ok: false, error: `${fileName}: no indicator with an e-mail, domain, IP, URL, phone or wallet pattern${problems[0] ? ` (${problems[0]})` : ''}` };
  const date = latestDay(dates);
  const title = fileName.replace(/^.*[\\/]/, '').replace(/\.json$/i, '');
  return { ok: true, list: { format: 'stix-2.1', title, ...(date ? { published: { date, detail: 'latest indicator modified date in the bundle' } } : {}), entries, problems } };
}
