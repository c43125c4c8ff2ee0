// npm run bench -- screen [--names N]   (default 100,000)
// Name screening on one core against the full OFAC SDN list (../shared/data/ofac-sdn, legacy CSV set):
// parse + index time, screenings/s over N generated applicant names (labelled variants of listed
// people mixed with hard negatives), mean listed names aligned per screening after blocking, and
// recall per variant kind and alert precision at the default threshold.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readWatchLists } from '../src/screen/lists/read-lists.js';
import { prepareName } from '../src/screen/names/normalize-name.js';
import { NAME_THRESHOLD, WatchIndex } from '../src/screen/watch-index.js';
import type { WatchEntry } from '../src/screen/watch-entry.js';
import { NO_IMPORTS } from '../src/enrich/define-enricher.js';
import { prepareRecordEnrichers } from '../src/screen/checks/record-checks.js';
import { buildDbIndex } from '../src/screen/db-index.js';
import { jsonApplicants } from '../src/screen/read-applicants.js';
import { screenApplicant } from '../src/screen/screen-applicant.js';
import { FIRST, KOREAN_GIVEN, KOREAN_LAST, LAST, pick, rng, romanize, typo, words } from './screen-names.js';

const dir = join(import.meta.dirname, '..', '..', 'shared', 'data', 'ofac-sdn');
if (!existsSync(join(dir, 'sdn.csv'))) {
  console.log(`screen: skipped — needs the OFAC SDN CSV set in ${dir}`);
} else {
  const flag = process.argv.indexOf('--names');
  const total = flag > 0 ? Number(process.argv[flag + 1]) : 100_000;
  const random = rng();

  let t = performance.now();
  let c = process.cpuUsage();
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const d = process.cpuUsage(since);
    return (d.user + d.system) / 1000;
  };
  const files = ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv'].map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8'), mtime: '2021-07-07' }));
  const read = readWatchLists(files);
  if (!read.ok) throw new Error(read.errors.join('\n'));
  const entries = read.lists[0]!.entries;
  const parseMs = performance.now() - t;
  const parseCpu = cpuMs(c);
  t = performance.now();
  c = process.cpuUsage();
  const index = new WatchIndex([{ name: 'ofac-sdn', date: '2021-07-07', date_basis: 'mtime', entries }]);
  const indexMs = performance.now() - t;
  const indexCpu = cpuMs(c);

  // Positives: listed people, as an applicant would write them (given names first), then varied.
  type Labelled = { name: string; target?: string; kind: string };
  const people = entries.filter((e) => e.kind === 'person' && prepareName(e.names[0]!.value).tokens.length >= 2);
  const given = (e: WatchEntry): string[] => {
    const [last, rest] = e.names[0]!.value.split(/,\s*/, 2);
    return rest ? [...words(rest), ...words(last!)] : words(last!);
  };
  const variants: Record<string, (e: WatchEntry) => string[] | undefined> = {
    'as listed (given names first)': (e) => given(e),
    'token order shuffled': (e) => [...given(e)].sort(() => random() - 0.5),
    'Korean romanization': (e) => romanize(given(e), random),
    'hyphenated / joined given names': (e) => {
      // Two given names (after OFAC's comma) written as one: Jong Un → Jong-un or Jongun.
      const [last, rest] = e.names[0]!.value.split(/,\s*/, 2);
      const first = words(rest ?? '');
      if (first.length < 2) return undefined;
      return [`${first[0]}${random() < 0.5 ? '-' : ''}${first[1]!.toLowerCase()}`, ...first.slice(2), ...words(last!)];
    },
    'one typo (token ≥ 5 letters)': (e) => typo(given(e), random),
    'missing middle name': (e) => {
      const w = given(e);
      return w.length >= 3 ? [w[0]!, ...w.slice(2)] : undefined;
    },
    'listed alias': (e) => {
      const alias = e.names.find((n, i) => i > 0 && n.type !== 'weak' && prepareName(n.value).tokens.length >= 2);
      return alias ? words(alias.value) : undefined;
    },
  };
  const positives: Labelled[] = [];
  for (const [kind, make] of Object.entries(variants)) {
    const pool = kind === 'Korean romanization' ? people.filter((e) => romanize(given(e), () => 0)) : people;
    for (let i = 0, made = 0; i < pool.length * 3 && made < 1500; i++) {
      const e = pick(random, pool);
      const w = make(e);
      if (!w) continue;
      positives.push({ name: w.join(' '), target: e.id, kind });
      made++;
    }
  }

  // Hard negatives: common US and Korean-American names; a generated name that is itself listed is dropped.
  const negatives: Labelled[] = [];
  let onList = 0;
  while (negatives.length + positives.length < total) {
    const r = random();
    const name =
      r < 0.45 ? `${pick(random, FIRST)} ${pick(random, LAST)}`
      : r < 0.65 ? `${pick(random, FIRST)} ${pick(random, FIRST)} ${pick(random, LAST)}`
      : r < 0.8 ? `${pick(random, FIRST)} ${pick(random, KOREAN_LAST)}`
      : r < 0.92 ? `${pick(random, KOREAN_GIVEN)} ${pick(random, KOREAN_LAST)}`
      : `${pick(random, KOREAN_LAST)} ${pick(random, KOREAN_GIVEN)}`;
    const exact = index.matchName(name).some((h) => h.explanation.unmatched_query.length + h.explanation.unmatched_listed.length === 0 && h.score >= 0.95);
    if (exact) onList++;
    else negatives.push({ name, kind: 'negative' });
  }
  const stream = [...positives, ...negatives].sort(() => random() - 0.5);

  // Timed run: prepare + block + align + score every name, as `molehunt screen` does per applicant.
  for (let i = 0; i < 2000; i++) index.matchName(stream[i]!.name); // warm-up
  const alignedBefore = index.aligned;
  const latencies = new Float64Array(stream.length);
  const hits: string[][] = new Array(stream.length);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < stream.length; i++) {
    const s = performance.now();
    hits[i] = index.matchName(stream[i]!.name).map((h) => h.entry_id);
    latencies[i] = performance.now() - s;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const aligned = (index.aligned - alignedBefore) / stream.length;
  latencies.sort();

  const byKind = new Map<string, { n: number; found: number }>();
  let tp = 0;
  let falseAlerts = 0;
  stream.forEach((item, i) => {
    if (item.target) {
      const k = byKind.get(item.kind) ?? { n: 0, found: 0 };
      k.n++;
      if (hits[i]!.includes(item.target)) {
        k.found++;
        tp++;
      }
      byKind.set(item.kind, k);
    } else if (hits[i]!.length > 0) falseAlerts++;
  });
  // CPU time, not wall time: on a shared machine wall time also counts time the process waited for a core.
  const rate = stream.length / cpuSeconds;
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; one core`);
  console.log(`list: OFAC SDN CSV set, ${entries.length.toLocaleString('en-US')} entries, ${index.stats.names.toLocaleString('en-US')} names indexed; parse ${parseCpu.toFixed(0)} ms CPU (${parseMs.toFixed(0)} ms wall), index ${indexCpu.toFixed(0)} ms CPU (${indexMs.toFixed(0)} ms wall)`);
  console.log(`names: ${stream.length.toLocaleString('en-US')} (${positives.length.toLocaleString('en-US')} labelled variants of listed people, ${negatives.length.toLocaleString('en-US')} hard negatives; ${onList} generated negatives were themselves listed and dropped)`);
  console.log(`throughput: ${Math.round(rate).toLocaleString('en-US')} screenings per CPU-second (wall: ${Math.round(stream.length / seconds).toLocaleString('en-US')}/s) (target ≥ 1,000; Watchman anchor 0.85 ms/op = 1,176/s → ratio ${(rate / (1000 / 0.85)).toFixed(1)}×); p50 ${(latencies[Math.floor(latencies.length / 2)]! * 1000).toFixed(0)} µs, p99 ${(latencies[Math.floor(latencies.length * 0.99)]! * 1000).toFixed(0)} µs; ${aligned.toFixed(1)} listed names aligned per screening after blocking`);
  console.log(`threshold ${NAME_THRESHOLD}:`);
  for (const [kind, k] of byKind) console.log(`  recall ${kind.padEnd(34)} ${((100 * k.found) / k.n).toFixed(1).padStart(5)} %  (${k.found}/${k.n})`);
  console.log(`  recall overall${' '.repeat(28)}${((100 * tp) / positives.length).toFixed(1).padStart(5)} %`);
  console.log(`  precision (alerts that are a listed person) ${((100 * tp) / (tp + falseAlerts)).toFixed(1)} %; false alerts on negatives ${falseAlerts} of ${negatives.length} (${((100 * falseAlerts) / negatives.length).toFixed(2)} %)`);

  // Fictional numbers (555-0100…0199) in real US area codes: valid to libphonenumber, unique per applicant.
  const AREA_CODES = [201, 202, 203, 205, 206, 207, 208, 209, 210, 212, 213, 214, 215, 216, 217, 218, 219, 224, 225, 228, 229, 231, 234, 239, 240, 248, 251, 252, 253, 254, 256, 260, 262, 267, 269, 270, 276, 281, 301, 302, 303, 304, 305, 307, 308, 309, 310, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 323, 325, 330, 334, 336, 337, 339, 347, 351, 352, 360, 361, 385, 386, 401, 402, 404, 405, 406, 407, 408, 409, 410, 412, 413, 414, 415, 417, 419, 423, 424, 425, 432, 434, 435, 440, 443, 469, 478, 479, 480, 484, 501];
  // Every check, not only the name: 10,000 applicants with e-mail, phone and home country (the ATS source
  // builds the records beforehand; no database, the run's own applicants are the known people).
  const full = stream.slice(0, 10_000).map((item, i) =>
    jsonApplicants({ applicant_id: `B-${i}`, full_name: item.name, email: `applicant${i}@example.com`, phone: `+1 ${AREA_CODES[i % AREA_CODES.length]} 555 01${String(Math.floor(i / AREA_CODES.length) % 100).padStart(2, '0')}`, location_country: 'US' }, 'bench.json', 'bench-key').records[0]!,
  );
  const ctx = { lists: index, db: buildDbIndex(full), enrich: prepareRecordEnrichers({ corporateCidrs: [], corporateNetworks: [], imports: NO_IMPORTS }), today: new Date() };
  for (let i = 0; i < 500; i++) screenApplicant(full[i]!, ctx); // warm-up
  const fullStart = process.cpuUsage();
  let reviewed = 0;
  for (const record of full) if (screenApplicant(record, ctx).verdict !== 'clear') reviewed++;
  const fullRate = full.length / (cpuMs(fullStart) / 1000);
  console.log(`full screening (all checks, no database): ${Math.round(fullRate).toLocaleString('en-US')} applicants per CPU-second over ${full.length.toLocaleString('en-US')} (${reviewed} not clear)`);
}
