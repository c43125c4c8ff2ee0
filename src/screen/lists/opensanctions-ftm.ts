import type { ListParseResult, WatchEntry, WatchIdentifier, WatchKind, WatchName } from '../watch-entry.js';
import { githubHandle } from '../identifier-keys.js';
import { addUnique, isoDay, latestDay, parseBirthDate } from './list-values.js';

/**
 * OpenSanctions / FollowTheMoney entities as JSON lines (`entities.ftm.json`): one entity per line,
 * `{id, schema, properties: {name: [...], alias: [...], birthDate: [...], country: [...], …},
 * datasets, first_seen, last_seen, last_change}`. Every property is a list of strings; countries are
 * lower-case ISO codes. `CryptoWallet` entities name their `holder`: their `publicKey` is attached to
 * that entity (or kept as a wallet of its own when the holder is not in the file).
 */

type Props = Record<string, unknown>;

const KINDS: Record<string, WatchKind> = {
  Person: 'person',
  Organization: 'organization',
  Company: 'organization',
  PublicBody: 'organization',
  LegalEntity: 'unknown',
  Vessel: 'vessel',
  Airplane: 'aircraft',
};

const strings = (props: Props, key: string): string[] => {
  const value = props[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : [];
};

function identifiersOf(props: Props): WatchIdentifier[] {
  const out: WatchIdentifier[] = [];
  for (const email of strings(props, 'email')) out.push({ type: 'email', value: email });
  for (const phone of strings(props, 'phone')) out.push({ type: 'phone', value: phone });
  for (const site of strings(props, 'website')) {
    const handle = /github\.com/i.test(site) ? githubHandle(site) : undefined;
    out.push(handle ? { type: 'github', value: handle } : { type: 'url', value: site });
  }
  return out;
}

function entryOf(entity: { id: string; schema: string; properties: Props; datasets?: unknown }): WatchEntry {
  const props = entity.properties;
  const names: WatchName[] = [];
  const add = (values: string[], type: WatchName['type']) => {
    for (const value of values) if (!names.some((n) => n.value === value)) names.push({ value, type });
  };
  add(strings(props, 'name'), 'primary');
  const parts = [strings(props, 'firstName')[0], strings(props, 'middleName')[0], strings(props, 'lastName')[0]].filter(Boolean);
  if (names.length === 0 && parts.length > 0) add([parts.join(' ')], 'primary');
  add([...strings(props, 'alias'), ...strings(props, 'previousName')], 'alias');
  add(strings(props, 'weakAlias'), 'weak');
  const countries: string[] = [];
  for (const key of ['nationality', 'citizenship', 'country', 'birthCountry', 'jurisdiction']) addUnique(countries, ...strings(props, key).map((c) => (/^[a-z]{2}$/i.test(c) ? c.toUpperCase() : undefined)));
  const birth: string[] = [];
  for (const date of strings(props, 'birthDate')) addUnique(birth, ...parseBirthDate(date));
  const topics = strings(props, 'topics');
  return {
    id: `os:${entity.id}`,
    kind: KINDS[entity.schema] ?? 'unknown',
    names,
    programs: [...strings(props, 'programId'), ...strings(props, 'program')],
    birth_dates: birth,
    countries,
    identifiers: identifiersOf(props),
    ...(topics.length > 0 ? { label: `topics: ${topics.join(', ')}` } : {}),
    source: `FtM ${entity.schema} ${entity.id}`,
  };
}

/** Reads FollowTheMoney entity JSON lines. */
export function parseFtmLines(text: string, fileName: string): ListParseResult {
  const entries = new Map<string, WatchEntry>();
  const wallets: { line: number; holder: string[]; keys: string[]; currency?: string }[] = [];
  const problems: string[] = [];
  const seen: (string | undefined)[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let entity: { id?: unknown; schema?: unknown; properties?: unknown; last_seen?: unknown };
    try {
      entity = JSON.parse(line) as typeof entity;
    } catch (error) {
      problems.push(`${fileName} line ${i + 1}: not JSON (${(error as Error).message})`);
      continue;
    }
    if (typeof entity.id !== 'string' || typeof entity.schema !== 'string' || entity.properties === null || typeof entity.properties !== 'object') {
      problems.push(`${fileName} line ${i + 1}: expected an entity with id, schema and properties`);
      continue;
    }
    seen.push(isoDay(typeof entity.last_seen === 'string' ? entity.last_seen : undefined));
    const props = entity.properties as Props;
    if (entity.schema === 'CryptoWallet') {
      wallets.push({ line: i + 1, holder: strings(props, 'holder'), keys: strings(props, 'publicKey'), currency: strings(props, 'currency')[0] });
      continue;
    }
    const entry = entryOf({ id: entity.id, schema: entity.schema, properties: props });
    if (entry.names.length === 0 && entry.identifiers.length === 0) continue; // addresses, sanctions, relations: not screenable
    entries.set(entity.id, entry);
  }
  for (const wallet of wallets) {
    const holder = wallet.holder.map((h) => entries.get(h)).find(Boolean);
    const ids: WatchIdentifier[] = wallet.keys.map((value) => ({ type: 'wallet', value, ...(wallet.currency ? { chain: wallet.currency.toUpperCase() } : {}) }));
    if (holder) holder.identifiers.push(...ids);
    else if (ids.length > 0) entries.set(`wallet:${wallet.line}`, { id: `os:wallet-line-${wallet.line}`, kind: 'indicator', names: [], programs: [], birth_dates: [], countries: [], identifiers: ids, source: `FtM CryptoWallet line ${wallet.line}` });
  }
  if (entries.size === 0) return { ok: false, error: `${fileName}: no FollowTheMoney entity with a name or identifier${problems[0] ? ` (${problems[0]})` : ''}` };
  const date = latestDay(seen);
  return { ok: true, list: { format: 'opensanctions-ftm', title: 'opensanctions', ...(date ? { published: { date, detail: 'latest last_seen in the file' } } : {}), entries: [...entries.values()], problems } };
}
