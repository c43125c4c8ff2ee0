import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { EXAMPLES, parseSubjects, subjectNamed, inSandbox } from './__fixtures__/harness.js';
import { readRuleFiles } from './custom-rules.js';
import type { CliIO } from './io.js';

const EXAMPLE_RULES = join(EXAMPLES, 'rules');


const io = (cwd: string): CliIO => ({ stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd });

/** A rule file with a broken CIDR on line 9. */
const BROKEN = `id: custom.broken
indicator: E-02
title: Broken rule
description: A rule whose range is not a range, to show the error report.
strength: M
logsource: { kind: signin }
detection:
  selection:
    source.ip|cidr: 198.51.100.0/33
  condition: selection
`;

describe('custom rule files', () => {
  test('reads *.yml and *.yaml under the folder, recursively and sorted; a missing folder is a problem', async () => {
    await inSandbox(async (box) => {
      const dir = join(box.dir, 'rules');
      mkdirSync(join(dir, 'sub'), { recursive: true });
      writeFileSync(join(dir, 'b.yaml'), 'id: b');
      writeFileSync(join(dir, 'a.yml'), 'id: a');
      writeFileSync(join(dir, 'sub', 'c.YML'), 'id: c');
      writeFileSync(join(dir, 'notes.txt'), 'not a rule');
      const read = readRuleFiles(dir, io(box.dir));
      assert.deepEqual(read.files.map((f) => f.path), ['rules/a.yml', 'rules/b.yaml', 'rules/sub/c.YML']);
      assert.deepEqual(read.problems, []);
      const missing = readRuleFiles(join(box.dir, 'nope'), io(box.dir));
      assert.deepEqual(missing.problems.map((p) => [p.file, p.severity, p.message]), [['nope', 'error', 'rules directory not found']]);
    });
  });

  test('the example rules find the laptop farm and, in shadow, the remote-desktop tools', async () => {
    await inSandbox(async (box) => {
      writeFileSync(join(box.dir, 'molehunt.config.json'), JSON.stringify({ rules_dir: EXAMPLE_RULES }));
      const scan = await box.cli(['scan', EXAMPLES, '--json', '--db', box.db]);
      assert.equal(scan.code, 0, scan.stderr);
      assert.match(scan.stderr, /custom rules: 2 loaded from /);
      assert.doesNotMatch(scan.stderr, /: (error|warning): /);
      const subjects = parseSubjects(scan.stdout);
      for (const name of ['Ryan Mitchell', 'Kevin Brooks', 'Ethan Walker']) {
        const farm = subjectNamed(subjects, name).findings.find((f) => f.rule === 'custom.laptops-behind-one-connection');
        assert.match(farm?.summary ?? '', /3 people with source\.ip=198\.51\.100\.77 within 1d \(threshold 2\): Ryan Mitchell, Kevin Brooks, Ethan Walker/, name);
      }
      const ivan = subjectNamed(subjects, 'Ivan Petrov').findings.find((f) => f.rule === 'custom.remote-desktop-on-laptop') as { status?: string } | undefined;
      assert.equal(ivan?.status, 'shadow');
      for (const name of ['Grace Kim', 'Alice Chen', 'Carol Okafor']) {
        assert.ok(!subjectNamed(subjects, name).findings.some((f) => f.rule.startsWith('custom.')), name);
      }
      const explain = await box.cli(['explain', 'ryan.mitchell@example.com', '--db', box.db]);
      assert.match(explain.stdout, /custom\.laptops-behind-one-connection \(E-13\) — Several people's laptops check in from one connection/);
      assert.match(explain.stdout, /Next steps: List the laptops/);
    });
  });

  test('a broken rule file is reported with file:line:column and skipped; analysis runs the good rules', async () => {
    await inSandbox(async (box) => {
      const dir = join(box.dir, 'rules');
      mkdirSync(dir);
      writeFileSync(join(dir, 'broken.yml'), BROKEN);
      writeFileSync(join(dir, 'farm.yml'), readFileSync(join(EXAMPLE_RULES, 'laptops-behind-one-connection.yml'), 'utf8'));
      const ingest = await box.cli(['ingest', EXAMPLES, '--db', box.db]);
      assert.equal(ingest.code, 0, ingest.stderr);
      const analyze = await box.cli(['analyze', '--db', box.db, '--rules-dir', 'rules']);
      assert.equal(analyze.code, 0, analyze.stderr);
      assert.match(analyze.stderr, /molehunt: rules\/broken\.yml:9:21: error: detection\.selection\["source\.ip\|cidr"\]: "198\.51\.100\.0\/33" has a prefix length above 32 — write an address or a range/);
      assert.match(analyze.stderr, /custom rules: 1 loaded from rules; 1 error\(s\) above/);
      const findings = await box.cli(['findings', '--rule', 'custom.laptops-behind-one-connection', '--json', '--db', box.db]);
      assert.equal((JSON.parse(findings.stdout) as unknown[]).length, 3);
    });
  });

  test('config rules.<custom id> is checked against the loaded rules: bad entries are reported, good ones apply', async () => {
    await inSandbox(async (box) => {
      writeFileSync(
        join(box.dir, 'molehunt.config.json'),
        JSON.stringify({ rules_dir: EXAMPLE_RULES, rules: { 'custom.laptops-behind-one-connection': { threshold: 4 }, 'custom.nope': { enabled: false }, 'custom.remote-desktop-on-laptop': { treshold: 1 } } }, null, 2),
      );
      const scan = await box.cli(['scan', EXAMPLES, '--json', '--db', box.db]);
      assert.equal(scan.code, 0, scan.stderr);
      assert.match(scan.stderr, /molehunt: molehunt\.config\.json:\d+:1: error: rules\.custom\.nope: no custom rule has this id/);
      assert.match(scan.stderr, /rules\.custom\.remote-desktop-on-laptop: unknown option treshold — known: enabled, confidence/);
      const ryan = subjectNamed(parseSubjects(scan.stdout), 'Ryan Mitchell');
      assert.ok(!ryan.findings.some((f) => f.rule === 'custom.laptops-behind-one-connection'), 'threshold 4 from config: three laptops are not enough');
      assert.ok(ryan.findings.some((f) => f.rule === 'custom.remote-desktop-on-laptop'), 'the entry with a bad option runs with the file\'s settings');
    });
  });

  test('molehunt rules lists the custom rules beside the built-in ones, from --rules-dir or the config', async () => {
    await inSandbox(async (box) => {
      const ids = async (argv: string[]) => (JSON.parse((await box.cli(argv)).stdout) as { id: string; shadow: boolean }[]).map((r) => r.id);
      const builtIn = await ids(['rules', '--json']);
      assert.ok(!builtIn.some((id) => id.startsWith('custom.')));
      const withFlag = await ids(['rules', '--json', '--rules-dir', EXAMPLE_RULES]);
      assert.deepEqual(withFlag.filter((id) => id.startsWith('custom.')), ['custom.laptops-behind-one-connection', 'custom.remote-desktop-on-laptop']);
      assert.equal(withFlag.length, builtIn.length + 2);
      writeFileSync(join(box.dir, 'molehunt.config.json'), JSON.stringify({ rules_dir: EXAMPLE_RULES }));
      assert.deepEqual(await ids(['rules', '--json']), withFlag);
    });
  });

  test('rules validate: every problem with its position, exit 2 on errors, 0 for the examples; --json and --fields', async () => {
    await inSandbox(async (box) => {
      const dir = join(box.dir, 'rules');
      mkdirSync(dir);
      writeFileSync(join(dir, 'broken.yml'), BROKEN);
      const bad = await box.cli(['rules', 'validate', 'rules']);
      assert.equal(bad.code, 2);
      assert.match(bad.stdout, /^rules\/broken\.yml:9:21: error: /m);
      assert.match(bad.stdout, /0 rule\(s\) loaded, 1 error\(s\), 0 warning\(s\)\. Files with errors are skipped by analyze\./);
      const good = await box.cli(['rules', 'validate', EXAMPLE_RULES]);
      assert.equal(good.code, 0, good.stdout);
      assert.match(good.stdout, /custom\.laptops-behind-one-connection\s+laptops-behind-one-connection\.yml\s/);
      assert.match(good.stdout, /custom\.remote-desktop-on-laptop .*experimental \(shadow\)/);
      const json = await box.cli(['rules', 'validate', 'rules', '--json']);
      const parsed = JSON.parse(json.stdout) as { rules: unknown[]; problems: { file: string; line: number; column: number; path: string }[] };
      assert.deepEqual(parsed.problems.map((p) => [p.file, p.line, p.column, p.path]), [['rules/broken.yml', 9, 21, 'detection.selection["source.ip|cidr"]']]);
      const fields = await box.cli(['rules', 'validate', '--fields']);
      assert.equal(fields.code, 0);
      assert.match(fields.stdout, /^ {2}molehunt\.usb\.vendor_id$/m);
      assert.match(fields.stdout, /^ {2}enrichment\.ip_intel\.class$/m);
      const none = await box.cli(['rules', 'validate']);
      assert.equal(none.code, 2);
      assert.match(none.stderr, /no rules directory/);
    });
  });
});
