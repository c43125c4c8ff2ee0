// npm run bench -- enrich [--ips N]   (default 1,000,000)
// IP intelligence lookups on one core over N random public IPv4 addresses (strings prepared beforehand):
// (a) classification path (parse, special ranges, corporate, imports, curated CIDR, ASN binary search, curated ASN),
// (b) country (MMDB) + ASN lookup, (c) the full un-memoized ip.intel classification including country.
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { NO_IMPORTS } from '../src/enrich/define-enricher.js';
import { createIpClassifier } from '../src/enrich/ip-intel/classify.js';
import { formatIpv4, parseIpv4 } from '../src/enrich/ip-ranges.js';
import { loadIpReference } from '../src/store/reference/ip-reference.js';

const flag = process.argv.indexOf('--ips');
const total = flag > 0 ? Number(process.argv[flag + 1]) : 1_000_000;

const loadStart = performance.now();
const ref = loadIpReference();
const loadMs = performance.now() - loadStart;
if (!ref.asnV4 || !ref.country) throw new Error(`IP reference data missing: ${ref.issues.join('; ')}`);

// Deterministic xorshift so runs compare.
let seed = 0x9e3779b9;
const next = (): number => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return seed >>> 0;
};
const isPublic = (v: number): boolean => {
  const a = v >>> 24;
  const b = (v >>> 16) & 255;
  return !(a === 0 || a === 10 || a === 127 || a >= 224 || (a === 100 && b >= 64 && b < 128) || (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168));
};
const ips: string[] = new Array<string>(total);
for (let i = 0; i < total; ) {
  const v = next();
  if (isPublic(v)) ips[i++] = formatIpv4(v);
}

const ctx = { corporateCidrs: ['203.0.113.0/24', '198.51.100.0/25'], corporateNetworks: ['HQ'], imports: NO_IMPORTS };
const classify = createIpClassifier(ctx, ref, { country: false });
const classifyFull = createIpClassifier(ctx, ref);
const asnTable = ref.asnV4;
const country = ref.country;

const time = (label: string, fn: (ip: string) => unknown): { label: string; rate: number; sink: number } => {
  let sink = 0;
  for (let i = 0; i < Math.min(total, 100_000); i++) if (fn(ips[i]!)) sink++; // warm-up
  const start = performance.now();
  for (let i = 0; i < total; i++) if (fn(ips[i]!)) sink++;
  const seconds = (performance.now() - start) / 1000;
  return { label, rate: total / seconds, sink };
};

const results = [
  time('(a) classification (no country)', (ip) => classify(ip)),
  time('(b) country (MMDB) + ASN lookup', (ip) => (country(ip) ?? '') + (asnTable.lookup(parseIpv4(ip))?.asn ?? 0)),
  time('(b1) ASN lookup only (parse + binary search)', (ip) => asnTable.lookup(parseIpv4(ip))),
  time('(b2) country lookup only (MMDB)', (ip) => country(ip)),
  time('(c) full ip.intel classification with country', (ip) => classifyFull(ip)),
];

const classes = new Map<string, number>();
for (let i = 0; i < total; i++) {
  const c = classify(ips[i]!)!.class;
  classes.set(c, (classes.get(c) ?? 0) + 1);
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
console.log(`data: ${asnTable.size.toLocaleString('en-US')} IPv4 ASN ranges, ${ref.asnClasses.size} curated ASNs, ${ref.ranges.size} curated ranges; load ${loadMs.toFixed(0)} ms`);
console.log(`N: ${total.toLocaleString('en-US')} random public IPv4 addresses, one core`);
for (const r of results) console.log(`${r.label.padEnd(48)} ${Math.round(r.rate).toLocaleString('en-US').padStart(12)} lookups/s`);
console.log(`classes: ${[...classes].sort((x, y) => y[1] - x[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
