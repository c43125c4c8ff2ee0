// CI gate on detection quality: for each seed, simulate a company, scan it into a fresh database and
// evaluate against the truth; fail when subject recall < 0.95, precision < 0.90 at the review
// threshold, the false-positive rate on benign look-alikes > 2 %, or when some operation member does not
// outrank every benign subject (issue 5). Prints the metrics either way.
// Usage: npx tsx scripts/eval-gate.ts [--seeds 1,2] [--employees 500] [--days 30] [--keep]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIO } from '../src/cli/io.js';
import { run } from '../src/cli/program.js';
import type { EvalResult } from '../src/report/eval-report.js';

const THRESHOLDS = { recall: 0.95, precision: 0.9, lookalikeFpr: 0.02 };

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '1,2' },
    employees: { type: 'string', default: '500' },
    days: { type: 'string', default: '30' },
    keep: { type: 'boolean', default: false },
  },
});

/** Runs the CLI in-process; returns stdout, or exits with its stderr when the command fails. */
async function cli(argv: string[], cwd: string): Promise<string> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: { ...process.env, MOLEHUNT_NO_PROGRESS: '1' },
    cwd,
  };
  const code = await run(argv, io);
  if (code !== 0) {
    console.error(`eval-gate: \`molehunt ${argv.join(' ')}\` exited ${code}:\n${stderr}`);
    process.exit(1);
  }
  return stdout;
}

const fmt = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));
let failed = false;
for (const seed of values.seeds.split(',')) {
  const dir = mkdtempSync(join(tmpdir(), `molehunt-gate-${seed}-`));
  const started = Date.now();
  try {
    await cli(['simulate', '--out', dir, '--force', '--seed', seed, '--employees', values.employees, '--days', values.days], dir);
    const db = join(dir, 'molehunt.db');
    await cli(['--db', db, '--config', join(dir, 'molehunt.config.json'), '-q', 'scan', join(dir, 'data'), '--json'], dir);
    const result = JSON.parse(await cli(['--db', db, 'eval', '--truth', join(dir, 'truth.json'), '--json'], dir)) as EvalResult;
    const { precision, recall, lookalike_fpr: fpr } = result.review;
    const problems = [
      recall === null || recall < THRESHOLDS.recall ? `recall ${fmt(recall)} < ${THRESHOLDS.recall}` : '',
      precision === null || precision < THRESHOLDS.precision ? `precision ${fmt(precision)} < ${THRESHOLDS.precision}` : '',
      fpr !== null && fpr > THRESHOLDS.lookalikeFpr ? `look-alike FPR ${fmt(fpr)} > ${THRESHOLDS.lookalikeFpr}` : '',
      result.ranking.separated ? '' : `an operation member (score ${result.ranking.lowest_operation_score}) does not outrank every benign subject (${result.ranking.outranking.map((o) => `${o.name} ${o.score}`).join(', ')})`,
    ].filter(Boolean);
    console.log(
      `seed ${seed}: ${result.subjects.total} subjects, ${result.subjects.positive} in operations; at ${result.review_level}: precision ${fmt(precision)}, recall ${fmt(recall)}, ` +
        `look-alike FPR ${fmt(fpr)} (${result.false_positives.filter((f) => f.lookalike).length}/${result.subjects.lookalikes}), benign FPR ${fmt(result.review.benign_fpr)}; PR-AUC ${fmt(result.pr_auc)}; ` +
        `operations ${result.operations.filter((o) => o.all_detected).length}/${result.operations.length} fully found; network ARI ${fmt(result.network_ari)}; ranking: lowest member ${result.ranking.lowest_operation_score} vs highest benign ${result.ranking.highest_benign_score} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
    for (const f of result.false_positives.slice(0, 10)) console.log(`  false positive: ${f.name}${f.lookalike ? ` [${f.lookalike}]` : ''} ${f.level} ${f.score}: ${f.top.map((t) => `${t.rule} ${t.points}`).join(', ')}`);
    for (const o of result.operations.filter((op) => !op.all_detected)) console.log(`  missed in ${o.id}: ${o.missed.map((m) => `${m.name} (${m.level})`).join(', ')}`);
    if (problems.length > 0) {
      failed = true;
      console.log(`  FAIL: ${problems.join('; ')}`);
    }
  } finally {
    if (values.keep) console.log(`  kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
