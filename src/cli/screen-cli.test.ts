import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli, type Sandbox, inSandbox } from './__fixtures__/harness.js';

const LISTS = fileURLToPath(new URL('../screen/lists/__fixtures__/', import.meta.url));
const HEADER = 'applicant_id,full_name,email,phone,location_city,location_region,location_country,source_channel,applied_at,resume_text,github_url,portfolio_url,application_ip,date_of_birth';
const CSV = [
  HEADER,
  'A-1,Park Sang-man,pak.applicant@example.com,+1 202 555 0101,Denver,CO,US,job_board,2026-03-02,,,,,1984-01-08',
  'A-2,Morgan Fairweather,morgan@example.com,+1 202 555 0102,Boise,ID,US,referral,2026-03-03,,,,,',
  'A-3,Quinn Harrow,quinn@example.com,+1 202 555 0103,Austin,TX,US,job_board,2026-03-04,"Senior engineer: 14 years of Rust in production.",https://github.com/synthetic-pak,,,',
  'A-4,Broken Row,not-an-email,,,,,,,,,,,',
].join('\n');


async function importAll(box: Sandbox): Promise<void> {
  const r = await box.cli(['--db', box.db, 'lists', 'import', join(LISTS, 'ofac-csv'), '--date', '2026-11-20']);
  assert.equal(r.code, 0, r.stderr);
  for (const file of ['un-consolidated.xml', 'iocs.csv', 'stix-bundle.json']) {
    const x = await box.cli(['--db', box.db, 'lists', 'import', join(LISTS, file)]);
    assert.equal(x.code, 0, x.stderr);
  }
}

