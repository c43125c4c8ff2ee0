import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { enrichers, rules, sources } from '../catalog.generated.js';
import { LevelSchema, type Level } from '../model/severity.js';
import { safeText } from '../report/text-table.js';
import { StoreOpenError } from '../store/errors.js';
import { analyzeCommand } from './commands/analyze.js';
import { eventsCommand } from './commands/events.js';
import { explainCommand } from './commands/explain.js';
import { findingsCommand } from './commands/findings.js';
import { ingestCommand } from './commands/ingest.js';
import { intelIdentifierCommand, intelImportCommand, intelIpCommand, intelStatusCommand, type IntelImportOptions } from './commands/intel.js';
import { judgeCommand, judgementsCommand, DECISIONS } from './commands/judge.js';
import { graphCommand, networksCommand } from './commands/networks.js';
import { quarantineCommand } from './commands/quarantine.js';
import { reportCommand } from './commands/report.js';
import { rulesCommand } from './commands/rules.js';
import { rulesValidateCommand } from './commands/rules-validate.js';
import { sourcesCommand } from './commands/sources.js';
import { subjectsCommand } from './commands/subjects.js';
import { registerSimulatorCommands } from './simulator-commands.js';
import { registerScreenCommands } from './screen-commands.js';
import { loadConfig, type GlobalFlags } from './config.js';
import { withCustomRules } from './custom-rules.js';
import type { CommandContext } from './context.js';
import { EXIT, UsageError } from './errors.js';
import type { CliIO } from './io.js';
import { VERSION } from './version.js';


function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0.');
  return n;
}

const levelOption = (flags: string, description: string) => new Option(flags, description).choices(LevelSchema.options.filter((l) => l !== 'none'));

