import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { NO_IMPORTS, type EnrichContext } from '../define-enricher.js';
import { formatIpv4 } from '../ip-ranges.js';
import { IP_CLASSES, buildIpReference, parseAsnClasses, parseRanges } from '../ip-intel/reference.js';
import { ipReferencePaths, loadIpReference } from '../../store/reference/ip-reference.js';
import enricher from './ip-intel.enricher.js';

const paths = ipReferencePaths();
const installed = !!(paths.countryMmdb && paths.asnV4Csv && paths.asnV6Csv);
const skip = installed ? false : '@ip-location-db packages are not installed';
const ctx = (over: Partial<EnrichContext> = {}): EnrichContext => ({
  corporateCidrs: ['198.51.100.0/24'],
  corporateNetworks: ['HQ'],
  imports: NO_IMPORTS,
  ...(installed ? { ipReference: loadIpReference() } : {}),
  ...over,
});

describe('ip.intel enricher (shipped data)', { skip }, () => {
  const enrich = enricher.prepare(ctx());
  const at = (ip: string, network?: string) => enrich({ ip, ...(network ? { network } : {}) });

  test('an AWS address (AS16509 row of the asn CSV) is hosting, provider Amazon', () => {
    const aws = loadIpReference().asnV4!.rangesOf(16509)[0]!;
    const ip = formatIpv4(aws[0] + 1);
    const intel = at(ip);
    assert.equal(intel?.asn, 16509);
    assert.equal(intel?.class, 'hosting');
    assert.equal(intel?.provider, 'Amazon');
    assert.match(intel!.basis, /^data\/ip-asn-classes\.csv: AS16509 → hosting \(Amazon\)$/);
    assert.equal(at('3.5.140.2')?.class, 'hosting');
  });

  test('a Starlink address is satellite, not hosting', () => {
    assert.deepEqual(at('98.97.0.1'), {
      country: 'US', asn: 14593, as_org: 'Space Exploration Technologies Corporation', class: 'satellite', provider: 'Starlink',
      basis: 'data/ip-asn-classes.csv: AS14593 → satellite (Starlink)',
    });
  });

  test('the DPRK allocation 175.45.176.0/22 is dprk, KP, AS131279', () => {
    for (const ip of ['175.45.176.1', '175.45.179.254']) {
      const intel = at(ip);
      assert.equal(intel?.class, 'dprk', ip);
      assert.equal(intel?.country, 'KP', ip);
      assert.equal(intel?.asn, 131279, ip);
    }
    // Dropped ranges (see data/SOURCES.md, dprk-dropped): not KP in the data, not classed dprk.
    assert.notEqual(at('210.52.109.1')?.class, 'dprk');
    assert.notEqual(at('77.94.35.1')?.class, 'dprk');
  });

  test('private and special-purpose addresses are private, with no lookups', () => {
    assert.deepEqual(at('10.0.0.1'), { class: 'private', basis: 'IANA special-purpose: 10.0.0.0/8 (private)' });
    assert.equal(at('100.64.1.1')?.class, 'private');
    assert.equal(at('fd00::1')?.class, 'private');
    assert.equal(at('::ffff:192.168.1.1')?.class, 'private');
  });

  test('corporate CIDRs and corporate network zones win over curated classes', () => {
    assert.equal(at('198.51.100.7')?.class, 'corporate');
    const intel = at('98.97.0.1', 'HQ');
    assert.equal(intel?.class, 'corporate');
    assert.equal(intel?.asn, 14593);
    assert.equal(at('98.97.0.1', 'Elsewhere')?.class, 'satellite');
  });

  test('an imported range overrides the curated class; the newest import wins', () => {
    const imports = {
      ...NO_IMPORTS,
      ipRanges: [
        { cidr: '98.97.0.0/16', class: 'vpn', provider: 'OldList', dataset: 'old', date: '2026-01-01' },
        { cidr: '98.96.0.0/13', class: 'proxy', provider: 'NewList', dataset: 'new', date: '2026-10-01' },
      ],
    };
    const withImports = enricher.prepare(ctx({ imports }));
    const intel = withImports({ ip: '98.97.0.1' });
    assert.equal(intel?.class, 'proxy');
    assert.equal(intel?.provider, 'NewList');
    assert.match(intel!.basis, /^import new \(2026-10-01\): 98\.96\.0\.0\/13 → proxy/);
    assert.equal(withImports({ ip: '175.45.176.1' })?.class, 'dprk');
  });

  test('ISP addresses: curated broadband is residential, uncurated networks stay unknown', () => {
    const comcast = at('73.162.34.53');
    assert.equal(comcast?.class, 'residential');
    assert.equal(comcast?.country, 'US');
    assert.equal(comcast?.asn, 7922);
    const other = at('1.0.4.1');
    assert.equal(other?.class, 'unknown');
    assert.equal(other?.asn, 38803);
    assert.equal(other?.basis, 'no curated class for AS38803');
    assert.equal(at('172.58.0.1')?.class, 'mobile');
    assert.equal(at('104.28.0.1')?.class, 'unknown'); // Cloudflare is deliberately not vpn/relay
  });

  test('IPv6: country and ASN', () => {
    const intel = at('2001:4860:4860::8888');
    assert.equal(intel?.country, 'US');
    assert.equal(intel?.asn, 15169);
    assert.equal(intel?.class, 'unknown');
    assert.equal(at('2a00:1450::1')?.country, 'IE');
  });

  test('invalid input yields undefined; repeated addresses share one answer', () => {
    assert.equal(enrich({}), undefined);
    for (const bad of ['not-an-ip', '999.1.1.1', '1.2.3', '01.2.3.4', '1.2.3.4/24', 'gggg::1']) assert.equal(at(bad), undefined, bad);
    assert.equal(at('98.97.0.1'), at('98.97.0.1'));
  });

  test('every curated ASN is present in the asn data', () => {
    const table = loadIpReference().asnV4!;
    for (const asn of parseAsnClasses(readFileSync(paths.asnClassesCsv!, 'utf8')).rows.keys()) {
      assert.ok(table.rangesOf(asn).length > 0, `AS${asn} not in asn-ipv4-num.csv`);
    }
  });
});

