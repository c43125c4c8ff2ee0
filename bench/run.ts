// npm run bench [-- --events N]
// Generates a synthetic Okta System Log (N events over 500 accounts) and an HR CSV in a temp folder,
// then times `ingest` and `analyze` through the real CLI entry (run) on a fresh SQLite database.
import { mkdtempSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/cli/program.js';
import type { CliIO } from '../src/cli/io.js';

const arg = process.argv.indexOf('--events');
const total = arg > 0 ? Number(process.argv[arg + 1]) : 200_000;
const accounts = 500;
const dir = mkdtempSync(join(tmpdir(), 'molehunt-bench-'));

async function writeOkta(path: string): Promise<void> {
  const out = createWriteStream(path);
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < total; i++) {
    const user = i % accounts;
    const line = JSON.stringify({
      uuid: `bench-${i}`,
      published: new Date(start + i * 6_000).toISOString(),
      eventType: i % 3 === 0 ? 'user.session.start' : 'user.authentication.sso',
      displayMessage: 'User login to Okta',
      severity: 'INFO',
      actor: { id: `00ubench${user}`, type: 'User', alternateId: `user${user}@example.com`, displayName: `User ${user}` },
      client: {
        ipAddress: `198.51.100.${user % 250}`,
        zone: 'null',
        userAgent: { rawUserAgent: 'Mozilla/5.0 (bench)', os: 'Mac OS X', browser: 'CHROME' },
        geographicalContext: { city: 'Austin', state: 'Texas', country: 'United States', postalCode: '78701', geolocation: { lat: 30.27, lon: -97.74 } },
      },
      outcome: { result: 'SUCCESS', reason: null },
      securityContext: { asNumber: 64496, asOrg: 'Example Cable', isp: 'Example Cable', domain: 'example.net', isProxy: false },
      authenticationContext: { externalSessionId: `s${user}` },
      debugContext: { debugData: { requestUri: '/idp/idx/authenticate' } },
      request: { ipChain: [] },
    });
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function silentIO(): CliIO {
  if (process.env.BENCH_VERBOSE) return { stdout: process.stdout, stderr: process.stderr, env: {}, cwd: dir };
  return { stdout: { write: () => true }, stderr: { write: () => true, isTTY: false }, env: {}, cwd: dir };
}

async function timed(label: string, argv: string[], stdout: string[] = []): Promise<{ label: string; seconds: number }> {
  const io = silentIO();
  const t0 = process.hrtime.bigint();
  const code = await run(argv, { ...io, stdout: { write: (s: string) => stdout.push(s) } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (code !== 0) throw new Error(`${label} exited ${code}`);
  return { label, seconds };
}

const okta = join(dir, 'okta.ndjson');
await writeOkta(okta);
writeFileSync(
  join(dir, 'hr.csv'),
  ['employee_id,full_name,email,home_city,home_country', ...Array.from({ length: accounts }, (_, u) => `E${u},User ${u},user${u}@example.com,Austin,US`)].join('\n') + '\n',
);
const db = join(dir, 'bench.db');
const size = statSync(okta).size;
const ingestOut: string[] = [];
const analyzeOut: string[] = [];
const results = [
  await timed('ingest', ['--db', db, '-q', 'ingest', '--json', okta, join(dir, 'hr.csv')], ingestOut),
  await timed('analyze', ['--db', db, 'analyze', '--json'], analyzeOut),
];
// Numbers only count if the work was really done: every event stored, every account a subject.
const ingested = JSON.parse(ingestOut.join('')) as { new_events: number; quarantined: number }[];
const stored = ingested.reduce((n, f) => n + f.new_events, 0);
const quarantined = ingested.reduce((n, f) => n + f.quarantined, 0);
const analyzed = JSON.parse(analyzeOut.join('')) as { subjects: number };
if (stored !== total || quarantined !== 0 || analyzed.subjects !== accounts) {
  throw new Error(`bench data was not fully processed: ${stored}/${total} events stored, ${quarantined} quarantined, ${analyzed.subjects} subjects`);
}
const rss = process.resourceUsage().maxRSS / 1024;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
console.log(`data: ${total} Okta events (${(size / 2 ** 20).toFixed(1)} MiB NDJSON), ${accounts} accounts, SQLite`);
for (const r of results) console.log(`${r.label.padEnd(8)} ${r.seconds.toFixed(2)} s  ${Math.round(total / r.seconds).toLocaleString('en-US')} events/s`);
console.log(`peak RSS ${rss.toFixed(0)} MiB`);
rmSync(dir, { recursive: true, force: true });