describe('molehunt lists', () => {
  test('import detects every format, keeps each list\'s date and where it came from; status shows them', async () => {
    await inSandbox(async (box) => {
      await importAll(box);
      const wallets = await box.cli(['--db', box.db, 'lists', 'import', join(LISTS, 'sanctioned_addresses_ETH.txt'), join(LISTS, 'sanctioned_addresses_XBT.json'), '--name', 'wallets']);
      assert.equal(wallets.code, 0, wallets.stderr);
      assert.match(wallets.stderr, /imported "wallets" \(wallet-list\): 4 entries .*published \d{4}-\d{2}-\d{2} — the file's modification time.*; 1 records skipped:\n {2}\S*sanctioned_addresses_ETH\.txt line 3: not a wallet address: not-an-address!/s);
      for (const file of ['sdn.xml', 'sdn_advanced.xml', 'opensanctions.ftm.jsonl', 'iocs.json']) {
        const r = await box.cli(['--db', box.db, 'lists', 'import', join(LISTS, file), '--name', file]);
        assert.equal(r.code, 0, r.stderr);
      }
      const status = await box.cli(['--db', box.db, 'lists', 'status', '--json']);
      assert.equal(status.code, 0, status.stderr);
      const rows = JSON.parse(status.stdout) as { name: string; format: string; published: string; date_basis: string; entries: number }[];
      const by = Object.fromEntries(rows.map((r) => [r.name, r]));
      assert.deepEqual([by['ofac-sdn']!.format, by['ofac-sdn']!.published, by['ofac-sdn']!.date_basis, by['ofac-sdn']!.entries], ['ofac-sdn-csv', '2026-11-20', 'flag', 6]);
      assert.deepEqual([by['un-sc-consolidated']!.published, by['un-sc-consolidated']!.date_basis], ['2026-11-20', 'file']);
      assert.deepEqual([by['sdn.xml']!.format, by['sdn.xml']!.published], ['ofac-sdn-xml', '2026-11-21']);
      assert.deepEqual([by['sdn_advanced.xml']!.format, by['sdn_advanced.xml']!.published], ['ofac-sdn-advanced-xml', '2026-11-21']);
      assert.deepEqual([by['opensanctions.ftm.jsonl']!.format, by['iocs']!.format, by['iocs.json']!.format, by['cti']?.format ?? by['stix-bundle']!.format], ['opensanctions-ftm', 'molehunt-ioc-csv', 'molehunt-ioc-json', 'stix-2.1']);
      assert.equal(by['wallets']!.date_basis, 'mtime');
      const text = await box.cli(['--db', box.db, 'lists', 'status']);
      assert.match(text.stdout, /^list\s+format\s+published\s+date from\s+age\s+entries\s+people\s+wallets\s+DPRK\s+imported$/m);
      assert.match(text.stdout, /^ofac-sdn\s+ofac-sdn-csv\s+2026-11-20\s+--date\s/m);
      assert.match(text.stderr, /note: wallets is dated by its file's modification time/);
    });
  });

  test('--programs dprk keeps only the DPRK programs', async () => {
    await inSandbox(async (box) => {
      const r = await box.cli(['--db', box.db, 'lists', 'import', join(LISTS, 'ofac-csv'), '--date', '2026-11-20', '--programs', 'dprk', '--json']);
      assert.equal(r.code, 0, r.stderr);
      const [list] = JSON.parse(r.stdout) as { entries: number; summary: { dprk: number } }[];
      assert.deepEqual([list!.entries, list!.summary.dprk], [3, 3]);
    });
  });

  test('a malformed or unknown file imports nothing and exits 2 with the file and the reason', async () => {
    await inSandbox(async (box) => {
      const notes = join(box.dir, 'notes.txt');
      writeFileSync(notes, 'these are meeting notes\n');
      const r = await box.cli(['--db', box.db, 'lists', 'import', join(LISTS, 'sdn.xml'), join(LISTS, 'sdn-broken.xml'), notes]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^molehunt: nothing imported:$/m);
      assert.match(r.stderr, /^ {2}notes\.txt: not a recognized watch-list format — .*See docs\/screening\.md for the formats\.$/m);
      assert.match(r.stderr, /^ {2}\S*sdn-broken\.xml: not well-formed XML \(line 9, column 3: /m);
      const status = await box.cli(['--db', box.db, 'lists', 'status', '--json']);
      assert.deepEqual(JSON.parse(status.stdout), []);
      const date = await box.cli(['--db', box.db, 'lists', 'import', join(LISTS, 'iocs.csv'), '--date', '21/11/2026']);
      assert.equal(date.code, 2);
      assert.match(date.stderr, /--date must be the list's publication date like 2026-11-21/);
    });
  });

  test('match explains a name match and finds identifiers exactly', async () => {
    await inSandbox(async (box) => {
      await importAll(box);
      const name = await box.cli(['--db', box.db, 'lists', 'match', 'Lee Song-chol']);
      assert.equal(name.code, 0, name.stderr);
      assert.match(name.stdout, /^ofac-sdn ofac:9003 RI, Song Chol \[person; DPRK\]\n {2}score 0\.983 \(token set 0\.983, Jaro-Winkler 0\.983\) via primary name "RI, Song Chol": song=song, chol=chol, lee≈ri \(romanization variant; reading lee\)$/m);
      assert.match(name.stdout, /un-sc-consolidated un:KPi\.900 RI SONG CHOL/);
      const wallet = await box.cli(['--db', box.db, 'lists', 'match', '0x00000000000000000000000000000000000A11CE', '--json']);
      const out = JSON.parse(wallet.stdout) as { type: string; hits: { entry_id: string; how: string }[] };
      assert.equal(out.type, 'wallet');
      assert.deepEqual(out.hits.map((h) => [h.entry_id, h.how]), [['ofac:9001', 'exact']]);
      const none = await box.cli(['--db', box.db, 'lists', 'match', 'Kim']);
      assert.equal(none.stdout, 'no match at or above 0.8\n');
    });
  });
});

describe('molehunt screen', () => {
  test('an applicant CSV: a verdict per applicant with reasons; unreadable rows are reported; --fail-on exits 3', async () => {
    await inSandbox(async (box) => {
      await importAll(box);
      writeFileSync(join(box.dir, 'applicants.csv'), CSV);
      const r = await box.cli(['--db', box.db, 'screen', 'applicants.csv']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^REJECT-RECOMMENDED {2}A-1 {2}Park Sang-man {2}\(applicants\.csv:2\)\n {2}!! \[reject-recommended\] watchlist\.name: name matches "PARK, Sang-man", an alias of PAK, Sang Man \(ofac-sdn of 2026-11-20, programs DPRK3, CYBER2\) — score 1 \(name 1, date of birth \+0\.06\): park=park, sang=sang, man=man; same date of birth 1984-01-08$/m);
      assert.match(r.stdout, /^CLEAR {2}A-2 {2}Morgan Fairweather/m);
      assert.match(r.stdout, /^REJECT-RECOMMENDED {2}A-3 {2}Quinn Harrow[^]*watchlist\.identifier \(H-10\): GitHub handle synthetic-pak is listed[^]*record\.experience \(A-06\): "14 years of Rust" in 2026 dates Rust experience to 2012, before its first public release in 2015/m);
      assert.match(r.stdout, /checks: \d+ ran; did not run: .*database\.photo \(the application carries no photo_phash column/);
      assert.match(r.stderr, /not screened: applicants\.csv:5: email\.0: /);
      assert.match(r.stderr, /screened 3 applicant\(s\): 2 reject-recommended, 0 review, 1 clear/);
      assert.match(r.stderr, /fairness: No check uses nationality, ethnicity, name origin or language/);
      assert.equal((await box.cli(['--db', box.db, 'screen', 'applicants.csv', '--fail-on', 'review'])).code, 3);
      assert.equal((await box.cli(['--db', box.db, 'screen', 'applicants.csv', '--fail-on', 'clear'])).code, 2, 'clear is no threshold');
    });
  });

  test('--json: the contract (lists, database, fairness, counts, applicants with verdict, reasons and checks)', async () => {
    await inSandbox(async (box) => {
      await importAll(box);
      writeFileSync(join(box.dir, 'applicants.csv'), CSV);
      const r = await box.cli(['--db', box.db, 'screen', 'applicants.csv', '--json']);
      const out = JSON.parse(r.stdout) as { lists: { name: string; published: string; date_basis: string }[]; database: { records: number }; counts: Record<string, number>; applicants: { applicant_id: string; verdict: string; reasons: { check: string; level: string; evidence: Record<string, unknown> }[]; checks: { id: string; ran: boolean; detail: string }[] }[]; problems: string[]; fairness: string };
      assert.deepEqual(Object.keys(out), ['screened_at', 'input', 'lists', 'database', 'fairness', 'counts', 'applicants', 'problems']);
      assert.deepEqual(out.counts, { clear: 1, review: 0, 'reject-recommended': 2 });
      assert.ok(out.lists.some((l) => l.name === 'ofac-sdn' && l.published === '2026-11-20' && l.date_basis === 'flag'));
      const a1 = out.applicants.find((a) => a.applicant_id === 'A-1')!;
      assert.equal(a1.reasons[0]!.check, 'watchlist.name');
      assert.equal((a1.reasons[0]!.evidence['explanation'] as { parts: { dob: number } }).parts.dob, 0.06);
      assert.equal(a1.checks.length, 13);
      assert.equal(out.problems.length, 1);
    });
  });

  test('a single JSON applicant with the canonical field names, from a file and from standard input', async () => {
    await inSandbox(async (box) => {
      await importAll(box);
      const applicant = { applicant_id: 'J-1', full_name: 'Marigold Quenby Thistlewood', email: ['mqt@example.com'], phone: '+1 202 555 0177', location_country: 'US', wallet: '0x00000000000000000000000000000000000b0b00' };
      writeFileSync(join(box.dir, 'applicant.json'), JSON.stringify(applicant));
      const r = await box.cli(['--db', box.db, 'screen', 'applicant.json']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^REJECT-RECOMMENDED {2}J-1 {2}Marigold Quenby Thistlewood {2}\(applicant\.json\)$/m);
      assert.match(r.stdout, /watchlist\.identifier \(G-02\): payout wallet 0x00000000000000000000000000000000000b0b00 is listed: ioc:4 \(iocs of 2026-11-06\) — synthetic payroll wallet\./);
      assert.match(r.stdout, /watchlist\.name: name matches Marigold Quenby Thistlewood/);
      assert.match(r.stdout, /watchlist\.identifier \(H-10\): phone \+1 202 555 0177 is listed/);
      const piped = await runCli(['--db', box.db, 'screen', '-', '--json'], { cwd: box.dir, stdin: Readable.from([JSON.stringify(applicant)]) });
      assert.equal(piped.code, 0, piped.stderr);
      assert.equal((JSON.parse(piped.stdout) as { applicants: { verdict: string }[] }).applicants[0]!.verdict, 'reject-recommended');
    });
  });

  test('without a database: the checks that need one say so, the others run; bad input exits 2 with what to do', async () => {
    await inSandbox(async (box) => {
      writeFileSync(join(box.dir, 'applicants.csv'), CSV);
      const r = await box.cli(['--db', join(box.dir, 'none.db'), 'screen', 'applicants.csv', '--json']);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout) as { database: null; lists: unknown[]; applicants: { checks: { id: string; ran: boolean; detail: string }[] }[] };
      assert.equal(out.database, null);
      assert.deepEqual(out.lists, []);
      const checks = out.applicants[0]!.checks;
      assert.match(checks.find((c) => c.id === 'watchlist.name')!.detail, /no watch list imported/);
      assert.match(checks.find((c) => c.id === 'database.shared-identifier')!.detail, /only this run's 3 applicants \(no database at/);
      writeFileSync(join(box.dir, 'other.csv'), 'a,b\n1,2\n');
      const bad = await box.cli(['screen', 'other.csv']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /not an applicant CSV — expected a header with applicant_id and full_name or email/);
      const missing = await box.cli(['screen', 'missing.csv']);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /cannot read missing\.csv/);
    });
  });

  test('help lists screen and lists', async () => {
    await inSandbox(async (box) => {
      const r = await box.cli(['--help']);
      assert.match(r.stdout, /^\s+screen\b/m);
      assert.match(r.stdout, /^\s+lists\b/m);
      const help = await box.cli(['screen', '--help']);
      assert.match(help.stdout, /--fail-on <verdict>\s+exit 3 when any applicant reaches this verdict \(choices:\s+"review", "reject-recommended"\)/);
    });
  });
});