describe('ip.intel without shipped data', () => {
  test('still classifies private, corporate and imported ranges; otherwise unknown', () => {
    const enrich = enricher.prepare({
      corporateCidrs: ['203.0.113.0/25'],
      corporateNetworks: 'auto',
      imports: { ...NO_IMPORTS, ipRanges: [{ cidr: '2001:db8:5::/48', class: 'tor', dataset: 'tor-exits', date: '2026-11-01' }] },
    });
    assert.equal(enrich({ ip: '192.168.0.1' })?.class, 'private');
    assert.equal(enrich({ ip: '203.0.113.9' })?.class, 'corporate');
    assert.equal(enrich({ ip: '2001:db8:5::1' })?.class, 'tor');
    assert.deepEqual(enrich({ ip: '8.8.8.8' }), { class: 'unknown', basis: 'no IP reference data loaded' });
  });

  test('builders accept in-memory data', () => {
    const ref = buildIpReference({
      asnV4Csv: '16777216,16777471,13335,"Cloudflare, Inc."\n16777472,16777727,64500,"Test ""Hosting"" Co"\n',
      asnClassesCsv: 'asn,class,provider,source_id,note\n64500,hosting,Test,t,"a, note"\n',
      rangesCsv: 'cidr,class,provider,source_id,note\n1.0.0.128/25,vpn,X,t,\n',
    });
    const enrich = enricher.prepare({ corporateCidrs: [], corporateNetworks: [], imports: NO_IMPORTS, ipReference: ref });
    assert.deepEqual(enrich({ ip: '1.0.1.5' }), { asn: 64500, as_org: 'Test "Hosting" Co', class: 'hosting', provider: 'Test', basis: 'data/ip-asn-classes.csv: AS64500 → hosting (Test)' });
    assert.equal(enrich({ ip: '1.0.0.200' })?.class, 'vpn');
    assert.equal(enrich({ ip: '1.0.0.1' })?.as_org, 'Cloudflare, Inc.');
  });
});

describe('curated data files', () => {
  const root = new URL('../../../data/', import.meta.url);
  const sources = readFileSync(new URL('SOURCES.md', root), 'utf8');
  const ids = new Set([...sources.matchAll(/^\| ([a-z0-9-]+) \|/gm)].map((m) => m[1]));

  test('every row has a valid class, ASN or CIDR, and a source_id listed in data/SOURCES.md', () => {
    const asn = parseAsnClasses(readFileSync(new URL('ip-asn-classes.csv', root), 'utf8'));
    const ranges = parseRanges(readFileSync(new URL('ip-ranges.csv', root), 'utf8'));
    assert.deepEqual([...asn.issues, ...ranges.issues], []);
    assert.ok(asn.rows.size >= 30 && ranges.rows.length >= 1);
    for (const [n, row] of asn.rows) {
      assert.ok(IP_CLASSES.includes(row.class), `AS${n}`);
      assert.ok(ids.has(row.source_id), `AS${n}: source_id ${row.source_id} missing from SOURCES.md`);
    }
    for (const { cidr, row } of ranges.rows) assert.ok(ids.has(row.source_id), `${cidr}: source_id ${row.source_id} missing from SOURCES.md`);
  });

  test('malformed rows are reported, not loaded', () => {
    const bad = parseRanges('cidr,class,provider,source_id,note\n1.2.3.0/33,vpn,,s,\n1.2.3.0/24,evil,,s,\n1.2.3.0/24,vpn,,,\n');
    assert.equal(bad.rows.length, 0);
    assert.equal(bad.issues.length, 3);
    assert.equal(parseAsnClasses('asn,class,provider,source_id,note\nASx,hosting,,s,\n').issues.length, 1);
  });
});
