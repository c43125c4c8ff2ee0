import { isIP } from 'node:net';

/** A parsed list: its entries and one `line N: problem` per line that could not be read. */
export interface ParsedList<T> {
  entries: T[];
  problems: string[];
}

const CIDR = (value: string): boolean => {
  const [address, bits, ...rest] = value.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
};

/** Lines of a list file, without blanks and `#` comments, with their 1-based numbers. */
function lines(text: string): { n: number; text: string }[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line, i) => ({ n: i + 1, text: line.replace(/#.*$/, '').trim() }))
    .filter((line) => line.text !== '');
}

/**
 * A list of addresses or CIDRs (VPN, datacenter, proxy lists): one per line, optionally followed by a
 * comma or whitespace and a provider name; `#` starts a comment.
 */
export function parseCidrList(text: string): ParsedList<{ cidr: string; provider?: string }> {
  const out: ParsedList<{ cidr: string; provider?: string }> = { entries: [], problems: [] };
  for (const line of lines(text)) {
    const [cidr = '', ...rest] = line.text.split(/[,\s]+/);
    if (!CIDR(cidr)) out.problems.push(`line ${line.n}: not an IP address or CIDR: ${cidr.slice(0, 60)}`);
    else out.entries.push({ cidr, ...(rest.length > 0 ? { provider: rest.join(' ') } : {}) });
  }
  return out;
}

/**
 * A Tor exit list: either one address per line (the bulk exit list), or the Tor Project's
 * `exit-addresses` format, where `ExitAddress <ip> <date> <time>` lines carry the addresses.
 */
export function parseTorExitList(text: string): ParsedList<{ cidr: string }> {
  const all = lines(text);
  if (all.some((l) => l.text.startsWith('ExitNode ') || l.text.startsWith('ExitAddress '))) {
    const out: ParsedList<{ cidr: string }> = { entries: [], problems: [] };
    for (const line of all.filter((l) => l.text.startsWith('ExitAddress '))) {
      const ip = line.text.split(/\s+/)[1] ?? '';
      if (isIP(ip) === 0) out.problems.push(`line ${line.n}: not an IP address: ${ip.slice(0, 60)}`);
      else out.entries.push({ cidr: ip });
    }
    return out;
  }
  const parsed = parseCidrList(text);
  return { entries: parsed.entries.map(({ cidr }) => ({ cidr })), problems: parsed.problems };
}

/** E-mail addresses or domains from an IOC list: one per line, optionally `,label`. */
export function parseEmailIocs(text: string): ParsedList<{ value: string; label: string }> {
  const out: ParsedList<{ value: string; label: string }> = { entries: [], problems: [] };
  for (const line of lines(text)) {
    const [value = '', ...label] = line.text.split(',');
    const v = value.trim().toLowerCase();
    if (!/^([^@\s]+@)?[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v)) out.problems.push(`line ${line.n}: not an e-mail address or domain: ${v.slice(0, 60)}`);
    else out.entries.push({ value: v, label: label.join(',').trim() || 'imported IOC' });
  }
  return out;
}

/** Addresses of known reshippers / mail drops: one single-line postal address per line, optionally `|label`. */
export function parseAddressList(text: string): ParsedList<{ line: string; label: string }> {
  const out: ParsedList<{ line: string; label: string }> = { entries: [], problems: [] };
  for (const line of lines(text)) {
    const [address = '', ...label] = line.text.split('|');
    if (!/\d/.test(address) || address.length < 8) out.problems.push(`line ${line.n}: does not look like a street address: ${address.slice(0, 60)}`);
    else out.entries.push({ line: address.trim(), label: label.join('|').trim() || 'imported reshipper' });
  }
  return out;
}
