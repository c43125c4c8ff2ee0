import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { rules } from '../catalog.generated.js';
import { EXAMPLES, HR_HEADER, hrRow, ndjson, oktaEvent, parseSubjects, runCli, subjectNamed, type Sandbox, type SubjectJson, inSandbox } from './__fixtures__/harness.js';

const COMMANDS = ['ingest', 'analyze', 'scan', 'subjects', 'explain', 'findings', 'events', 'report', 'quarantine'] as const;
const LEVELS = ['none', 'low', 'medium', 'high', 'critical'];
// Control characters a terminal would interpret (tab and newline are fine).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;


/** Scans examples/ into the sandbox's own database and returns the ranked subjects. */
async function scanExamples(box: Sandbox, extra: readonly string[] = []): Promise<SubjectJson[]> {
  const result = await box.cli(['scan', EXAMPLES, '--json', '--db', box.db, ...extra]);
  assert.equal(result.code, 0, result.stderr);
  return parseSubjects(result.stdout);
}

/** The documented bands (docs/cli.md): none < 10 ≤ low < 35 ≤ medium < 60 ≤ high < 80 ≤ critical. */
function levelForScore(score: number): string {
  return score >= 80 ? 'critical' : score >= 60 ? 'high' : score >= 35 ? 'medium' : score >= 10 ? 'low' : 'none';
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function parseNdjson(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A small valid Okta NDJSON export for one person (three sign-ins from one place). */
function okFile(box: Sandbox, name = 'okta-ok.ndjson'): string {
  const path = join(box.dir, name);
  const events = [1, 2, 3].map((i) =>
    oktaEvent({
      uuid: `aaaaaaaa-0000-4000-8000-00000000000${i}`,
      published: `2026-10-0${i}T09:00:00.000Z`,
      actorId: '00u0okexmple0001',
      login: 'olivia.park@example.com',
      displayName: 'Olivia Park',
      ip: '203.0.113.20',
    }),
  );
  writeFileSync(path, ndjson(events));
  return path;
}

describe('exit codes and help', () => {
  test('no arguments prints the program help on stdout and exits 2', async () => {
    await inSandbox(async (box) => {
      const r = await box.cli([]);
      assert.equal(r.code, 2);
      assert.match(r.stdout, /^Usage: molehunt /m);
      for (const command of COMMANDS) assert.match(r.stdout, new RegExp(`^\\s+${command}\\b`, 'm'), `help lists ${command}`);
    });
  });

  test('unknown command, unknown option and missing argument exit 2 with a message on stderr', async () => {
    await inSandbox(async (box) => {
      const cases: [string[], RegExp][] = [
        [['frobnicate'], /unknown command 'frobnicate'/],
        [['--frobnicate'], /unknown option '--frobnicate'/],
        [['subjects', '--bogus', '--db', box.db], /unknown option '--bogus'/],
        [['explain', '--db', box.db], /missing required argument 'subject'/],
        [['ingest'], /missing required argument 'paths'/],
        [['scan'], /missing required argument 'paths'/],
        [['report', '--db', box.db], /required option '--out <file>' not specified/],
        [['subjects', '--limit', 'ten', '--db', box.db], /--limit <n>.*invalid/],
        [['events', '--limit', '1.5', '--db', box.db], /--limit <n>.*invalid/],
        [['subjects', '--min-level', 'severe', '--db', box.db], /--min-level <level>.*invalid/],
      ];
      for (const [argv, message] of cases) {
        const r = await box.cli(argv);
        assert.equal(r.code, 2, `${argv.join(' ')} → ${r.code}\n${r.stderr}`);
        assert.match(r.stderr, message, argv.join(' '));
        assert.equal(r.stdout, '', `${argv.join(' ')} prints nothing on stdout`);
      }
      assert.equal(existsSync(box.db), false, 'usage errors open no database');
    });
  });

  test('--help for the program and for every command exits 0 with a Usage line on stdout', async () => {
    await inSandbox(async (box) => {
      const program = await box.cli(['--help']);
      assert.equal(program.code, 0);
      assert.match(program.stdout, /^Usage: molehunt \[options\] \[command\]/m);
      for (const command of COMMANDS) {
        const r = await box.cli([command, '--help']);
        assert.equal(r.code, 0, `${command} --help → ${r.code}`);
        assert.match(r.stdout, new RegExp(`^Usage: molehunt ${command} `, 'm'), command);
        assert.equal(r.stderr, '', `${command} --help writes nothing to stderr`);
        const viaHelp = await box.cli(['help', command]);
        assert.equal(viaHelp.code, 0);
        assert.equal(viaHelp.stdout, r.stdout, `help ${command} is the same text`);
      }
      assert.deepEqual(readdirSync(box.dir), [], 'help creates no database or other file');
    });
  });

  test('help works even when the config file in the working directory is broken', async () => {
    await inSandbox(async (box) => {
      writeFileSync(join(box.dir, 'molehunt.config.json'), '{ not json');
      const r = await box.cli(['subjects', '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^Usage: molehunt subjects/m);
    });
  });

  test('--version prints the package version and exits 0', async () => {
    await inSandbox(async (box) => {
      const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
      for (const flag of ['--version', '-V']) {
        const r = await box.cli([flag]);
        assert.equal(r.code, 0);
        assert.equal(r.stdout.trim(), pkg.version);
      }
    });
  });
});

describe('scan of examples/', () => {
  test('ranks subjects with the contract JSON shape and flags exactly the planted cases', async () => {
    await inSandbox(async (box) => {
      const r = await box.cli(['scan', EXAMPLES, '--json', '--db', box.db]);
      assert.equal(r.code, 0, r.stderr);
      const subjects = parseSubjects(r.stdout);
      assert.ok(Array.isArray(subjects));
      assert.equal(subjects.length, 14, 'twelve employees and two applicants who were never hired');
      const employees = subjects.filter((x) => x.identities.some((i) => i.kind === 'hr.employee'));
      assert.equal(employees.length, 12);
      for (const e of employees) assert.ok(e.identities.some((i) => i.kind === 'idp.account'), `${e.display_name}: HR row and Okta account joined`);
      for (const a of subjects.filter((x) => !employees.includes(x))) assert.deepEqual(a.identities.map((i) => i.kind), ['ats.applicant'], a.display_name);

      for (const s of subjects) {
        assert.deepEqual(Object.keys(s).sort(), ['display_name', 'escalations', 'findings', 'id', 'identities', 'level', 'network', 'score'], s.display_name);
        assert.equal(typeof s.id, 'string');
        assert.equal(typeof s.display_name, 'string');
        assert.equal(typeof s.score, 'number');
        assert.ok(s.score >= 0 && s.score <= 100, `${s.display_name} score ${s.score}`);
        assert.ok(LEVELS.includes(s.level), `${s.display_name} level ${s.level}`);
        assert.equal(s.level, levelForScore(s.score), `${s.display_name}: level follows the documented score bands`);
        assert.ok(s.identities.length >= 1);
        for (const identity of s.identities) {
          const keys = Object.keys(identity);
          for (const key of ['kind', 'source_id', 'name', 'emails']) assert.ok(keys.includes(key), `${s.display_name} identity has ${key}`);
          for (const key of keys) assert.ok(['kind', 'source_id', 'name', 'emails', 'employee_id', 'applicant_id'].includes(key), `unexpected identity key ${key}`);
          assert.ok(Array.isArray(identity.emails));
          assert.ok(identity.name === null || typeof identity.name === 'string');
        }
        for (const finding of s.findings) {
          assert.deepEqual(Object.keys(finding).sort(), ['confidence', 'indicator', 'rule', 'severity', 'status', 'summary']);
          assert.ok(['active', 'shadow', 'suppressed'].includes(finding.status));
          assert.ok(finding.summary.length > 0);
        }
      }
      for (let i = 1; i < subjects.length; i++) {
        assert.ok(subjects[i - 1]!.score >= subjects[i]!.score, `sorted by score: ${subjects[i - 1]!.display_name} before ${subjects[i]!.display_name}`);
      }

      const jake = subjectNamed(subjects, 'Jake Thompson');
      assert.ok(jake.findings.some((f) => f.rule === 'signin.impossible-travel'), 'Jake has impossible travel');
      assert.notEqual(jake.level, 'none');
      const jakeHr = jake.identities.find((i) => i.kind === 'hr.employee');
      assert.equal(jakeHr?.employee_id, 'E1006');
      assert.ok(jake.identities.some((i) => i.kind === 'idp.account' && i.emails.includes('jake.thompson@example.com')));

      for (const name of ['Ryan Mitchell', 'Kevin Brooks', 'Ethan Walker']) {
        const s = subjectNamed(subjects, name);
        assert.ok(s.findings.some((f) => f.rule === 'signin.shared-ip-accounts'), `${name} shares an IP`);
        assert.notEqual(s.level, 'none', name);
      }
      // The laptop farm is escalated by the §7 combinations (IP-KVM, shared address and payout account).
      for (const name of ['Ryan Mitchell', 'Kevin Brooks', 'Ethan Walker']) {
        const s = subjectNamed(subjects, name);
        assert.ok(['high', 'critical'].includes(s.level), `${name}: ${s.level}`);
        assert.ok(s.escalations.includes('§7.4'), `${name}: shared address / payout account`);
        assert.ok(s.findings.some((f) => f.rule === 'shipping.shared-address' && f.status === 'active'), name);
      }
      assert.ok(subjectNamed(subjects, 'Ryan Mitchell').escalations.includes('§7.1'), 'the IP-KVM on Ryan\'s laptop');
      for (const name of ['Carol Okafor', 'Erin Walsh', 'Alice Chen', 'Bob Martinez', 'Dan Kowalski']) {
        const s = subjectNamed(subjects, name);
        assert.equal(s.level, 'none', `${name} is a legitimate pattern`);
        assert.deepEqual(s.findings.filter((f) => f.status === 'active'), [], `${name} (flight, office, VPN, night shift) has no findings`);
      }
      // An undeclared household and an undeclared IT tool stay below the review threshold (medium).
      for (const name of ['Grace Kim', 'Henry Kim', 'Ivan Petrov']) {
        assert.ok(['none', 'low'].includes(subjectNamed(subjects, name).level), `${name} is below review`);
      }
      // The flagged ones outrank every legitimate pattern.
      const flagged = ['Jake Thompson', 'Ryan Mitchell', 'Kevin Brooks', 'Ethan Walker', 'Tom Sample'];
      const lowestFlagged = Math.min(...flagged.map((n) => subjectNamed(subjects, n).score));
      for (const s of subjects.filter((x) => !flagged.includes(x.display_name))) assert.ok(s.score < lowestFlagged, s.display_name);

      // Status went to stderr, data to stdout.
      assert.match(r.stderr, /analyzed \d+ sign-ins \(of \d+ events\)/);
      assert.match(r.stderr, /okta-system-log\.ndjson: okta\.system-log \(ndjson\)/);
      assert.match(r.stderr, /hr-directory\.csv: hr\.directory-csv \(csv\)/);

      // subjects --json prints the same array as scan --json.
      const again = await box.cli(['subjects', '--json', '--db', box.db]);
      assert.equal(again.code, 0);
      assert.deepEqual(parseSubjects(again.stdout), subjects);
      assert.equal(again.stderr, '', 'no stale-analysis warning right after scan');
    });
  });

  test('subject ids are stable for the same data', async () => {
    await inSandbox(async (a) => {
      await inSandbox(async (b) => {
        const first = await scanExamples(a);
        const second = await scanExamples(b);
        assert.deepEqual(
          second.map((s) => [s.id, s.display_name, s.score]),
          first.map((s) => [s.id, s.display_name, s.score]),
        );
      });
    });
  });

  test('the text table lists every subject, ranked, with its findings', async () => {
    await inSandbox(async (box) => {
      const r = await box.cli(['scan', EXAMPLES, '--db', box.db]);
      assert.equal(r.code, 0, r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      assert.match(lines[0]!, /^#\s+score\s+level\s+subject/);
      assert.equal(lines.length, 15, 'a header and fourteen subjects');
      assert.match(lines[1]!, /^1\s+\d+\s+critical\s+Ryan Mitchell\s+hr\+idp\+payroll\+ats\+device\+shipment\s+\S*endpoint\.ipkvm-usb/);
      assert.ok(lines.some((l) => /Jake Thompson\s+hr\+idp\+payroll\+ats\+device\+shipment\s+signin\.impossible-travel/.test(l)));
    });
  });

  test('subjects --min-level and --limit filter the ranked list', async () => {
    await inSandbox(async (box) => {
      const all = await scanExamples(box);
      const low = parseSubjects((await box.cli(['subjects', '--json', '--min-level', 'low', '--db', box.db])).stdout);
      assert.deepEqual(low, all.filter((s) => s.level !== 'none'));
      assert.ok(low.length >= 4);
      const two = parseSubjects((await box.cli(['subjects', '--json', '--limit', '2', '--db', box.db])).stdout);
      assert.deepEqual(two, all.slice(0, 2));
      const none = parseSubjects((await box.cli(['subjects', '--json', '--limit', '0', '--db', box.db])).stdout);
      assert.deepEqual(none, []);
    });
  });

  test('findings filters by rule id, indicator and subject', async () => {
    await inSandbox(async (box) => {
      await scanExamples(box);
      type F = { rule: string; indicator: string; subject: string; evidence: unknown[]; citations: unknown[] };
      const findings = async (...args: string[]) => {
        const r = await box.cli(['findings', '--json', '--db', box.db, ...args]);
        assert.equal(r.code, 0, r.stderr);
        return JSON.parse(r.stdout) as F[];
      };
      const all = await findings();
      assert.ok(all.length >= 4);
      for (const f of all) {
        assert.ok(f.evidence.length > 0, 'every finding carries evidence');
        assert.ok(f.citations.length > 0, 'every finding carries a citation');
      }
      const travel = await findings('--rule', 'signin.impossible-travel');
      assert.ok(travel.length >= 1);
      assert.ok(travel.every((f) => f.rule === 'signin.impossible-travel'));
      assert.deepEqual(await findings('--rule', 'E-03'), travel, 'indicator id selects the same findings');
      const ryan = new Set((await findings('--subject', 'ryan.mitchell@example.com')).map((f) => f.rule));
      for (const rule of ['signin.shared-ip-accounts', 'shipping.shared-address', 'payroll.shared-payout-account', 'endpoint.ipkvm-usb', 'endpoint.remote-access-tool']) {
        assert.ok(ryan.has(rule), `Ryan: ${rule}`);
      }
      assert.equal(ryan.has('signin.impossible-travel'), false);
      assert.deepEqual(await findings('--rule', 'no.such-rule'), []);

      const text = await box.cli(['findings', '--db', box.db]);
      assert.match(text.stdout, /^severity\s+conf\s+rule\s+subject\s+summary/);
      assert.match(text.stdout, /Jake Thompson/);
    });
  });
});

describe('explain', () => {
  test('explains Jake Thompson with timestamps, both IPs, both countries and citations', async () => {
    await inSandbox(async (box) => {
      await scanExamples(box);
      const r = await box.cli(['explain', 'jake.thompson@example.com', '--db', box.db]);
      assert.equal(r.code, 0, r.stderr);
      const out = r.stdout;
      assert.match(out, /^Jake Thompson {2}\(sub_[0-9a-z]+\)$/m);
      assert.match(out, /^score \d+\/100, level (low|medium|high|critical)$/m);
      assert.match(out, /signin\.impossible-travel \(E-03\)/);
      const evidence = out.split('\n').filter((l) => l.includes('198.51.100.200') || l.includes('198.51.100.61'));
      assert.ok(evidence.some((l) => l.includes('198.51.100.200')), 'the far-away IP');
      assert.ok(evidence.some((l) => l.includes('198.51.100.61')), 'the home IP');
      for (const line of evidence) assert.match(line.trim(), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z\s/, `evidence row has a timestamp: ${line}`);
      assert.ok(evidence.some((l) => /\s198\.51\.100\.200\s+CN\s/.test(l)), 'the far-away IP geolocates to CN');
      assert.ok(evidence.some((l) => /\s198\.51\.100\.61\s+US\s/.test(l)), 'the home IP geolocates to US');
      assert.match(out, /^\s+- E-03: .+<https:\/\/[^>]+>$/m, 'a citation line for E-03');
      assert.match(out, /Next steps: /);
      assert.match(out, /okta-api-logs-week2\.json:\d+/, 'evidence points back to file:line');
      assert.equal(CONTROL.test(out), false);
    });
  });

  test('finds the same subject by id, e-mail (any case), employee id and exact name', async () => {
    await inSandbox(async (box) => {
      const subjects = await scanExamples(box);
      const jake = subjectNamed(subjects, 'Jake Thompson');
      const okta = jake.identities.find((i) => i.kind === 'idp.account')!.source_id;
      for (const query of [jake.id, 'Jake.Thompson@Example.com', 'jake.006@mail.example.org', 'E1006', okta, 'Jake Thompson', '  jake thompson ']) {
        const r = await box.cli(['explain', query, '--json', '--db', box.db]);
        assert.equal(r.code, 0, `${query}: ${r.stderr}`);
        assert.equal((JSON.parse(r.stdout) as { subject: { id: string } }).subject.id, jake.id, query);
      }
    });
  });

  test('--json parses and carries the subject, its records and findings with evidence', async () => {
    await inSandbox(async (box) => {
      await scanExamples(box);
      const r = await box.cli(['explain', 'E1006', '--json', '--db', box.db]);
      assert.equal(r.code, 0, r.stderr);
      const x = JSON.parse(r.stdout) as {
        subject: { display_name: string; score: number; level: string; contributions: { points: number }[]; merge_reasons: { key: string }[] };
        identities: { kind: string }[];
        findings: { rule: string; evidence: { values: Record<string, unknown> }[] }[];
      };
      assert.equal(x.subject.display_name, 'Jake Thompson');
      // Jake's records from every system: HR, Okta, his application, payroll, his laptop (MDM) and its shipment.
      assert.deepEqual([...new Set(x.identities.map((i) => i.kind))].sort(), ['ats.applicant', 'device.owner', 'hr.employee', 'idp.account', 'payroll.payee', 'shipment.recipient']);
      assert.ok(x.subject.merge_reasons.some((m) => m.key === 'email:jake.thompson@example.com'), 'why the two records are one person');
      const points = x.subject.contributions.reduce((n, c) => n + c.points, 0);
      assert.ok(Math.abs(points - x.subject.score) <= 1, `the points (${points}) add up to the score (${x.subject.score})`);
      const travel = x.findings.find((f) => f.rule === 'signin.impossible-travel');
      assert.ok(travel);
      const ips = new Set(travel.evidence.map((e) => e.values.ip));
      assert.ok(ips.has('198.51.100.61') && ips.has('198.51.100.200'));
    });
  });

  test('a subject without findings says so', async () => {
    await inSandbox(async (box) => {
      await scanExamples(box);
      const r = await box.cli(['explain', 'alice.chen@example.com', '--db', box.db]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /No findings/);
    });
  });

  test('an unknown subject exits 2 with a message that says how to list subjects', async () => {
    await inSandbox(async (box) => {
      await scanExamples(box);
      const r = await box.cli(['explain', 'nobody@example.com', '--db', box.db]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no subject matches "nobody@example\.com"/);
      assert.match(r.stderr, /molehunt subjects/);
      assert.equal(r.stdout, '');
    });
  });
});

describe('--fail-on', () => {
  test('analyze and scan exit 3 when a subject reaches the level, 0 when none does', async () => {
    await inSandbox(async (box) => {
      const subjects = await scanExamples(box);
      assert.ok(subjects.some((s) => s.level !== 'none'));
      assert.ok(subjects.some((s) => s.level === 'critical'), 'precondition: the laptop farm is critical');
      const offConfig = join(box.dir, 'farm-off.json');
      // Without the rules that see the farm and the KVM, nobody reaches critical.
      const farmRules = ['endpoint.ipkvm-usb', 'shipping.shared-address', 'payroll.shared-payout-account', 'signin.residential-ip-identities', 'signin.shared-ip-accounts', 'endpoint.remote-access-tool', 'shipping.ship-to-not-home', 'payroll.crypto-payout', 'applicant.shared-contact', 'endpoint.ipkvm-heuristic'];
      writeFileSync(offConfig, JSON.stringify({ rules: Object.fromEntries(farmRules.map((r) => [r, { enabled: false }])) }));

      const analyzeLow = await box.cli(['analyze', '--fail-on', 'low', '--db', box.db]);
      assert.equal(analyzeLow.code, 3, analyzeLow.stderr);
      const analyzeCritical = await box.cli(['analyze', '--fail-on', 'critical', '--db', box.db]);
      assert.equal(analyzeCritical.code, 3, analyzeCritical.stderr);
      const withoutFarm = await box.cli(['analyze', '--fail-on', 'critical', '--config', offConfig, '--db', box.db]);
      assert.equal(withoutFarm.code, 0, withoutFarm.stderr);
      const plain = await box.cli(['analyze', '--db', box.db]);
      assert.equal(plain.code, 0);

      const scanLow = await box.cli(['scan', EXAMPLES, '--json', '--fail-on', 'low', '--db', box.db]);
      assert.equal(scanLow.code, 3);
      assert.deepEqual(parseSubjects(scanLow.stdout), subjects, 'scan still prints the ranking when it fails on a level');
      const scanCritical = await box.cli(['scan', EXAMPLES, '--fail-on', 'critical', '--config', offConfig, '--db', box.db]);
      assert.equal(scanCritical.code, 0);

      // A CI gate still gets its report before the failing exit code.
      const gated = await box.cli(['scan', EXAMPLES, '--fail-on', 'medium', '--out', 'gate.html', '--db', box.db]);
      const reachesMedium = subjects.some((s) => ['medium', 'high', 'critical'].includes(s.level));
      assert.equal(gated.code, reachesMedium ? 3 : 0);
      assert.ok(existsSync(join(box.dir, 'gate.html')));
    });
  });

  test('analyze --json prints the counts', async () => {
    await inSandbox(async (box) => {
      await scanExamples(box);
      const r = await box.cli(['analyze', '--json', '--db', box.db]);
      assert.equal(r.code, 0);
      const counts = JSON.parse(r.stdout) as { subjects: number; findings: number };
      assert.equal(counts.subjects, 14);
      assert.ok(counts.findings >= 4);
    });
  });

  test('an invalid level exits 2 (none is not a level to fail on)', async () => {
    await inSandbox(async (box) => {
      for (const argv of [
        ['analyze', '--fail-on', 'severe', '--db', box.db],
        ['analyze', '--fail-on', 'none', '--db', box.db],
        ['scan', EXAMPLES, '--fail-on', 'LOW', '--db', box.db],
      ]) {
        const r = await box.cli(argv);
        assert.equal(r.code, 2, argv.join(' '));
        assert.match(r.stderr, /--fail-on <level>.*invalid.*Allowed choices are low, medium, high, critical/s);
      }
      assert.equal(existsSync(box.db), false, 'nothing was ingested');
    });
  });
});

describe('ingest', () => {
  test('ingesting the same files twice adds no events', async () => {
    await inSandbox(async (box) => {
      const first = await box.cli(['ingest', EXAMPLES, '--json', '--db', box.db]);
      assert.equal(first.code, 0, first.stderr);
      type Summary = { file: string; events: number; new_events: number; records: number; quarantined: number };
      const firstSummary = JSON.parse(first.stdout) as Summary[];
      assert.equal(firstSummary.length, 8, 'every file in examples/');
      const events1 = (await box.cli(['events', '--json', '--db', box.db])).stdout.trimEnd().split('\n');
      const okta = firstSummary.filter((s) => s.file.includes('okta'));
      assert.ok(okta.every((s) => s.new_events > 0 && s.new_events === s.events));
      assert.equal(events1.length, firstSummary.reduce((n, s) => n + s.new_events, 0));

      const second = await box.cli(['ingest', EXAMPLES, '--json', '--db', box.db]);
      assert.equal(second.code, 0, second.stderr);
      const secondSummary = JSON.parse(second.stdout) as Summary[];
      assert.ok(secondSummary.every((s) => s.new_events === 0), 'nothing new the second time');
      for (const s of okta) {
        const name = s.file.split('/').pop()!;
        assert.match(second.stderr, new RegExp(`${name.replace(/\./g, '\\.')}: .* → 0 new events \\(${s.events} already stored\\)`));
      }
      const events2 = (await box.cli(['events', '--json', '--db', box.db])).stdout.trimEnd().split('\n');
      assert.equal(events2.length, events1.length);
      assert.deepEqual(events2, events1);
    });
  });

  test('bad records are quarantined with file, line and reasons; good ones are stored', async () => {
    await inSandbox(async (box) => {
      const good = (i: number) =>
        JSON.stringify(
          oktaEvent({
            uuid: `bbbbbbbb-0000-4000-8000-00000000000${i}`,
            published: `2026-10-0${i}T08:00:00.000Z`,
            actorId: '00u0qexmple00001',
            login: 'quinn.lee@example.com',
            displayName: 'Quinn Lee',
          }),
        );
      const notOkta = { ...oktaEvent({ uuid: 'x', published: '2026-10-05T08:00:00.000Z', actorId: '00u0q', login: 'q@example.com', displayName: 'Q' }) };
      delete notOkta.uuid;
      const lines = [good(1), '{"uuid": "broken", ', good(2), '', JSON.stringify(notOkta), good(3)];
      writeFileSync(join(box.dir, 'mixed.ndjson'), lines.join('\n') + '\n');

      const r = await box.cli(['ingest', 'mixed.ndjson', '--db', box.db]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /mixed\.ndjson: okta\.system-log \(ndjson\) — 5 records → 3 new events, 1 identity records, 2 quarantined/);
      assert.match(r.stderr, /quarantined mixed\.ndjson:2: invalid JSON/);
      assert.match(r.stderr, /quarantined mixed\.ndjson:5: uuid: /);
      assert.match(r.stderr, /2 records quarantined: `molehunt quarantine`/);

      const events = parseNdjson((await box.cli(['events', '--json', '--db', box.db])).stdout);
      assert.equal(events.length, 3);
      assert.deepEqual(
        events.map((e) => (e.molehunt as { raw_ref: { line: number } }).raw_ref.line),
        [1, 3, 6],
        'raw refs point at the right lines despite the bad and blank lines in between',
      );

      const q = await box.cli(['quarantine', '--json', '--db', box.db]);
      assert.equal(q.code, 0);
      const items = JSON.parse(q.stdout) as { file: string; line: number; source: string; reasons: string[]; raw: string }[];
      assert.deepEqual(
        items.map((i) => [i.file, i.line]),
        [
          ['mixed.ndjson', 2],
          ['mixed.ndjson', 5],
        ],
      );
      assert.match(items[0]!.reasons.join(' '), /invalid JSON/);
      assert.match(items[1]!.reasons.join(' '), /^uuid: /);
      assert.equal(items[0]!.raw, '{"uuid": "broken",', 'the raw text is kept to fix by hand');
      assert.ok(items.every((i) => i.source === 'okta.system-log'));

      const text = await box.cli(['quarantine', '--db', box.db]);
      assert.match(text.stdout, /^file\s+line\s+source\s+reasons/);
      assert.match(text.stdout, /mixed\.ndjson\s+2\s+okta\.system-log\s+invalid JSON/);

      // Re-ingesting the same file quarantines nothing twice.
      const again = await box.cli(['ingest', 'mixed.ndjson', '--db', box.db]);
      assert.equal(again.code, 0);
      assert.equal((JSON.parse((await box.cli(['quarantine', '--json', '--db', box.db])).stdout) as unknown[]).length, 2);
    });
  });

  test('bad elements of a JSON array are quarantined with the line they start on', async () => {
    await inSandbox(async (box) => {
      const good = (i: number) =>
        JSON.stringify(oktaEvent({ uuid: `ffffffff-0000-4000-8000-00000000000${i}`, published: `2026-10-0${i}T08:00:00.000Z`, actorId: '00u0arrexmple001', login: 'rae.kim@example.com', displayName: 'Rae Kim' }));
      writeFileSync(join(box.dir, 'api.json'), ['[', `${good(1)},`, '{"hello": "world"},', `${good(2)},`, `${good(3)}`, ']'].join('\n') + '\n');
      const r = await box.cli(['ingest', 'api.json', '--json', '--db', box.db]);
      assert.equal(r.code, 0, r.stderr);
      const [summary] = JSON.parse(r.stdout) as Record<string, unknown>[];
      assert.deepEqual(Object.keys(summary!).sort(), ['events', 'file', 'first_problems', 'framing', 'identities', 'new_events', 'quarantined', 'records', 'source']);
      assert.deepEqual({ ...summary, first_problems: undefined }, {
        file: 'api.json',
        source: 'okta.system-log',
        framing: 'json-array',
        records: 4,
        events: 3,
        new_events: 3,
        identities: 1,
        quarantined: 1,
        first_problems: undefined,
      });
      const items = JSON.parse((await box.cli(['quarantine', '--json', '--db', box.db])).stdout) as { line: number; index: number; raw: string }[];
      assert.deepEqual(items.map((i) => [i.line, i.index]), [[3, 1]]);
      assert.equal(JSON.parse(items[0]!.raw).hello, 'world');
      const events = parseNdjson((await box.cli(['events', '--json', '--db', box.db])).stdout);
      assert.deepEqual(events.map((e) => (e.molehunt as { raw_ref: { line: number } }).raw_ref.line), [2, 4, 5]);
    });
  });

  test('bad HR CSV rows are quarantined with their line numbers', async () => {
    await inSandbox(async (box) => {
      const csv = [
        HR_HEADER,
        hrRow('E2001', 'Uma Reyes', 'uma.reyes@example.com'),
        'E2002,Victor Sun,victor.sun@example.com,only-a-few-fields',
        hrRow('E2003', 'Wendy Ito', 'not-an-email'),
        hrRow('E2004', 'Xavier Cole', 'xavier.cole@example.com'),
      ].join('\n');
      writeFileSync(join(box.dir, 'hr.csv'), csv + '\n');
      const r = await box.cli(['ingest', 'hr.csv', '--db', box.db]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /hr\.csv: hr\.directory-csv \(csv\) — 4 records → 0 new events, 2 identity records, 2 quarantined/);
      const items = JSON.parse((await box.cli(['quarantine', '--json', '--db', box.db])).stdout) as { line: number; reasons: string[] }[];
      assert.deepEqual(items.map((i) => i.line), [3, 4]);
      assert.match(items[0]!.reasons.join(' '), /fields but the header has 19/);
      assert.match(items[1]!.reasons.join(' '), /^email: /);
    });
  });

  test('quarantine on a database with nothing quarantined says so on stderr', async () => {
    await inSandbox(async (box) => {
      await scanExamples(box);
      const text = await box.cli(['quarantine', '--db', box.db]);
      assert.equal(text.code, 0);
      assert.equal(text.stdout, '');
      assert.match(text.stderr, /nothing is quarantined/);
      const json = await box.cli(['quarantine', '--json', '--db', box.db]);
      assert.deepEqual(JSON.parse(json.stdout), []);
    });
  });

  const rejected: [name: string, content: string | Buffer, message: RegExp][] = [
    ['notes.log', 'hello this is not a log export\nsecond line\n', /notes\.log: unrecognized input: it is neither JSON nor CSV\. Expected one of:/],
    ['empty.ndjson', '', /empty\.ndjson: the file is empty/],
    ['blob.json', Buffer.from([0x7b, 0x00, 0x01, 0xff, 0xfe, 0x00, 0x10]), /blob\.json: it is a binary file \(or UTF-16 text: save it as UTF-8\)\. .*Expected one of:/s],
    ['people.csv', 'colour,shape\nred,circle\n', /people\.csv: unrecognized input: it looks like csv but no source recognizes its records\. Expected one of:/],
    ['other.json', '[{"hello": "world"}]', /other\.json: unrecognized input: it looks like json-array but no source recognizes its records/],
  ];
  for (const [name, content, message] of rejected) {
    test(`an unusable file (${name}) exits 2, says what was expected and ingests nothing from the other files`, async () => {
      await inSandbox(async (box) => {
        const good = okFile(box);
        writeFileSync(join(box.dir, name), content);
        const r = await box.cli(['ingest', good, join(EXAMPLES, 'hr-directory.csv'), name, '--db', box.db]);
        assert.equal(r.code, 2);
        assert.match(r.stderr, /^molehunt: nothing was ingested\./);
        assert.match(r.stderr, message);
        if (name !== 'empty.ndjson') {
          assert.match(r.stderr, /okta\.system-log/, 'lists the known sources');
          assert.match(r.stderr, /hr\.directory-csv/, 'lists the known sources');
        }
        assert.equal(r.stdout, '');
        assert.equal(existsSync(box.db), false, 'the database was not even created');
        const scan = await box.cli(['scan', good, name, '--db', box.db]);
        assert.equal(scan.code, 2);
        assert.equal(existsSync(box.db), false, 'scan ingests nothing either');
      });
    });
  }

  test('a missing path exits 2 and ingests nothing from the other paths', async () => {
    await inSandbox(async (box) => {
      const good = okFile(box);
      const r = await box.cli(['ingest', good, 'no-such-file.ndjson', '--db', box.db]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /cannot read no-such-file\.ndjson: no such file or directory/);
      assert.equal(existsSync(box.db), false);
    });
  });

  test('a directory without data files exits 2; other files in a directory are listed as skipped', async () => {
    await inSandbox(async (box) => {
      mkdirSync(join(box.dir, 'empty-dir'));
      writeFileSync(join(box.dir, 'empty-dir', 'README.txt'), 'not data');
      const none = await box.cli(['ingest', 'empty-dir', '--db', box.db]);
      assert.equal(none.code, 2);
      assert.match(none.stderr, /no data files found in empty-dir/);
      assert.equal(existsSync(box.db), false);

      mkdirSync(join(box.dir, 'export'));
      okFile(box, join('export', 'okta.ndjson'));
      writeFileSync(join(box.dir, 'export', 'notes.txt'), 'ignore me');
      const r = await box.cli(['ingest', 'export', '--db', box.db]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /skipped export\/notes\.txt: not a data file/);
      assert.match(r.stderr, /export\/okta\.ndjson: okta\.system-log \(ndjson\) — 3 records → 3 new events/);
    });
  });

  test('--source forces a source and rejects unknown or mismatched ones', async () => {
    await inSandbox(async (box) => {
      const unknown = await box.cli(['ingest', okFile(box), '--source', 'splunk', '--db', box.db]);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /unknown source "splunk" \(known: .*okta\.system-log/);
      const mismatch = await box.cli(['ingest', join(EXAMPLES, 'hr-directory.csv'), '--source', 'okta.system-log', '--db', box.db]);
      assert.equal(mismatch.code, 2);
      assert.match(mismatch.stderr, /okta\.system-log does not read csv files/);
      assert.equal(existsSync(box.db), false);
      const forced = await box.cli(['ingest', okFile(box), '--source', 'okta.system-log', '--db', box.db]);
      assert.equal(forced.code, 0, forced.stderr);
      assert.match(forced.stderr, /3 new events/);
    });
  });
});

describe('events', () => {
  test('--json prints NDJSON with timestamps, datasets and raw references that hash to the input line', async () => {
    await inSandbox(async (box) => {
      await scanExamples(box);
      const r = await box.cli(['events', '--json', '--db', box.db]);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(r.stdout.endsWith('\n'));
      const events = parseNdjson(r.stdout);
      assert.ok(events.length > 300);
      const ndjsonLines = readFileSync(join(EXAMPLES, 'okta-system-log.ndjson'), 'utf8').split('\n');
      let checked = 0;
      let previous = '';
      for (const e of events) {
        const ts = e['@timestamp'] as string;
        assert.match(ts, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        assert.ok(ts >= previous, 'time order');
        previous = ts;
        assert.equal(typeof (e.event as { dataset: unknown }).dataset, 'string');
        const ref = (e.molehunt as { raw_ref: { file: string; line: number; index: number; sha256: string } }).raw_ref;
        assert.equal(typeof ref.file, 'string');
        assert.ok(Number.isInteger(ref.line) && ref.line > 0);
        assert.match(ref.sha256, /^[0-9a-f]{64}$/);
        assert.ok(Number.isInteger(ref.index) && ref.index >= 0, 'raw_ref.index');
        if ((e.event as { dataset: string }).dataset === 'okta.system' && e.user) {
          assert.match((e.molehunt as { identity_id?: string }).identity_id ?? '', /^idp\.account:okta:/, 'a person\'s sign-in names its identity');
        }
        if (ref.file.endsWith('okta-system-log.ndjson')) {
          assert.equal(ref.sha256, sha256(ndjsonLines[ref.line - 1]!.trim()), `raw_ref ${ref.file}:${ref.line} hashes to that line`);
          checked++;
        }
      }
      assert.equal(checked, 181, 'every NDJSON event checked against its line');
    });
  });

  test('--limit, --subject and --dataset filter', async () => {
    await inSandbox(async (box) => {
      await scanExamples(box);
      const lines = async (...args: string[]) => {
        const r = await box.cli(['events', '--json', '--db', box.db, ...args]);
        assert.equal(r.code, 0, r.stderr);
        return parseNdjson(r.stdout);
      };
      const all = await lines();
      assert.deepEqual(await lines('--limit', '5'), all.slice(0, 5));
      assert.deepEqual(await lines('--limit', '0'), []);
      const jake = await lines('--subject', 'jake.thompson@example.com');
      assert.ok(jake.length > 10);
      assert.ok(jake.length < all.length);
      // Jake's events come from his Okta account, his application, payroll, laptop (MDM) and its shipment.
      const jakeSignIns = jake.filter((e) => (e.event as { dataset: string }).dataset === 'okta.system');
      for (const e of jakeSignIns) assert.equal((e.user as { email: string }).email, 'jake.thompson@example.com');
      const jakeCount = all.filter((e) => (e.event as { dataset: string }).dataset === 'okta.system' && (e.user as { email?: string } | undefined)?.email === 'jake.thompson@example.com').length;
      assert.equal(jakeSignIns.length, jakeCount, 'all of Jake\'s sign-ins');
      assert.ok(jake.length > jakeSignIns.length, 'and his events from other systems');
      assert.equal((await lines('--subject', 'E1006', '--limit', '2')).length, 2);
      const okta = await lines('--dataset', 'okta.system');
      assert.ok(okta.length > 0 && okta.every((e) => (e.event as { dataset: string }).dataset === 'okta.system'));
      assert.deepEqual(await lines('--dataset', 'no.such'), []);

      const unknown = await box.cli(['events', '--subject', 'nobody@example.com', '--db', box.db]);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /no subject matches/);
    });
  });

  test('the text table shows time, action, user, IP and country', async () => {
    await inSandbox(async (box) => {
      await scanExamples(box);
      const r = await box.cli(['events', '--subject', 'jake.thompson@example.com', '--db', box.db]);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^time\s+action\s+outcome\s+user\s+ip\s+country\s+city/);
      assert.match(r.stdout, /2026-10-13T16:47:00\.000Z\s+\S+\s+success\s+jake\.thompson@example\.com\s+198\.51\.100\.200\s+CN\s+Shenyang/);
    });
  });
});

/** All real tags of an HTML document (escaped text contains no raw `<`). */
function tags(html: string): string[] {
  return html.match(/<[a-zA-Z][^>]*>/g) ?? [];
}

const CITATION_URLS = new Set(rules.flatMap((r) => r.citations.map((c) => c.url).filter((u): u is string => !!u)));

function assertSelfContained(html: string): void {
  assert.ok(html.startsWith('<!doctype html>'), 'starts with the doctype');
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*">/);
  assert.equal(/<script/i.test(html), false, 'no script element');
  for (const tag of tags(html)) {
    assert.equal(/\ssrc\s*=/i.test(tag), false, `no src attribute: ${tag}`);
    assert.equal(/\son[a-z]+\s*=/i.test(tag), false, `no event handler: ${tag}`);
    assert.equal(/<(link|iframe|object|embed|img|base|form)\b/i.test(tag), false, `no loading element: ${tag}`);
    const href = /\shref="([^"]*)"/.exec(tag)?.[1];
    if (href !== undefined) assert.ok(href.startsWith('#') || CITATION_URLS.has(href.replace(/&amp;/g, '&')), `href is an anchor or a citation: ${href}`);
  }
  assert.equal(/url\(/i.test(html), false, 'no CSS url() loads');
}

describe('report', () => {
  test('writes a self-contained HTML file without scripts or remote loads', async () => {
    await inSandbox(async (box) => {
      await scanExamples(box);
      const r = await box.cli(['report', '--out', 'r.html', '--db', box.db]);
      assert.equal(r.code, 0, r.stderr);
      const path = join(box.dir, 'r.html');
      assert.match(r.stderr, new RegExp(`wrote ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      assert.equal(r.stdout, '');
      const html = readFileSync(path, 'utf8');
      assertSelfContained(html);
      assert.match(html, /Jake Thompson/);
      assert.match(html, /signin\.impossible-travel/);
      assert.ok([...CITATION_URLS].some((u) => html.includes(`href="${u}"`)), 'citations are links');
    });
  });

  test('scan --out writes the same kind of report', async () => {
    await inSandbox(async (box) => {
      const r = await box.cli(['scan', EXAMPLES, '--out', join(box.dir, 'scan.html'), '--db', box.db]);
      assert.equal(r.code, 0, r.stderr);
      assertSelfContained(readFileSync(join(box.dir, 'scan.html'), 'utf8'));
    });
  });

  test('an unwritable destination exits 2 with the path', async () => {
    await inSandbox(async (box) => {
      await scanExamples(box);
      const r = await box.cli(['report', '--out', join('no-such-dir', 'r.html'), '--db', box.db]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /cannot write the report to .*no-such-dir\/r\.html/);
    });
  });

  test('hostile values from the logs are escaped in HTML and stripped of control characters in text', async () => {
    await inSandbox(async (box) => {
      const actor = { actorId: '00u0xssexmple001', login: 'mallory.xss@example.com', displayName: '<script>alert(1)</script>' };
      const hostileCity = '"><img src=x onerror=alert(1)>';
      const ansiName = 'Trent \u001b[31mRed\u001b[0m Ansi';
      const events = [
        oktaEvent({ ...actor, uuid: 'cccccccc-0000-4000-8000-000000000001', published: '2026-10-06T10:00:00.000Z', ip: '203.0.113.50' }),
        oktaEvent({
          ...actor,
          uuid: 'cccccccc-0000-4000-8000-000000000002',
          published: '2026-10-06T10:40:00.000Z',
          ip: '198.51.100.210',
          city: hostileCity,
          country: 'China',
          lat: 41.8,
          lon: 123.4,
        }),
        oktaEvent({ ...actor, uuid: 'cccccccc-0000-4000-8000-000000000003', published: '2026-10-06T11:20:00.000Z', ip: '203.0.113.50' }),
        oktaEvent({ uuid: 'cccccccc-0000-4000-8000-000000000004', published: '2026-10-06T12:00:00.000Z', actorId: '00u0ansiexmple01', login: 'trent.ansi@example.com', displayName: ansiName, ip: '203.0.113.60' }),
      ];
      // A malformed line whose JSON.parse message echoes the raw bytes (terminal escape included).
      writeFileSync(join(box.dir, 'hostile.ndjson'), ndjson(events) + '\u001b]0;pwned\u0007\u001b[2J\n');
      writeFileSync(
        join(box.dir, 'hr.csv'),
        [HR_HEADER, hrRow('E9001', '"=HYPERLINK(""http://evil"")"', 'formula.person@example.com')].join('\n') + '\n',
      );

      const r = await box.cli(['scan', 'hostile.ndjson', 'hr.csv', '--out', 'r.html', '--db', box.db]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(CONTROL.test(r.stdout), false, `no control characters in the subjects table: ${JSON.stringify(r.stdout)}`);
      assert.equal(CONTROL.test(r.stderr), false, `no control characters in status lines: ${JSON.stringify(r.stderr)}`);
      assert.match(r.stdout, /Trent .\[31mRed.\[0m Ansi/, 'the name is still shown, with the escapes neutralized');

      const html = readFileSync(join(box.dir, 'r.html'), 'utf8');
      assertSelfContained(html);
      assert.equal(html.includes('<script>alert(1)'), false);
      assert.equal(html.includes('<img src=x'), false);
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the display name is shown escaped');
      assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'), 'the city is shown escaped (in the evidence table)');
      assert.ok(html.includes('=HYPERLINK(&quot;http://evil&quot;)'), 'the HR name is shown escaped, as text');

      const subjects = parseSubjects((await box.cli(['subjects', '--json', '--db', box.db])).stdout);
      const mallory = subjectNamed(subjects, '<script>alert(1)</script>');
      assert.ok(mallory.findings.some((f) => f.rule === 'signin.impossible-travel'), 'precondition: the hostile city is in a finding');
      assert.equal(subjectNamed(subjects, ansiName).display_name, ansiName, 'JSON keeps the value exactly (escaped by JSON)');

      for (const argv of [
        ['subjects'],
        ['scan', 'hostile.ndjson'],
        ['explain', 'mallory.xss@example.com'],
        ['explain', 'trent.ansi@example.com'],
        ['events'],
        ['findings'],
        ['quarantine'],
      ]) {
        const out = await box.cli([...argv, '--db', box.db]);
        assert.equal(out.code, 0, `${argv.join(' ')}: ${out.stderr}`);
        assert.equal(CONTROL.test(out.stdout), false, `${argv.join(' ')} stdout: ${JSON.stringify(out.stdout)}`);
        assert.equal(CONTROL.test(out.stderr), false, `${argv.join(' ')} stderr`);
      }
    });
  });
});

test('error messages that quote stored names carry no control characters', async () => {
  await inSandbox(async (box) => {
    const name = 'Dup \u001b[31mName\u001b]0;x\u0007';
    const events = ['00u0dupexmple001', '00u0dupexmple002'].map((actorId, i) =>
      oktaEvent({ uuid: `dddddddd-0000-4000-8000-00000000000${i}`, published: '2026-10-01T09:00:00.000Z', actorId, login: `dup${i}@example.com`, displayName: name }),
    );
    writeFileSync(join(box.dir, 'dup.ndjson'), ndjson(events));
    assert.equal((await box.cli(['scan', 'dup.ndjson', '--db', box.db])).code, 0);
    const r = await box.cli(['explain', name, '--db', box.db]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /matches 2 subjects: sub_\w+ \(Dup .\[31mName/);
    assert.match(r.stderr, /Use the id\.\n$/);
    assert.equal(CONTROL.test(r.stderr), false, JSON.stringify(r.stderr));
  });
});

test('progress bars draw only on a terminal, and never with --quiet or MOLEHUNT_NO_PROGRESS', async () => {
  await inSandbox(async (box) => {
    const file = okFile(box);
    const ingest = (args: string[], env: Record<string, string> = {}) =>
      runCli(['ingest', file, '--db', box.db, ...args], { cwd: box.dir, env, isTTY: true, progress: true });
    const drawn = await ingest([]);
    assert.equal(drawn.code, 0, drawn.stderr);
    assert.match(drawn.stderr, /okta-ok\.ndjson \[.*\] \d+%/, 'a bar on a terminal');
    for (const [args, env] of [[['--quiet'], {}], [['-q'], {}], [[], { MOLEHUNT_NO_PROGRESS: '1' }]] as const) {
      const r = await ingest([...args], env);
      assert.equal(r.code, 0);
      assert.doesNotMatch(r.stderr, /%/, `${args.join(' ')} ${JSON.stringify(env)}`);
      assert.equal(CONTROL.test(r.stderr), false);
    }
    const piped = await runCli(['ingest', file, '--db', box.db], { cwd: box.dir, isTTY: false, progress: true });
    assert.doesNotMatch(piped.stderr, /%/, 'no bar when stderr is not a terminal');
  });
});

describe('configuration', () => {
  const ingestHr = (box: Sandbox, args: string[], env?: Record<string, string>) =>
    box.cli(['ingest', join(EXAMPLES, 'hr-directory.csv'), ...args], env);

  test('--db beats MOLEHUNT_DB beats the config file beats ./molehunt.db', async () => {
    await inSandbox(async (box) => {
      writeFileSync(join(box.dir, 'molehunt.config.json'), JSON.stringify({ db: 'from-config.db' }));
      const at = (name: string) => existsSync(join(box.dir, name));

      const flag = await ingestHr(box, ['--db', 'from-flag.db'], { MOLEHUNT_DB: 'from-env.db' });
      assert.equal(flag.code, 0, flag.stderr);
      assert.deepEqual([at('from-flag.db'), at('from-env.db'), at('from-config.db'), at('molehunt.db')], [true, false, false, false]);

      const env = await ingestHr(box, [], { MOLEHUNT_DB: 'from-env.db' });
      assert.equal(env.code, 0, env.stderr);
      assert.deepEqual([at('from-env.db'), at('from-config.db'), at('molehunt.db')], [true, false, false]);

      const config = await ingestHr(box, []);
      assert.equal(config.code, 0, config.stderr);
      assert.deepEqual([at('from-config.db'), at('molehunt.db')], [true, false]);
    });
    await inSandbox(async (box) => {
      const r = await ingestHr(box, []);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(existsSync(join(box.dir, 'molehunt.db')), 'the default is ./molehunt.db in the working directory');
      const read = await box.cli(['quarantine', '--json']);
      assert.equal(read.code, 0, 'read commands find the default database too');
    });
  });

  test('--config and MOLEHUNT_CONFIG select the config file; a named file that is missing exits 2', async () => {
    await inSandbox(async (box) => {
      writeFileSync(join(box.dir, 'a.json'), JSON.stringify({ db: 'a.db' }));
      writeFileSync(join(box.dir, 'b.json'), JSON.stringify({ db: 'b.db' }));
      writeFileSync(join(box.dir, 'molehunt.config.json'), JSON.stringify({ db: 'default-config.db' }));
      assert.equal((await ingestHr(box, ['--config', 'a.json'], { MOLEHUNT_CONFIG: 'b.json' })).code, 0);
      assert.ok(existsSync(join(box.dir, 'a.db')));
      assert.equal(existsSync(join(box.dir, 'b.db')), false, '--config beats MOLEHUNT_CONFIG');
      assert.equal((await ingestHr(box, [], { MOLEHUNT_CONFIG: 'b.json' })).code, 0);
      assert.ok(existsSync(join(box.dir, 'b.db')));
      assert.equal(existsSync(join(box.dir, 'default-config.db')), false);

      const missing = await ingestHr(box, ['--config', 'nope.json']);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /config file not found: .*nope\.json/);
    });
  });

  const invalid: [name: string, content: string, message: RegExp][] = [
    ['bad JSON', '{ "db": ', /cannot read config .*molehunt\.config\.json: .*JSON/],
    ['unknown key', JSON.stringify({ database: 'x.db' }), /invalid config .*molehunt\.config\.json:\n {2}.*database/],
    ['bad CIDR', JSON.stringify({ corporate_egress_cidrs: ['192.0.2.0/24', '198.51.100.0/33'] }), /corporate_egress_cidrs\.1: expected an IP address or CIDR/],
    ['not an IP', JSON.stringify({ corporate_egress_cidrs: ['office-vpn'] }), /corporate_egress_cidrs\.0: expected an IP address or CIDR/],
    ['unknown rule id', JSON.stringify({ rules: { 'signin.teleport': { enabled: false } } }), /rules\.signin\.teleport: unknown rule \(known: .*signin\.impossible-travel/],
    ['wrong option type', JSON.stringify({ rules: { 'signin.impossible-travel': { maxSpeedKmh: 'fast' } } }), /rules\.signin\.impossible-travel\.maxSpeedKmh: /],
    ['enabled not a boolean', JSON.stringify({ rules: { 'signin.impossible-travel': { enabled: 'no' } } }), /rules\.signin\.impossible-travel\.enabled: expected true or false/],
    ['misspelled rule option', JSON.stringify({ rules: { 'signin.impossible-travel': { maxSpeedKPH: 5 } } }), /rules\.signin\.impossible-travel.*maxSpeedKPH/],
    ['empty db', JSON.stringify({ db: '' }), /db: /],
  ];
  for (const [name, content, message] of invalid) {
    test(`an invalid config file (${name}) exits 2 with the path of the problem`, async () => {
      await inSandbox(async (box) => {
        writeFileSync(join(box.dir, 'molehunt.config.json'), content);
        for (const argv of [['ingest', join(EXAMPLES, 'hr-directory.csv'), '--db', box.db], ['subjects', '--db', box.db]]) {
          const r = await box.cli(argv);
          assert.equal(r.code, 2, `${argv[0]}: ${r.stderr}`);
          assert.match(r.stderr, new RegExp(`molehunt: .*${join(box.dir, 'molehunt.config.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
          assert.match(r.stderr, message);
        }
        assert.equal(existsSync(box.db), false, 'nothing ran');
      });
    });
  }

  test('corporate_egress_cidrs reaches the rules: the shared office address is no evidence', async () => {
    await inSandbox(async (box) => {
      const before = await scanExamples(box);
      for (const name of ['Ryan Mitchell', 'Kevin Brooks', 'Ethan Walker']) {
        assert.ok(subjectNamed(before, name).findings.some((f) => f.rule === 'signin.shared-ip-accounts'), `precondition: ${name}`);
      }
      writeFileSync(join(box.dir, 'molehunt.config.json'), JSON.stringify({ corporate_egress_cidrs: ['198.51.100.77/32'] }));
      const analyzed = await box.cli(['analyze', '--db', box.db]);
      assert.equal(analyzed.code, 0, analyzed.stderr);
      const after = parseSubjects((await box.cli(['subjects', '--json', '--db', box.db])).stdout);
      for (const name of ['Ryan Mitchell', 'Kevin Brooks', 'Ethan Walker']) {
        assert.equal(subjectNamed(after, name).findings.some((f) => f.rule === 'signin.shared-ip-accounts'), false, name);
      }
      assert.ok(subjectNamed(after, 'Jake Thompson').findings.some((f) => f.rule === 'signin.impossible-travel'), 'other findings stay');
    });
  });

  test('suppressions: a declared household and a sanctioned tool are kept as suppressed and scored 0; an expired one is not applied', async () => {
    await inSandbox(async (box) => {
      const suppressions = {
        households: [{ subjects: ['grace.kim@example.com', 'E1011'], reason: 'married; HR-confirmed shared home' }],
        sanctioned_remote_tools: [{ tool: 'TeamViewer', reason: 'IT support standard (ITSEC-12)' }],
        findings: [{ rule: 'E-03', subject: 'E1006', reason: 'an exception that has run out', expires: '2026-01-31' }],
      };
      writeFileSync(join(box.dir, 'sup.json'), JSON.stringify({ suppressions }));
      const r = await box.cli(['scan', EXAMPLES, '--json', '--config', 'sup.json', '--db', box.db]);
      assert.equal(r.code, 0, r.stderr);
      const subjects = parseSubjects(r.stdout);
      for (const name of ['Grace Kim', 'Henry Kim', 'Ivan Petrov']) {
        const s = subjectNamed(subjects, name);
        assert.equal(s.score, 0, name);
        assert.ok(s.findings.length > 0 && s.findings.every((f) => f.status === 'suppressed'), `${name}: findings kept, marked suppressed`);
      }
      assert.ok(subjectNamed(subjects, 'Jake Thompson').findings.some((f) => f.rule === 'signin.impossible-travel' && f.status === 'active'), 'expired: not applied');
      assert.match(r.stderr, /suppressions\.findings\[0\] expired on 2026-01-31/);
      const explained = await box.cli(['explain', 'ivan.petrov@example.com', '--config', 'sup.json', '--db', box.db]);
      assert.match(explained.stdout, /SUPPRESSED \(sanctioned_tool: IT support standard \(ITSEC-12\)/);
      assert.match(explained.stdout, /What would clear it: /);
    });
  });

  test('rules.<id>.enabled=false and rule options reach the rules', async () => {
    await inSandbox(async (box) => {
      writeFileSync(join(box.dir, 'off.json'), JSON.stringify({ rules: { 'signin.impossible-travel': { enabled: false } } }));
      const off = await scanExamples(box, ['--config', 'off.json']);
      const jake = subjectNamed(off, 'Jake Thompson');
      assert.equal(jake.findings.some((f) => f.rule === 'signin.impossible-travel'), false);
      assert.ok(jake.findings.some((f) => f.rule === 'signin.dprk-region'), 'the Shenyang sign-ins are still a region finding');
      assert.ok(subjectNamed(off, 'Ryan Mitchell').findings.length > 0, 'the other rule still runs');

      writeFileSync(join(box.dir, 'slow.json'), JSON.stringify({ rules: { 'signin.impossible-travel': { maxSpeedKmh: 100000 } } }));
      const lenient = await scanExamples(box, ['--config', 'slow.json']);
      assert.equal(subjectNamed(lenient, 'Jake Thompson').findings.some((f) => f.rule === 'signin.impossible-travel'), false, 'a looser option is used');

      const back = await scanExamples(box);
      assert.ok(subjectNamed(back, 'Jake Thompson').findings.some((f) => f.rule === 'signin.impossible-travel'), 'defaults again without the config');
    });
  });
});

describe('database', () => {
  test('read commands on a missing database exit 2, say to ingest or scan first, and create nothing', async () => {
    await inSandbox(async (box) => {
      const none = join(box.dir, 'none.db');
      for (const argv of [
        ['subjects'],
        ['subjects', '--json'],
        ['analyze'],
        ['explain', 'someone@example.com'],
        ['findings'],
        ['events', '--json'],
        ['report', '--out', 'r.html'],
        ['quarantine'],
      ]) {
        const r = await box.cli([...argv, '--db', none]);
        assert.equal(r.code, 2, argv.join(' '));
        assert.match(r.stderr, /no molehunt database at .*none\.db\. Run `molehunt ingest <files>` or `molehunt scan <files>` first/, argv.join(' '));
        assert.equal(r.stdout, '');
      }
      const viaEnv = await box.cli(['subjects'], { MOLEHUNT_DB: none });
      assert.equal(viaEnv.code, 2);
      assert.deepEqual(readdirSync(box.dir), [], 'no database, WAL or report file was created');
    });
  });

  test('read commands before any analysis print an empty result and say to analyze', async () => {
    await inSandbox(async (box) => {
      assert.equal((await box.cli(['ingest', okFile(box), '--db', box.db])).code, 0);
      const r = await box.cli(['subjects', '--json', '--db', box.db]);
      assert.equal(r.code, 0);
      assert.deepEqual(JSON.parse(r.stdout), []);
      assert.match(r.stderr, /no analysis yet: run `molehunt analyze`/);
    });
  });

  test('data ingested after the last analysis is pointed out', async () => {
    await inSandbox(async (box) => {
      await scanExamples(box);
      await new Promise((resolve) => setTimeout(resolve, 5));
      assert.equal((await box.cli(['ingest', okFile(box), '--db', box.db])).code, 0);
      const r = await box.cli(['subjects', '--db', box.db]);
      assert.equal(r.code, 0);
      assert.match(r.stderr, /data was ingested after the last analysis/);
    });
  });

  test('a file that is not a molehunt database exits 2', async () => {
    await inSandbox(async (box) => {
      writeFileSync(box.db, 'this is not SQLite at all, just some text that is long enough to look like a header page');
      const r = await box.cli(['subjects', '--db', box.db]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /cannot (open|use) the database at .*t\.db: file is not a database/);
    });
  });

  test('an unreachable postgres server exits 2 without echoing the password', async () => {
    await inSandbox(async (box) => {
      const r = await box.cli(['subjects', '--db', 'postgres://molehunt:s3cret-pw@127.0.0.1:1/molehunt']);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /cannot use the database at postgres:\/\/molehunt:\*\*\*@127\.0\.0\.1:1\/molehunt/);
      assert.equal(r.stderr.includes('s3cret-pw'), false);
    });
  });
});

describe('the executable', () => {
  const main = fileURLToPath(new URL('./main.ts', import.meta.url));
  // Resolved from here: `--import tsx` alone would resolve tsx from the temp cwd and fail.
  const tsx = import.meta.resolve('tsx');
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('MOLEHUNT_')));

  test('scan --json: exit 0, pure JSON on stdout, status on stderr; a missing database exits 2', async () => {
    await inSandbox(async (box) => {
      const spawn = (args: string[]) =>
        spawnSync(process.execPath, ['--import', tsx, main, ...args], { cwd: box.dir, env: { ...env, MOLEHUNT_NO_PROGRESS: '1' }, encoding: 'utf8', timeout: 60_000 });
      const scan = spawn(['scan', EXAMPLES, '--json', '--db', join(box.dir, 'p.db')]);
      assert.equal(scan.status, 0, scan.stderr);
      const subjects = parseSubjects(scan.stdout);
      assert.equal(subjects.length, 14);
      assert.equal(subjects[0]!.display_name, 'Ryan Mitchell');
      assert.match(scan.stderr, /analyzed \d+ sign-ins \(of \d+ events\)/);
      assert.match(scan.stderr, /okta-system-log\.ndjson/);

      const missing = spawn(['subjects', '--db', join(box.dir, 'missing.db')]);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /no molehunt database/);
      assert.equal(missing.stdout, '');
      assert.equal(existsSync(join(box.dir, 'missing.db')), false);

      const usage = spawn(['nope']);
      assert.equal(usage.status, 2);
    });
  });
});

test('a reader that closes the pipe early (events --json | head) is not an error', async () => {
  await inSandbox(async (box) => {
    await scanExamples(box);
    const { spawn } = await import('node:child_process');
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('MOLEHUNT_')));
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), fileURLToPath(new URL('./main.ts', import.meta.url)), 'events', '--json', '--db', box.db], {
      cwd: box.dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let first = '';
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString().split('\n', 1)[0]!;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.ok(JSON.parse(first)['@timestamp'], 'the first line was an event');
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
  });
});

describe('PostgreSQL', () => {
  const pgUrl = process.env.MOLEHUNT_TEST_PG_URL;

  test('scan of examples/ ranks the same as on SQLite', { skip: pgUrl ? false : 'MOLEHUNT_TEST_PG_URL is not set' }, async () => {
    await inSandbox(async (box) => {
      const name = `mh_cli_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
        try {
          const url = new URL(pgUrl!);
          url.pathname = `/${name}`;
          const onPg = await box.cli(['scan', EXAMPLES, '--json', '--db', url.toString()]);
          assert.equal(onPg.code, 0, onPg.stderr);
          const onSqlite = await scanExamples(box);
          const rank = (subjects: SubjectJson[]) => subjects.map((s) => [s.id, s.display_name, s.score, s.level, s.findings.map((f) => f.rule)]);
          assert.deepEqual(rank(parseSubjects(onPg.stdout)), rank(onSqlite));
          const explain = await box.cli(['explain', 'jake.thompson@example.com', '--db', url.toString()]);
          assert.equal(explain.code, 0, explain.stderr);
          assert.match(explain.stdout, /198\.51\.100\.200/);
        } finally {
          await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        }
      } finally {
        await admin.end();
      }
    });
  });
});
