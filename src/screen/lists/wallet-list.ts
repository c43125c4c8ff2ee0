import type { ListParseResult, WatchEntry } from '../watch-entry.js';
import { walletKey, walletShape } from '../identifier-keys.js';

/**
 * Sanctioned wallet lists, one file per chain as published by extractors of the SDN's digital currency
 * addresses (`sanctioned_addresses_ETH.txt`: one address per line; `…_ETH.json`: a JSON array of
 * strings). The chain comes from the file name, else from the address's shape. Several files
 * imported together form one list; an address listed twice (the .txt and .json of one chain) is one entry.
 */

/** One wallet file. */
export interface WalletFile {
  name: string;
  text: string;
}

const ADDRESS = /^[A-Za-z0-9]{20,120}$/;

/** The chain a file name names (`sanctioned_addresses_XBT.json` → XBT). */
export function chainFromFileName(name: string): string | undefined {
  return /(?:^|[_-])([A-Z0-9]{2,6})\.(?:json|txt|csv)$/.exec(name.replace(/^.*[\\/]/, ''))?.[1];
}

/**
 * True when the text is a wallet list: a JSON array of address strings, or lines at least half of
 * which are addresses (the odd bad line is reported when the file is read), some of a known chain's
 * shape — or any shape, when the file name names the chain (`…_XMR.txt`).
 */
export function looksLikeWalletList(text: string, name = ''): boolean {
  const t = text.trim();
  let values: string[];
  if (t.startsWith('[')) {
    try {
      const value = JSON.parse(t) as unknown;
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return false;
      values = value.map((v: string) => v.trim());
    } catch {
      return false;
    }
  } else {
    values = t.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  }
  const addresses = values.filter((l) => ADDRESS.test(l));
  const shaped = chainFromFileName(name) !== undefined || addresses.some((l) => walletShape(l) !== undefined);
  return addresses.length > 0 && addresses.length >= values.length * 0.5 && shaped;
}

/** Reads wallet list files into one list. */
export function parseWalletLists(files: readonly WalletFile[]): ListParseResult {
  const entries = new Map<string, WatchEntry>();
  const problems: string[] = [];
  for (const file of files) {
    const chain = chainFromFileName(file.name);
    let values: { value: string; line: number }[];
    if (file.text.trim().startsWith('[')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(file.text);
      } catch (error) {
        return { ok: false, error: `${file.name}: not a JSON array of addresses (${(error as Error).message})` };
      }
      if (!Array.isArray(parsed)) return { ok: false, error: `${file.name}: expected a JSON array of address strings` };
      values = parsed.map((v, i) => ({ value: typeof v === 'string' ? v.trim() : JSON.stringify(v), line: i + 1 }));
    } else {
      values = file.text.split(/\r?\n/).map((l, i) => ({ value: l.trim(), line: i + 1 })).filter((v) => v.value !== '' && !v.value.startsWith('#'));
    }
    for (const { value, line } of values) {
      if (!ADDRESS.test(value)) {
        problems.push(`${file.name} ${file.text.trim().startsWith('[') ? 'item' : 'line'} ${line}: not a wallet address: ${value.slice(0, 60)}`);
        continue;
      }
      const key = walletKey(value);
      const asset = chain ?? walletShape(value);
      if (!entries.has(key)) {
        entries.set(key, { id: `wallet:${key}`, kind: 'indicator', names: [], programs: [], birth_dates: [], countries: [], identifiers: [{ type: 'wallet', value, ...(asset ? { chain: asset } : {}) }], source: `${file.name}` });
      }
    }
  }
  if (entries.size === 0) return { ok: false, error: `${files.map((f) => f.name).join(', ')}: no wallet addresses read${problems[0] ? ` (${problems[0]})` : ''}` };
  return { ok: true, list: { format: 'wallet-list', title: 'sanctioned-wallets', entries: [...entries.values()], problems } };
}
