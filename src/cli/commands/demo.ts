import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { demoSummary, networksOf } from '../../report/demo-text.js';
import { evaluate } from '../../report/eval-report.js';
import { loadConfig } from '../config.js';
import { withStore, type CommandContext } from '../context.js';
import { status } from '../io.js';
import { analyzeCommand } from './analyze.js';
import { ingestCommand } from './ingest.js';
import { loadReadModel } from './read-model.js';
import { reportCommand } from './report.js';
import { runSimulation, writeSimulation } from './simulate.js';
import { subjectsCommand } from './subjects.js';

/** Options of `molehunt demo`. */
export interface DemoOptions {
  seed?: string;
  employees?: number;
  days?: number;
  /** Where to put the company, its database and the report (default: a new temporary directory). */
  dir?: string;
}

/** The demo's company: small enough to scan in seconds, big enough to hide things in. */
export const DEMO_DEFAULTS = { employees: 80, days: 21 } as const;

/**
 * `molehunt demo`: simulates a small company with hidden operations, scans it into a fresh
 * database with the regular ingest and analyze commands, writes the HTML report and shows what was
 * found against the truth. Never touches the user's own database.
 */
export async function demoCommand(options: DemoOptions, ctx: CommandContext): Promise<{ dir: string; report: string }> {
  const started = Date.now();
  const dir = options.dir ? resolve(ctx.io.cwd, options.dir) : mkdtempSync(join(tmpdir(), 'molehunt-demo-'));
  mkdirSync(dir, { recursive: true });
  const simulation = runSimulation({ out: dir, employees: options.employees ?? DEMO_DEFAULTS.employees, days: options.days ?? DEMO_DEFAULTS.days, ...(options.seed ? { seed: options.seed } : {}) });
  writeSimulation(dir, simulation);
  status(ctx.io, `demo: simulated ${simulation.counts.employees} employees over ${simulation.truth.simulator.days} days with ${simulation.truth.operations.length} hidden operations in ${dir}`);
  const db = join(dir, 'molehunt.db');
  const demo: CommandContext = { ...ctx, quiet: true, config: loadConfig({ config: join(dir, 'molehunt.config.json'), db }, { ...ctx.io, cwd: dir }, ctx.catalog.rules) };
  await ingestCommand([join(dir, 'data')], {}, demo);
  await analyzeCommand({}, demo);
  const report = await reportCommand({ out: join(dir, 'report.html') }, demo);
  ctx.io.stdout.write('top subjects:\n');
  await subjectsCommand({ limit: 12 }, demo);
  const model = await withStore(demo, true, (store) => loadReadModel(store, demo));
  ctx.io.stdout.write(demoSummary(evaluate(simulation.truth, model.subjects, model.identities, model.findings), networksOf(model.subjects)));
  ctx.io.stdout.write(`\nreport: ${report}\n`);
  ctx.io.stdout.write(`next: molehunt --db ${db} explain "<name from the table>"   ·   molehunt --db ${db} eval --truth ${join(dir, 'truth.json')}\n`);
  status(ctx.io, `demo finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { dir, report };
}
