import { createHash } from 'node:crypto';

/** A result row with every value as text (osquery writes strings unless --log_numerics_as_numbers). */
export type Cells = Readonly<Record<string, string>>;

/** A cell's text; an empty string is no value. */
export const text = (c: Cells, key: string): string | undefined => (c[key] !== undefined && c[key] !== '' ? c[key] : undefined);

/** A cell as a safe integer, when it is one. */
export function int(c: Cells, key: string): number | undefined {
  const value = c[key];
  if (value === undefined || !/^-?\d+$/.test(value)) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** A 1/0 cell as a boolean; osquery's -1 ("unknown", e.g. usb_devices.removable) is no value. */
export const flag = (c: Cells, key: string): boolean | undefined => (c[key] === '1' ? true : c[key] === '0' ? false : undefined);

/** Drops undefined properties; undefined when nothing is left. */
export function compact<T extends object>(value: T): T | undefined {
  const out = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** USB ids as 4-digit lower-case hex (`1d6b`), the form osquery writes on Linux and macOS. */
export function usbId(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const hex = value.toLowerCase().replace(/^0x/, '');
  return /^[0-9a-f]{1,4}$/.test(hex) ? hex.padStart(4, '0') : hex;
}

/**
 * The EDID manufacturer (PNP id, e.g. `LNX` for PiKVM, `APP` for Apple). macOS reports it as the
 * 16-bit EDID number (three 5-bit letters), so it is decoded when it is one.
 */
export function edidVendor(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^\d+$/.test(value)) return value;
  const n = Number(value);
  const letters = [(n >> 10) & 31, (n >> 5) & 31, n & 31];
  return n < 0x8000 && letters.every((l) => l >= 1 && l <= 26) ? String.fromCharCode(...letters.map((l) => 64 + l)) : value;
}

/**
 * The OpenSSH fingerprint of a public key, as `ssh-keygen -lf` prints it: `SHA256:` and the
 * unpadded base64 of the SHA-256 of the decoded key blob. Accepts the bare base64 or a whole line.
 */
export function sshFingerprint(key: string | undefined): string | undefined {
  const blob = key?.split(/\s+/).find((token) => /^AAAA[A-Za-z0-9+/]+={0,2}$/.test(token));
  if (!blob) return undefined;
  const bytes = Buffer.from(blob, 'base64');
  // A key blob starts with the length-prefixed algorithm name; anything else is not a key.
  if (bytes.length < 8 || bytes.readUInt32BE(0) + 4 > bytes.length) return undefined;
  return `SHA256:${createHash('sha256').update(bytes).digest('base64').replace(/=+$/, '')}`;
}

/** The CN of a distinguished name written `/C=US/CN=x` (macOS, Linux) or `CN=x, O=y` (Windows). */
export function commonName(dn: string | undefined): string | undefined {
  return dn?.match(/(?:^|[/,])\s*CN\s*=\s*([^/,]+)/i)?.[1]?.trim();
}

/** A cell of unix seconds (osquery DATETIME) as ISO 8601; other text as written. */
export function epochSeconds(c: Cells, key: string): string | undefined {
  const seconds = int(c, key);
  return seconds !== undefined && seconds > 0 ? new Date(seconds * 1000).toISOString() : text(c, key);
}

/** Whether a value is written as an IPv4 or IPv6 address (not a host name). */
export const isIp = (value: string | undefined): value is string =>
  !!value && (/^\d{1,3}(\.\d{1,3}){3}$/.test(value) || (/^[0-9a-f:.]+$/i.test(value) && value.includes(':')));

/** Serials that firmware writes when nobody set one: equal on every such machine, so no identity. */
export function realSerial(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v || /^0+$/.test(v)) return undefined;
  return /^(none|n\/a|na|unknown|invalid|default string|to be filled by o\.e\.m\.|system serial number|not specified|not applicable|chassis serial number|0123456789)$/i.test(v)
    ? undefined
    : v;
}
