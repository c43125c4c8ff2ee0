// npm run bench -- resolve [--records N]   (default 1,000,000)
// Identity resolution + linking + network scoring over N synthetic identity records with planted
// facilitator networks (sizes 2–900) and realistic hub values (bench/identity-generator.ts): time of the
// full build, peak RSS, incremental insert latency per record at N, and pairwise precision/recall of
// the planted networks and of resolution.
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { IdentityRecord } from '../src/model/identity-record.js';
import { IdentityGraph } from '../src/resolve/identity-graph.js';
import { networkRecords } from '../src/resolve/network-records.js';
import { generateIdentities } from './identity-generator.js';

const flag = process.argv.indexOf('--records');
const target = flag > 0 ? Number(process.argv[flag + 1]) : 1_000_000;
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20).toLocaleString('en-US')} MiB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;
const pairs = (n: number) => (n * (n - 1)) / 2;

let t = performance.now();
const data = generateIdentities(target);
const genSeconds = (performance.now() - t) / 1000;
const rssAfterGen = process.memoryUsage().rss;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
console.log(
  `data: ${data.records.length.toLocaleString('en-US')} identity records + ${data.later.length.toLocaleString('en-US')} held back, ` +
    `${data.observations.length.toLocaleString('en-US')} sign-in/MFA observations, ${data.judgements.length} household judgements; ` +
    `${data.plantedSizes.length} planted networks (sizes ${Math.min(...data.plantedSizes)}–${Math.max(...data.plantedSizes)}); generated in ${genSeconds.toFixed(1)} s, RSS ${mib(rssAfterGen)}`,
);

// CPU time beside wall time: on a shared machine wall time measures the neighbours too.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};
const graph = new IdentityGraph();
t = performance.now();
let cpu = process.cpuUsage();
const delta = graph.add({ records: data.records, observations: data.observations, judgements: data.judgements });
const buildSeconds = (performance.now() - t) / 1000;
const buildCpu = cpuSeconds(cpu);
t = performance.now();
cpu = process.cpuUsage();
const snapshot = graph.snapshot();
const networks = networkRecords(snapshot, () => 0);
const scoreSeconds = (performance.now() - t) / 1000;
const scoreCpu = cpuSeconds(cpu);
console.log(
  `full build (resolve + link + networks): ${buildSeconds.toFixed(1)} s wall, ${buildCpu.toFixed(1)} s CPU; snapshot + network scoring ${scoreSeconds.toFixed(1)} s wall, ${scoreCpu.toFixed(1)} s CPU; ` +
    `total ${(buildSeconds + scoreSeconds).toFixed(1)} s wall, ${(buildCpu + scoreCpu).toFixed(1)} s CPU (CPU includes the garbage collector's threads)`,
);
console.log(`phases (wall): index ${(delta.ms.index / 1000).toFixed(1)} s, resolve ${(delta.ms.resolve / 1000).toFixed(1)} s, link + networks ${(delta.ms.link / 1000).toFixed(1)} s`);
console.log(`subjects ${snapshot.subjects.length.toLocaleString('en-US')}, links ${snapshot.links.length.toLocaleString('en-US')}, networks ${networks.length.toLocaleString('en-US')} (largest ${Math.max(...networks.map((n) => n.subjects.length))})`);
const reasons = new Map<string, number>();
for (const g of snapshot.generic) reasons.set(`${g.kind}/${g.reason}`, (reasons.get(`${g.kind}/${g.reason}`) ?? 0) + 1);
console.log(`generic values: ${[...reasons].map(([k, n]) => `${k} ${n}`).join(', ')}; household exemptions ${snapshot.exemptions.length}; shared-by-design IPs set aside ${snapshot.ineligibleIps.toLocaleString('en-US')}`);

// Incremental: the held-back people's records one at a time (with their observations).
const obsByRecord = new Map<string, typeof data.laterObservations>();
for (const o of data.laterObservations) obsByRecord.set(o.record, [...(obsByRecord.get(o.record) ?? []), o]);
const latencies: number[] = [];
const cpuLatencies: number[] = [];
for (const r of data.later as IdentityRecord[]) {
  const start = performance.now();
  const c = process.cpuUsage();
  graph.add({ records: [r], observations: obsByRecord.get(r.id) ?? [] });
  cpuLatencies.push(cpuSeconds(c) * 1000);
  latencies.push(performance.now() - start);
}
const quantiles = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return `p50 ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, p99 ${q(0.99).toFixed(2)} ms, max ${q(1).toFixed(1)} ms`;
};
console.log(`incremental: ${latencies.length.toLocaleString('en-US')} records inserted one by one into ${data.records.length.toLocaleString('en-US')}: wall ${quantiles(latencies)}; CPU ${quantiles(cpuLatencies)}`);
console.log(`peak RSS ${mib(peakRss())}`);

// Planted networks: pairwise precision and recall over people (their HR record's subject and network).
const final = graph.snapshot();
const networkOf = new Map<string, string>();
for (const n of final.networks) for (const s of n.subjects) networkOf.set(s, n.id);
const cell = new Map<string, number>();
const truthSize = new Map<number, number>();
for (const [person, net] of data.planted) {
  truthSize.set(net, (truthSize.get(net) ?? 0) + 1);
  const subject = graph.subjectOfIdentity(`hr.employee:hr:${person}`);
  const found = subject ? networkOf.get(subject) : undefined;
  if (found) cell.set(`${net}\u0000${found}`, (cell.get(`${net}\u0000${found}`) ?? 0) + 1);
}
const tp = [...cell.values()].reduce((sum, n) => sum + pairs(n), 0);
const truthPairs = [...truthSize.values()].reduce((sum, n) => sum + pairs(n), 0);
const predictedPairs = final.networks.reduce((sum, n) => sum + pairs(n.subjects.length), 0);
const households = final.networks.filter((n) => n.kinds.every((k) => k === 'address' || k === 'ip') && n.subjects.length === 2).length;
console.log(
  `planted links: precision ${(tp / predictedPairs).toFixed(4)} (${tp.toLocaleString('en-US')} of ${predictedPairs.toLocaleString('en-US')} predicted pairs), ` +
    `recall ${(tp / truthPairs).toFixed(4)} (of ${truthPairs.toLocaleString('en-US')} planted pairs); ` +
    `${households} undeclared two-person households found as networks (real shares, counted as false positives)`,
);

// Resolution: records of one person in one subject.
const subjectPerson = new Map<string, number>();
const personSize = new Map<number, number>();
const subjectSize = new Map<string, number>();
for (const [recordId, person] of data.personOf) {
  const subject = graph.subjectOfIdentity(recordId);
  if (!subject) continue;
  personSize.set(person, (personSize.get(person) ?? 0) + 1);
  subjectSize.set(subject, (subjectSize.get(subject) ?? 0) + 1);
  const key = `${subject}\u0000${person}`;
  subjectPerson.set(key, (subjectPerson.get(key) ?? 0) + 1);
}
const rtp = [...subjectPerson.values()].reduce((s, n) => s + pairs(n), 0);
const rtruth = [...personSize.values()].reduce((s, n) => s + pairs(n), 0);
const rpred = [...subjectSize.values()].reduce((s, n) => s + pairs(n), 0);
console.log(`resolution: precision ${(rtp / rpred).toFixed(4)}, recall ${(rtp / rtruth).toFixed(4)} (record pairs of one person in one subject)`);
