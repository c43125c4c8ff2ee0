import { InvalidArgumentError, type Command } from 'commander';
import { scenarioNames } from '../simulate/scenario-catalog.js';
import { demoCommand, DEMO_DEFAULTS } from './commands/demo.js';
import { evalCommand } from './commands/eval.js';
import { simulateCommand, SIMULATE_DEFAULTS } from './commands/simulate.js';
import type { CommandContext } from './context.js';

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0.');
  return n;
}

/** `--scenario a b`, `--scenario a --scenario b` and `--scenario a,b` all name a and b. */
function names(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((n) => n.trim()).filter((n) => n !== '')];
}

/** Registers `simulate`, `eval` and `demo` (the scenario simulator and its evaluation). */
export function registerSimulatorCommands(program: Command, context: (command: Command) => CommandContext): void {
  program
    .command('simulate')
    .description('write a synthetic company in the real vendor formats (Okta, Entra, osquery, HR/ATS/payroll/shipment/MDM CSVs) with hidden operations and benign look-alikes, plus truth.json')
    .requiredOption('--out <dir>', 'where to write it (data/, truth.json, molehunt.config.json)')
    .option('--seed <n>', `random seed: the same seed gives the same bytes (default ${SIMULATE_DEFAULTS.seed})`)
    .option('--employees <n>', `background headcount; operations add their hires (default ${SIMULATE_DEFAULTS.employees})`, count)
    .option('--days <n>', `days of activity (default ${SIMULATE_DEFAULTS.days})`, count)
    .option('--start <yyyy-mm-dd>', `first simulated day (default ${SIMULATE_DEFAULTS.start})`)
    .option('--scenario <name...>', `only these scenarios (default all): ${scenarioNames().join(', ')}`, names)
    .option('--force', 'write into a directory that is not empty')
    .option('--json', 'print what was written as JSON on stdout')
    .action((options, command: Command) => simulateCommand(options, context(command)));

  program
    .command('eval')
    .description('score the last analysis against a simulation\'s truth: precision/recall per level, PR-AUC, operations found, look-alike false positives, network recovery, time to detect')
    .requiredOption('--truth <file>', 'the truth.json `molehunt simulate` wrote')
    .option('--json', 'print the metrics as JSON')
    .action(async (options: { truth: string; json?: boolean }, command: Command) => {
      await evalCommand(options, context(command));
    });

  program
    .command('demo')
    .description(`simulate a small company (${DEMO_DEFAULTS.employees} people, ${DEMO_DEFAULTS.days} days) with hidden operations, scan it into a fresh database, write the HTML report and show what was found`)
    .option('--seed <n>', 'random seed')
    .option('--employees <n>', `background headcount (default ${DEMO_DEFAULTS.employees})`, count)
    .option('--days <n>', `days of activity (default ${DEMO_DEFAULTS.days})`, count)
    .option('--dir <dir>', 'keep everything in this directory (default: a new temporary directory)')
    .action(async (options, command: Command) => {
      await demoCommand(options, context(command));
    });
}
