import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { GroundTruthSchema } from '../model/ground-truth.js';
import { parseSubjects, inSandbox } from './__fixtures__/harness.js';


const TINY = ['--employees', '15', '--days', '7', '--seed', '3'];

describe('molehunt simulate', () => {
  test('writes data/, truth.json, a loadable config and a README; refuses a non-empty directory', async () => {
    await inSandbox(async (box) => {
      const r = await box.cli(['simulate', '--out', 'sim', ...TINY]);
      assert.equal(r.code, 0, r.stderr);
      for (const f of ['truth.json', 'molehunt.config.json', 'README.md', 'data/okta-system-log.ndjson', 'data/entra-signins.ndjson', 'data/osquery-results.ndjson', 'data/hr-directory.csv', 'data/ats-applicants.csv', 'data/payroll-payees.csv', 'data/shipments.csv', 'data/mdm-devices.csv']) {
        assert.ok(existsSync(join(box.dir, 'sim', f)), `${f} written`);
      }
      assert.match(r.stderr, /next: cd sim && molehunt --db molehunt\.db scan data\//);
      const again = await box.cli(['simulate', '--out', 'sim', ...TINY]);
      assert.equal(again.code, 2);
      assert.match(again.stderr, /not empty.*--force/);
      assert.equal((await box.cli(['simulate', '--out', 'sim', '--force', ...TINY])).code, 0);
    });
  });

  test('an unknown scenario exits 2 and lists the valid ones', async () => {
    await inSandbox(async (box) => {
      const r = await box.cli(['simulate', '--out', 'sim', '--scenario', 'laptop-farm,laptop-farms', ...TINY]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /unknown scenario "laptop-farms"\. Valid: all, operations, benign, laptop-farm, facilitator-network, solo-worker, applicant-wave, .*pi-hobbyist\./);
      assert.ok(!existsSync(join(box.dir, 'sim', 'truth.json')), 'nothing written');
    });
  });

  test('round trip: everything ingests with zero quarantine, and every person in the truth is a subject', async () => {
    await inSandbox(async (box) => {
      assert.equal((await box.cli(['simulate', '--out', 'sim', ...TINY])).code, 0);
      const sim = join(box.dir, 'sim');
      const scan = await box.cli(['--db', box.db, '--config', join(sim, 'molehunt.config.json'), 'scan', join(sim, 'data'), '--json']);
      assert.equal(scan.code, 0, scan.stderr);
      assert.doesNotMatch(scan.stderr, /[1-9]\d* quarantined/);
      assert.deepEqual(JSON.parse((await box.cli(['--db', box.db, 'quarantine', '--json'])).stdout), []);
      const subjects = parseSubjects(scan.stdout);
      const truth = GroundTruthSchema.parse(JSON.parse(readFileSync(join(sim, 'truth.json'), 'utf8')));
      for (const m of [...truth.operations, ...truth.benign].flatMap((o) => o.members)) {
        const found = subjects.some((s) => s.identities.some((i) => (m.employee_id && i.employee_id === m.employee_id) || m.applicant_ids.includes(i.applicant_id ?? '')));
        assert.ok(found, `${m.name} (${m.role}) is a subject`);
      }
    });
  });
});

describe('molehunt eval and demo', () => {
  test('demo scans a small company into its own database, writes the report and shows what was hidden', async () => {
    await inSandbox(async (box) => {
      const r = await box.cli(['demo', '--employees', '12', '--days', '7', '--dir', 'demo']);
      assert.equal(r.code, 0, r.stderr);
      const report = join(box.dir, 'demo', 'report.html');
      assert.ok(existsSync(report));
      assert.ok(r.stdout.includes(`report: ${report}`));
      assert.match(r.stdout, /^top subjects:/m);
      assert.match(r.stdout, /hidden in this company \(truth\.json\)/);
      for (const op of ['Laptop farm', 'Facilitator network', 'Solo worker', 'Applicant wave']) assert.match(r.stdout, new RegExp(`[✓✗] ${op}`));
      assert.ok(!existsSync(box.db), 'the default database is not touched');

      const evalJson = await box.cli(['--db', join(box.dir, 'demo', 'molehunt.db'), 'eval', '--truth', join(box.dir, 'demo', 'truth.json'), '--json']);
      assert.equal(evalJson.code, 0, evalJson.stderr);
      const result = JSON.parse(evalJson.stdout) as { cutoffs: { level: string }[]; operations: { id: string; members: number }[]; review_level: string };
      assert.deepEqual(result.cutoffs.map((c) => c.level), ['none', 'low', 'medium', 'high', 'critical']);
      assert.deepEqual(result.operations.map((o) => o.id), ['op-laptop-farm', 'op-facilitator-network', 'op-solo-worker', 'op-applicant-wave']);
      assert.equal(result.review_level, 'medium');
      const text = await box.cli(['--db', join(box.dir, 'demo', 'molehunt.db'), 'eval', '--truth', join(box.dir, 'demo', 'truth.json')]);
      assert.match(text.stdout, /PR-AUC/);
      assert.match(text.stdout, /^networks: /m);
    });
  });

  test('eval refuses a file that is not a truth file, and a database without those people', async () => {
    await inSandbox(async (box) => {
      writeFileSync(join(box.dir, 'bad.json'), '{"operations": 3}');
      assert.equal((await box.cli(['simulate', '--out', 'sim', ...TINY])).code, 0);
      const sim = join(box.dir, 'sim');
      assert.equal((await box.cli(['--db', box.db, '--config', join(sim, 'molehunt.config.json'), 'scan', join(sim, 'data')])).code, 0);
      const bad = await box.cli(['--db', box.db, 'eval', '--truth', 'bad.json']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /is not a molehunt truth file:\n\s+simulator: /);
      assert.equal((await box.cli(['simulate', '--out', 'other', ...TINY.slice(0, 4), '--seed', '99'])).code, 0);
      const other = await box.cli(['--db', box.db, 'eval', '--truth', join('other', 'truth.json')]);
      assert.equal(other.code, 2);
      assert.match(other.stderr, /the people in the truth file are not in this database/);
    });
  });
});
