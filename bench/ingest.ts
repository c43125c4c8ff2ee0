// npm run bench -- ingest [--events N]   (default 1,000,000)
// Generates an Okta System Log, then times, each in its own process so peak RSS is its own:
// (a) readline + JSON.parse — the parsing limit; (b) DuckDB read_json + E-03/E-04 in SQL;
// (c) molehunt ingest + analyze. Prints events/s, peak RSS and the ratios c/a and c/b.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOktaLog } from './okta-generator.js';

interface Arm { arm: string; events: number; seconds: number; rssMiB: number; [k: string]: unknown }

const flag = process.argv.indexOf('--events');
const total = flag > 0 ? Number(process.argv[flag + 1]) : 1_000_000;
const dir = mkdtempSync(join(tmpdir(), 'molehunt-bench-'));
const file = join(dir, 'okta.ndjson');
await writeOktaLog(file, total);
const size = statSync(file).size;

const arm = (name: string): Arm => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'arms', `${name}.ts`), file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Arm;
};

const a = arm('parse-limit');
const b = arm('duckdb');
const c = arm('molehunt');
rmSync(dir, { recursive: true, force: true });
for (const x of [a, b, c]) if (x.events !== total) throw new Error(`arm ${x.arm} saw ${x.events} of ${total} events: ${JSON.stringify(x)}`);

const rate = (x: Arm) => total / x.seconds;
const line = (label: string, x: Arm) =>
  `${label.padEnd(44)} ${x.seconds.toFixed(2).padStart(7)} s ${Math.round(rate(x)).toLocaleString('en-US').padStart(10)} ev/s  peak RSS ${x.rssMiB.toFixed(0).padStart(5)} MiB`;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
console.log(`data: ${total.toLocaleString('en-US')} Okta System Log events, ${(size / 2 ** 20).toFixed(0)} MiB NDJSON (${Math.round(size / total)} B/event)`);
console.log(line('(a) readline + JSON.parse', a));
console.log(line('(b) DuckDB read_json + E-03/E-04 SQL', b) + `  [E-03 accounts ${String(b.e03_accounts)}, E-04 groups ${String(b.e04_groups)}]`);
console.log(line('(c) molehunt ingest + analyze', c) + `  [ingest ${Number(c.ingestSeconds).toFixed(1)} s, analyze ${Number(c.analyzeSeconds).toFixed(1)} s, ${String(c.findings)} findings]`);
console.log(`c/a = ${(rate(c) / rate(a)).toFixed(2)} (target ≥ 0.5)   c/b = ${(rate(c) / rate(b)).toFixed(2)} (target ≥ 1.0)   c peak RSS ${c.rssMiB.toFixed(0)} MiB (target ≤ 1024)`);