/** Builds the command tree. Every action returns an exit code through `setExit`. */
function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('molehunt')
    .description('Find fake remote workers and the facilitator networks behind them in your own HR, identity-provider and endpoint data.')
    .version(VERSION)
    .option('--db <path|url>', 'SQLite file or postgres:// URL (env MOLEHUNT_DB; default ./molehunt.db)')
    .option('--config <file>', 'config file (env MOLEHUNT_CONFIG; default ./molehunt.config.json when present)')
    .option('-q, --quiet', 'no progress bars')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  const context = (command: Command): CommandContext => {
    const globals = command.optsWithGlobals<GlobalFlags & { quiet?: boolean }>();
    return { io, config: loadConfig(globals, io, rules), catalog: { sources, enrichers, rules }, quiet: globals.quiet ?? false };
  };
  const failOn = (failed: boolean) => setExit(failed ? EXIT.failOn : EXIT.ok);

  program
    .command('ingest')
    .description('read identity-provider, endpoint and HR/ATS/payroll/shipment/device exports into the database (bad records are quarantined, never dropped); see `molehunt sources`')
    .argument('<paths...>', 'files, directories (recursive), .gz files, or - for standard input')
    .option('--source <id>', `force a source instead of detecting it (${sources.map((s) => s.id).join(', ')})`)
    .option('--json', 'print a per-file summary as JSON on stdout')
    .action(async (paths: string[], options, command: Command) => {
      await ingestCommand(paths, options, context(command));
    });

  program
    .command('analyze')
    .description('resolve subjects, run the detection rules and score every subject')
    .option('--json', 'print counts as JSON on stdout')
    .addOption(levelOption('--fail-on <level>', 'exit 3 when any subject reaches this level'))
    .option('--full', 're-evaluate every rule for every subject (default: per-subject rules re-run only for subjects whose data changed)')
    .option('--rules-dir <dir>', 'also run the custom YAML rules in this folder (default: config rules_dir; docs/custom-rules.md)')
    .action(async (options: { json?: boolean; failOn?: Level; full?: boolean; rulesDir?: string }, command: Command) => {
      failOn((await analyzeCommand(options, context(command))).failed);
    });

  program
    .command('scan')
    .description('ingest the paths, analyze, and print the ranked subjects (ingest + analyze + report)')
    .argument('<paths...>', 'files, directories (recursive), .gz files, or - for standard input')
    .option('--source <id>', 'force a source instead of detecting it')
    .option('--out <file>', 'also write the HTML report to this file')
    .option('--json', 'print the ranked subjects as JSON (same shape as `subjects --json`)')
    .addOption(levelOption('--fail-on <level>', 'exit 3 when any subject reaches this level'))
    .option('--rules-dir <dir>', 'also run the custom YAML rules in this folder (default: config rules_dir)')
    .action(async (paths: string[], options: { source?: string; out?: string; json?: boolean; failOn?: Level; rulesDir?: string }, command: Command) => {
      const ctx = context(command);
      await ingestCommand(paths, options.source ? { source: options.source } : {}, ctx);
      const { failed } = await analyzeCommand({ ...(options.failOn ? { failOn: options.failOn } : {}), ...(options.rulesDir ? { rulesDir: options.rulesDir } : {}) }, ctx);
      await subjectsCommand({ json: options.json ?? false }, ctx);
      if (options.out) await reportCommand({ out: options.out }, ctx);
      failOn(failed);
    });

  program
    .command('subjects')
    .description('list subjects ranked by risk score')
    .option('--json', 'print a JSON array (docs/cli.md contract)')
    .addOption(levelOption('--min-level <level>', 'only subjects at or above this level'))
    .option('--limit <n>', 'at most n subjects', positiveInt)
    .action(async (options, command: Command) => subjectsCommand(options, context(command)));

  program
    .command('explain')
    .description('show why a subject scored what it did: records, findings, evidence, citations, next steps')
    .argument('<subject>', 'subject id, e-mail, employee id or exact name')
    .option('--json', 'print the explanation as JSON')
    .action(async (query: string, options, command: Command) => explainCommand(query, options, withCustomRules(context(command))));

  program
    .command('findings')
    .description('list findings, strongest first')
    .option('--json', 'print a JSON array')
    .option('--rule <id>', 'only this rule (id or indicator such as E-03)')
    .option('--subject <subject>', 'only this subject')
    .action(async (options, command: Command) => findingsCommand(options, context(command)));

  program
    .command('events')
    .description('list stored events in time order')
    .option('--json', 'print NDJSON: one ECS event per line, with molehunt.raw_ref')
    .option('--enrich', 'add what the event enrichers conclude (enrichment: address class and ASN, user agent…)')
    .option('--subject <subject>', 'only this subject\'s events')
    .option('--dataset <name>', 'only this event.dataset (e.g. okta.system)')
    .option('--limit <n>', 'at most n events', positiveInt)
    .action(async (options, command: Command) => eventsCommand(options, context(command)));

  program
    .command('report')
    .description('write the self-contained HTML report of the last analysis')
    .requiredOption('--out <file>', 'where to write the HTML file')
    .action(async (options: { out: string }, command: Command) => {
      await reportCommand(options, withCustomRules(context(command)));
    });

  program
    .command('rules')
    .description('list the detection rules: indicator, strength, severity, status (experimental rules run in shadow), with runbooks and citations')
    .option('--json', 'every field of every rule as JSON (contract in docs/cli.md)')
    .option('--markdown', 'the catalog as Markdown (docs/rules.md is this output)')
    .option('--rules-dir <dir>', 'also list the custom YAML rules in this folder (default: config rules_dir)')
    .action((options: { json?: boolean; markdown?: boolean; rulesDir?: string }, command: Command) => {
      rulesCommand(options, withCustomRules(context(command), options.rulesDir));
    });
  program
    .commands.find((c) => c.name() === 'rules')!
    .command('validate')
    .description('check custom YAML rule files: every problem with file, line and column; exit 2 when a file has an error')
    .argument('[dir]', 'the rules folder (default: config rules_dir)')
    .option('--json', 'print the loaded rules and the problems as JSON')
    .option('--fields', 'list the fields custom rules can read')
    // `rules` has its own --json: read the merged options so `rules validate --json` works either way.
    .action((dir: string | undefined, _options: unknown, command: Command) => {
      const ok = rulesValidateCommand(dir, command.optsWithGlobals<{ json?: boolean; fields?: boolean }>(), context(command));
      setExit(ok ? EXIT.ok : EXIT.usage);
    });

  program
    .command('sources')
    .description('list the input formats molehunt reads, each with a one-line example')
    .option('--json', 'print a JSON array')
    .action((options: { json?: boolean }, command: Command) => sourcesCommand(options, context(command)));

  const intel = program
    .command('intel')
    .description('what molehunt knows about an IP, phone, e-mail or address, and the datasets it knows it from');
  intel
    .command('ip')
    .description('classify an IP address (scope, country, ASN, hosting/VPN/…): each conclusion with the data that decided it')
    .argument('<address>', 'IPv4 or IPv6 address')
    .option('--json', 'print JSON')
    .action(async (value: string, options: { json?: boolean }, command: Command) => intelIpCommand(value, options, context(command)));
  for (const kind of ['phone', 'email', 'address'] as const) {
    intel
      .command(kind)
      .description(`what the ${kind} enricher concludes about one ${kind === 'email' ? 'e-mail address' : kind === 'phone' ? 'phone number' : 'single-line postal address'}, and why`)
      .argument('<value>', kind === 'address' ? 'a postal address in quotes' : `the ${kind}`)
      .option('--country <code>', 'the claimed country (ISO code), as a home address would give it')
      .option('--json', 'print JSON')
      .action(async (value: string, options: { json?: boolean; country?: string }, command: Command) => intelIdentifierCommand(kind, value, options, context(command)));
  }
  intel
    .command('status')
    .description('every dataset the enrichers use — source, licence, date, age — and your imports; warns when one is older than 90 days')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => intelStatusCommand(options, context(command)));
  intel
    .command('import')
    .description('import dated data that overrides shipped data: a MaxMind/IPinfo .mmdb, VPN/datacenter CIDRs, a Tor exit list, e-mail IOCs, or reshipper/mail-drop addresses')
    .argument('<file>', 'the list file')
    .addOption(new Option('--type <type>', 'what the file is').choices(['cidr', 'tor', 'email-iocs', 'reshippers', 'mmdb']).makeOptionMandatory())
    .option('--class <class>', 'for --type cidr: the class of its ranges (vpn, proxy, hosting, relay, …)')
    .option('--name <name>', 'the dataset name (default: the file name); importing the same name again replaces it')
    .option('--date <yyyy-mm-dd>', 'the date of the data (default: the file\'s modification date)')
    .action(async (file: string, options: IntelImportOptions, command: Command) => intelImportCommand(file, options, context(command)));

  program
    .command('quarantine')
    .description('list records that could not be ingested, with file, line and reasons')
    .option('--json', 'print a JSON array')
    .action(async (options, command: Command) => quarantineCommand(options, context(command)));

  program
    .command('networks')
    .description('list networks of subjects linked by identifiers distinct people should not share (phone, payout account, address, egress IP…), by score')
    .option('--json', 'print a JSON array (docs/cli.md contract)')
    .option('--min-size <n>', 'only networks of at least n subjects', positiveInt)
    .action(async (options: { json?: boolean; minSize?: number }, command: Command) => networksCommand(options, context(command)));

  program
    .command('graph')
    .description('export the networks as a graph file for Gephi or other tools: subjects and shared values as nodes')
    .requiredOption('--out <file>', 'where to write it; .json (nodes/edges), .graphml or .gexf')
    .action(async (options: { out: string }, command: Command) => {
      await graphCommand(options, context(command));
    });

  program
    .command('judge')
    .description('record an analyst decision about two subjects (audited; every later analysis applies it)')
    .argument('<a>', 'subject id, e-mail, employee id or exact name')
    .argument('<b>', 'the other subject')
    .addArgument(new Argument('<decision>', 'same: one person; different: never merge; household: they share a home (no address/IP links)').choices(DECISIONS))
    .requiredOption('--reason <text>', 'why (kept in the audit trail)')
    .option('--by <name>', 'who decides (default: MOLEHUNT_ANALYST, then the OS user)')
    .action(async (a: string, b: string, decision: string, options: { reason: string; by?: string }, command: Command) => {
      await judgeCommand(a, b, decision, options, context(command));
    });

  program
    .command('judgements')
    .description('list every analyst judgement, oldest first: who, when, what, why')
    .option('--json', 'print a JSON array')
    .action(async (options: { json?: boolean }, command: Command) => judgementsCommand(options, context(command)));

  registerSimulatorCommands(program, context);
  registerScreenCommands(program, context, setExit);

  return program;
}

/**
 * Runs the CLI and returns its exit code. This is the one error boundary: usage and input errors
 * → 2, --fail-on reached → 3, anything else is a bug → 1 with the stack.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof StoreOpenError) {
      // Messages can quote input values (names, file names): keep their control characters off the terminal.
      io.stderr.write(`molehunt: ${safeText(error.message)}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`molehunt: internal error (a bug — please report it with this output):\n${(error as Error).stack ?? String(error)}\n`);
    return EXIT.internal;
  }
}
