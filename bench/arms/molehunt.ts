// Arm (c): `molehunt ingest` + `molehunt analyze` of the same file on a fresh SQLite database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/program.js';

const dir = mkdtempSync(join(tmpdir(), 'molehunt-bench-db-'));
const capture = (out: string[]) => ({ write: (s: string) => out.push(s) });
const io = (out: string[]) => ({ stdout: capture(out), stderr: { write: () => true, isTTY: false }, env: {}, cwd: dir });
const db = join(dir, 'bench.db');
const ingestOut: string[] = [];
const analyzeOut: string[] = [];
const t0 = performance.now();
const ingestCode = await run(['--db', db, '-q', 'ingest', '--json', process.argv[2]!], io(ingestOut));
const t1 = performance.now();
const analyzeCode = await run(['--db', db, 'analyze', '--json'], io(analyzeOut));
const t2 = performance.now();
if (ingestCode !== 0 || analyzeCode !== 0) throw new Error(`molehunt exited ${ingestCode}/${analyzeCode}`);
const files = JSON.parse(ingestOut.join('')) as { new_events: number; quarantined: number }[];
const analyzed = JSON.parse(analyzeOut.join('')) as { subjects: number; findings: number };
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({
  arm: 'c',
  events: files.reduce((n, f) => n + f.new_events, 0),
  quarantined: files.reduce((n, f) => n + f.quarantined, 0),
  seconds: (t2 - t0) / 1000,
  ingestSeconds: (t1 - t0) / 1000,
  analyzeSeconds: (t2 - t1) / 1000,
  rssMiB: process.resourceUsage().maxRSS / 1024,
  subjects: analyzed.subjects,
  findings: analyzed.findings,
}));
