import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { sandbox } from './__fixtures__/harness.js';

test('intel ip explains what the event enrichers conclude about an address', async () => {
  const box = sandbox();
  try {
    const r = await box.cli(['intel', 'ip', '10.1.2.3', '--json', '--db', box.db]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { ip_scope: { scope: string; shared_by_design: boolean } };
    assert.deepEqual([out.ip_scope.scope, out.ip_scope.shared_by_design], ['private', true]);
    const bad = await box.cli(['intel', 'ip', 'not-an-ip', '--db', box.db]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /is not an IP address/);
  } finally {
    box.dispose();
  }
});

test('intel email and phone show the identity enrichers\' conclusions with their basis', async () => {
  const box = sandbox();
  try {
    const email = JSON.parse((await box.cli(['intel', 'email', 'John.Smith+x@googlemail.com', '--json', '--db', box.db])).stdout) as { emails: { normalized: string; free_provider: boolean }[] };
    assert.deepEqual([email.emails[0]?.normalized, email.emails[0]?.free_provider], ['johnsmith@gmail.com', true]);
    const phone = JSON.parse((await box.cli(['intel', 'phone', '+447400123456', '--country', 'US', '--json', '--db', box.db])).stdout) as { phones: { region: string; region_matches_claim: boolean; type: string }[] };
    assert.deepEqual([phone.phones[0]?.region, phone.phones[0]?.region_matches_claim, phone.phones[0]?.type], ['GB', false, 'MOBILE']);
    const text = await box.cli(['intel', 'phone', '+1 555 0101', '--db', box.db]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /phones:/);
  } finally {
    box.dispose();
  }
});

test('intel import stores dated lists that then decide: an e-mail IOC list, a Tor list, a VPN CIDR list', async () => {
  const box = sandbox();
  try {
    writeFileSync(join(box.dir, 'iocs.txt'), 'persona.dev@example.org,persona list\nbogus line\n');
    const imported = await box.cli(['intel', 'import', 'iocs.txt', '--type', 'email-iocs', '--date', '2026-11-01', '--db', box.db]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stderr, /imported 1 entries from iocs\.txt as "iocs\.txt" \(email-iocs, data of 2026-11-01\); 1 lines skipped/);
    const hit = JSON.parse((await box.cli(['intel', 'email', 'Persona.Dev@example.org', '--json', '--db', box.db])).stdout) as { emails: { ioc: { label: string; dataset: string }[] }[] };
    assert.deepEqual(hit.emails[0]?.ioc, [{ label: 'persona list', dataset: 'iocs.txt' }]);

    writeFileSync(join(box.dir, 'vpn.txt'), '198.51.100.0/24 Example VPN\n');
    assert.equal((await box.cli(['intel', 'import', 'vpn.txt', '--type', 'cidr', '--db', box.db])).code, 2, 'a CIDR list needs --class');
    assert.equal((await box.cli(['intel', 'import', 'vpn.txt', '--type', 'cidr', '--class', 'vpn', '--name', 'Example VPN exits', '--date', '2026-11-15', '--db', box.db])).code, 0);
    writeFileSync(join(box.dir, 'tor.txt'), 'ExitNode AAAA\nExitAddress 203.0.113.9 2026-11-20 10:00:00\n');
    assert.equal((await box.cli(['intel', 'import', 'tor.txt', '--type', 'tor', '--date', '2026-11-20', '--db', box.db])).code, 0);
    assert.equal((await box.cli(['intel', 'import', 'empty.txt', '--type', 'tor', '--db', box.db])).code, 2);

    const status = JSON.parse((await box.cli(['intel', 'status', '--json', '--db', box.db])).stdout) as { dataset: string; origin: string; date: string; records: number | null; stale: boolean }[];
    const mine = status.filter((s) => s.origin.startsWith('imported'));
    assert.deepEqual(mine.map((s) => [s.dataset, s.records, s.date]).sort(), [
      ['Example VPN exits', 1, '2026-11-15'],
      ['iocs.txt', 1, '2026-11-01'],
      ['tor.txt', 1, '2026-11-20'],
    ]);
    assert.ok(status.some((s) => s.origin === 'package' && s.dataset.includes('libphonenumber')), 'shipped datasets are listed with their licences');
    for (const s of status) assert.match(s.date, /^\d{4}-\d{2}-\d{2}$/, s.dataset);
    const text = await box.cli(['intel', 'status', '--db', box.db]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /dataset\s+origin\s+licence\s+date\s+age\s+records/);
  } finally {
    box.dispose();
  }
});

test('intel import of a reshipper list makes matching addresses mail drops, whatever the suite or spelling', async () => {
  const box = sandbox();
  try {
    writeFileSync(join(box.dir, 'reshippers.txt'), '1200 Example Pike, Nashville, TN 37201 | forwarder warehouse\n');
    const r = await box.cli(['intel', 'import', 'reshippers.txt', '--type', 'reshippers', '--date', '2026-11-02', '--db', box.db]);
    assert.equal(r.code, 0, r.stderr);
    const hit = JSON.parse((await box.cli(['intel', 'address', '1200 Example Pike Suite SH-1234, Nashville, TN 37201', '--json', '--db', box.db])).stdout) as { addresses: { mail_drop: boolean; mail_drop_basis?: string }[] };
    assert.equal(hit.addresses[0]?.mail_drop, true);
    assert.match(hit.addresses[0]?.mail_drop_basis ?? '', /forwarder warehouse/);
    const miss = JSON.parse((await box.cli(['intel', 'address', '1300 Example Pike, Nashville, TN 37201', '--json', '--db', box.db])).stdout) as { addresses: { mail_drop: boolean }[] };
    assert.equal(miss.addresses[0]?.mail_drop, false);
  } finally {
    box.dispose();
  }
});

test('events --enrich attaches the event enrichments to each event', async () => {
  const box = sandbox();
  try {
    const { EXAMPLES } = await import('./__fixtures__/harness.js');
    assert.equal((await box.cli(['ingest', join(EXAMPLES, 'okta-system-log.ndjson'), '--db', box.db])).code, 0);
    const r = await box.cli(['events', '--json', '--enrich', '--limit', '3', '--db', box.db]);
    assert.equal(r.code, 0, r.stderr);
    const events = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { enrichment?: { ip_scope?: { scope: string }; user_agent?: { browser?: string }; ip_intel?: { class: string } } });
    assert.equal(events.length, 3);
    for (const e of events) {
      assert.equal(e.enrichment?.ip_scope?.scope, 'documentation');
      assert.equal(e.enrichment?.user_agent?.browser, 'Chrome');
      assert.equal(typeof e.enrichment?.ip_intel?.class, 'string');
    }
    const plain = (await box.cli(['events', '--json', '--limit', '1', '--db', box.db])).stdout;
    assert.equal((JSON.parse(plain) as { enrichment?: unknown }).enrichment, undefined, 'only with --enrich');
  } finally {
    box.dispose();
  }
});

test('intel import of an .mmdb: its answers override the shipped country and say so; a non-mmdb file is refused', async () => {
  const box = sandbox();
  try {
    const { fileURLToPath } = await import('node:url');
    const shipped = fileURLToPath(new URL('../../node_modules/@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country.mmdb', import.meta.url));
    const r = await box.cli(['intel', 'import', shipped, '--type', 'mmdb', '--name', 'country-db', '--date', '2026-11-10', '--db', box.db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /imported a country ipvAll database from .* as "country-db" \(mmdb, data of 2026-11-10\)/);
    const ip = JSON.parse((await box.cli(['intel', 'ip', '175.45.176.1', '--json', '--db', box.db])).stdout) as { ip_intel: { country: string; basis: string } };
    assert.equal(ip.ip_intel.country, 'KP');
    assert.match(ip.ip_intel.basis, /country from import country-db \(2026-11-10\)/);
    writeFileSync(join(box.dir, 'fake.mmdb'), 'not a database');
    const bad = await box.cli(['intel', 'import', 'fake.mmdb', '--type', 'mmdb', '--db', box.db]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /is not a MaxMind-format database/);
  } finally {
    box.dispose();
  }
});
