import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { GroundTruth } from '../../model/ground-truth.js';
import { scenarioNames } from '../../simulate/scenario-catalog.js';
import { simulate, type Simulation } from '../../simulate/simulate.js';
import { ConfigSchema } from '../config.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { status } from '../io.js';

/** Options of `molehunt simulate`. */
export interface SimulateOptions {
  out: string;
  seed?: string;
  employees?: number;
  days?: number;
  start?: string;
  scenario?: string[];
  force?: boolean;
  json?: boolean;
}

/** The simulator's defaults: a 500-person company over 30 days from Monday 5 October 2026. */
export const SIMULATE_DEFAULTS = { seed: '1', employees: 500, days: 30, start: '2026-10-05' } as const;

/**
 * The suggested config of a truth, keeping only the keys this molehunt's config schema knows and
 * dropping any that do not validate (so the file always loads), with a note per dropped key.
 */
export function configFor(truth: GroundTruth): { config: Record<string, unknown>; dropped: string[] } {
  const known = Object.keys(ConfigSchema.shape);
  const config: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(truth.suggested_config)) {
    const candidate = { ...config, [key]: value };
    if (known.includes(key) && ConfigSchema.safeParse(candidate).success) config[key] = value;
    else dropped.push(key);
  }
  return { config, dropped };
}

/** Writes a simulation (data files, truth.json, molehunt.config.json, README.md) under `dir`. */
export function writeSimulation(dir: string, simulation: Simulation): { config: Record<string, unknown>; dropped: string[] } {
  for (const file of simulation.files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  const { config, dropped } = configFor(simulation.truth);
  writeFileSync(join(dir, 'molehunt.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(join(dir, 'README.md'), readme(simulation));
  return { config, dropped };
}

function readme(s: Simulation): string {
  const t = s.truth;
  return [
    `# Simulated company (molehunt simulate, seed ${t.simulator.seed})`,
    '',
    `${s.counts.employees} employees, ${t.simulator.days} days from ${t.simulator.start}; scenarios: ${t.simulator.scenarios.join(', ')}.`,
    'Everything is synthetic. `data/` holds the vendor exports; `truth.json` names the hidden operations and the benign look-alikes;',
    '`molehunt.config.json` is the configuration a real deployment of this company would have. From this folder:',
    '',
    '```sh',
    'molehunt --db molehunt.db scan data/',
    'molehunt --db molehunt.db eval --truth truth.json',
    '```',
    '',
  ].join('\n');
}

/** Parses and checks the numeric and date options. */
function checked(options: SimulateOptions): { seed: string; employees: number; days: number; start: string } {
  const days = options.days ?? SIMULATE_DEFAULTS.days;
  const start = options.start ?? SIMULATE_DEFAULTS.start;
  if (days < 1 || days > 366) throw new UsageError(`--days must be between 1 and 366 (got ${days}).`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || Number.isNaN(Date.parse(`${start}T00:00:00Z`))) throw new UsageError(`--start must be a date like 2026-10-05 (got "${start}").`);
  return { seed: options.seed ?? SIMULATE_DEFAULTS.seed, employees: options.employees ?? SIMULATE_DEFAULTS.employees, days, start };
}

/** Builds the simulation for the options, or a usage error naming the valid scenarios. */
export function runSimulation(options: SimulateOptions): Simulation {
  const o = checked(options);
  const seed = /^\d+$/.test(o.seed) ? Number(o.seed) : o.seed;
  const result = simulate({ seed, employees: o.employees, days: o.days, start: o.start, scenarios: options.scenario ?? [] });
  if (!result.ok) {
    throw new UsageError(`unknown scenario${result.unknown.length > 1 ? 's' : ''} ${result.unknown.map((n) => `"${n}"`).join(', ')}. Valid: ${scenarioNames().join(', ')}.`);
  }
  return result.simulation;
}

/** `molehunt simulate`: writes a company with hidden operations and its truth into a directory. */
export function simulateCommand(options: SimulateOptions, ctx: CommandContext): void {
  const dir = resolve(ctx.io.cwd, options.out);
  if (existsSync(dir) && readdirSync(dir).length > 0 && !options.force) {
    throw new UsageError(`${options.out} is not empty; choose a new directory, or pass --force to overwrite the simulator's files in it.`);
  }
  const started = Date.now();
  const simulation = runSimulation(options);
  const { dropped } = writeSimulation(dir, simulation);
  const took = ((Date.now() - started) / 1000).toFixed(1);
  const shown = relative(ctx.io.cwd, dir) || '.';
  const c = simulation.counts;
  status(ctx.io, `wrote ${shown}/: ${c.employees} employees, ${c.applicants} applications, ${c.signIns} sign-ins, ${c.osqueryLines} osquery results in ${took} s`);
  status(ctx.io, `hidden: ${simulation.truth.operations.map((o) => `${o.scenario} (${o.members.length})`).join(', ') || 'no operations'}; look-alikes: ${simulation.truth.benign.length}`);
  for (const key of dropped) status(ctx.io, `note: truth.json suggests config "${key}", which this molehunt does not accept; it is left out of molehunt.config.json.`);
  status(ctx.io, `next: cd ${shown} && molehunt --db molehunt.db scan data/ && molehunt --db molehunt.db eval --truth truth.json`);
  if (options.json) ctx.io.stdout.write(`${JSON.stringify({ dir, counts: c, operations: simulation.truth.operations.map((o) => ({ id: o.id, members: o.members.length })) }, null, 2)}\n`);
}
