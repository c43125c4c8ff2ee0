// Compares molehunt's normalization with the ECS documents Elastic's own pipelines produce from the
// same vendor inputs (../shared/conformance, see its README). Pure apart from reading those files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sources } from '../src/catalog.generated.js';
import type { Event } from '../src/model/event.js';

/** One vendor corpus: where its inputs are, how to read them, which source normalizes them. */
interface Corpus {
  name: string;
  source: string;
  files: string[];
  /** Raw records of an input file. */
  records(text: string): unknown[];
}

const ndjson = (text: string): unknown[] => text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);

const CORPORA: Corpus[] = [
  {
    name: 'okta',
    source: 'okta.system-log',
    files: ['okta/test-okta-system-events.json'],
    // elastic-package "json" test format: each message is a string holding (the first of) Okta events.
    records: (text) => (JSON.parse(text) as { events: { message: string }[] }).events.map((e) => JSON.parse(e.message.split('\n')[0]!) as unknown),
  },
  {
    name: 'entra',
    source: 'entra.signin',
    files: ['entra/test-signinlogs-raw.log', 'entra/test-signinlogs.log', 'entra/test-non-interactive-user-signin.log', 'entra/test-service-principal.log', 'entra/test-time-formats-corner-cases.log'],
    records: ndjson,
  },
  { name: 'google-workspace', source: 'google-workspace.login', files: ['google-workspace/test-login.log'], records: ndjson },
];

/** Per field: agreements (equal, or both absent) and disagreements (different, or one side only). */
export interface FieldStats {
  equal: number;
  bothAbsent: number;
  different: number;
  onlyOurs: number;
  onlyTheirs: number;
}

/** The outcome for one corpus. */
export interface CorpusResult {
  name: string;
  documents: number;
  fields: Record<string, FieldStats>;
  /** Of the field values Elastic produced, the share molehunt produced identically. */
  rate: number;
  /** Field values only molehunt produced (additions, not disagreements). */
  additions: number;
}

type Doc = Record<string, unknown>;
const get = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Doc)[key] : undefined), doc);
const localPart = (value: unknown): unknown => (typeof value === 'string' ? value.split('@')[0] : value);

/** The compared fields: ours (from a normalized event) against Elastic's (from the expected document). */
const FIELDS: Record<string, { ours: (e: Event) => unknown; theirs: (d: Doc) => unknown }> = {
  '@timestamp': { ours: (e) => Date.parse(e['@timestamp']), theirs: (d) => (typeof d['@timestamp'] === 'string' ? Date.parse(d['@timestamp']) : undefined) },
  'event.action': { ours: (e) => e.event.action, theirs: (d) => get(d, 'event.action') },
  // Ours says `unknown` where the vendor gives no result; Elastic leaves the field out or guesses.
  'event.outcome': { ours: (e) => (e.event.outcome === 'unknown' ? undefined : e.event.outcome), theirs: (d) => get(d, 'event.outcome') },
  // Elastic keeps only the local part of a login in user.name (Okta: client.user.name).
  'user.name': { ours: (e) => localPart(e.user?.name ?? e.user?.email), theirs: (d) => get(d, 'user.name') ?? get(d, 'client.user.name') },
  'user.id': { ours: (e) => e.user?.id, theirs: (d) => get(d, 'user.id') ?? get(d, 'client.user.id') },
  'user.full_name': { ours: (e) => e.user?.full_name, theirs: (d) => get(d, 'user.full_name') ?? get(d, 'client.user.full_name') },
  'user.email': { ours: (e) => e.user?.email, theirs: (d) => (typeof get(d, 'user.email') === 'string' ? (get(d, 'user.email') as string).toLowerCase() : undefined) },
  'source.ip': { ours: (e) => e.source?.ip, theirs: (d) => get(d, 'source.ip') ?? get(d, 'client.ip') },
  'user_agent.original': { ours: (e) => e.user_agent?.original, theirs: (d) => get(d, 'user_agent.original') },
};

function compare(stats: FieldStats, ours: unknown, theirs: unknown): void {
  if (ours === undefined && theirs === undefined) stats.bothAbsent += 1;
  else if (ours === undefined) stats.onlyTheirs += 1;
  else if (theirs === undefined) stats.onlyOurs += 1;
  else if (ours === theirs) stats.equal += 1;
  else stats.different += 1;
}

/** Runs every corpus present under `conformanceDir`; corpora whose files are absent are left out. */
export function runConformance(conformanceDir: string): CorpusResult[] {
  const results: CorpusResult[] = [];
  for (const corpus of CORPORA) {
    const source = sources.find((s) => s.id === corpus.source);
    if (!source || !corpus.files.every((f) => existsSync(join(conformanceDir, f)))) continue;
    const fields = Object.fromEntries(Object.keys(FIELDS).map((f) => [f, { equal: 0, bothAbsent: 0, different: 0, onlyOurs: 0, onlyTheirs: 0 }]));
    let documents = 0;
    for (const file of corpus.files) {
      const records = corpus.records(readFileSync(join(conformanceDir, file), 'utf8'));
      const expected = (JSON.parse(readFileSync(join(conformanceDir, `${file}-expected.json`), 'utf8')) as { expected: Doc[] }).expected;
      // Elastic makes one document per input record; ours may split one record into several events
      // (a Google activity with several events): compare each expected doc with the event in the same place.
      const ours: (Event | undefined)[] = records.flatMap((record, index) => {
        const result = source.normalize(record, { rawRef: { file, index, sha256: '0'.repeat(64) }, fingerprintKey: 'conformance' });
        return result.ok ? result.value.events : [undefined];
      });
      expected.forEach((doc, i) => {
        documents += 1;
        const event = ours[i];
        for (const [name, field] of Object.entries(FIELDS)) compare(fields[name]!, event ? field.ours(event) : undefined, field.theirs(doc));
      });
    }
    const stats = Object.values(fields);
    const theirs = stats.reduce((n, s) => n + s.equal + s.different + s.onlyTheirs, 0);
    const equal = stats.reduce((n, s) => n + s.equal, 0);
    const additions = stats.reduce((n, s) => n + s.onlyOurs, 0);
    results.push({ name: corpus.name, documents, fields, rate: theirs === 0 ? 1 : equal / theirs, additions });
  }
  return results;
}

/** The default location of the corpus: ../shared/conformance beside the repository. */
export const DEFAULT_CONFORMANCE_DIR = join(import.meta.dirname, '..', '..', 'shared', 'conformance');
