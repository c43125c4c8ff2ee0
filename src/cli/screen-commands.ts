import { Option, type Command } from 'commander';
import { IdentifierTypeSchema } from '../screen/watch-entry.js';
import { listsImportCommand, listsMatchCommand, listsRemoveCommand, listsStatusCommand, type ListsImportOptions, type ListsMatchOptions } from './commands/lists.js';
import { screenCommand, type ScreenOptions } from './commands/screen.js';
import type { CommandContext } from './context.js';
import { EXIT } from './errors.js';

/** Registers `screen` (pre-hire screening) and `lists` (watch-list import, status, match, remove). */
export function registerScreenCommands(program: Command, context: (command: Command) => CommandContext, setExit: (code: number) => void): void {
  program
    .command('screen')
    .description('screen applicants before hire: watch lists (names, e-mails, phones, wallets, GitHub), people already known (shared contacts, résumé, photo, referrals) and the application itself; a verdict with reasons each')
    .argument('<input>', 'an ATS applicant CSV, a JSON applicant (same field names), or - for standard input')
    .option('--json', 'print the screenings as JSON (docs/cli.md contract)')
    .addOption(new Option('--fail-on <verdict>', 'exit 3 when any applicant reaches this verdict').choices(['review', 'reject-recommended']))
    .action(async (input: string, options: ScreenOptions, command: Command) => {
      const { failed } = await screenCommand(input, options, context(command));
      setExit(failed ? EXIT.failOn : EXIT.ok);
    });

  const lists = program.command('lists').description('watch lists for screening: OFAC SDN (CSV, XML, advanced XML), UN consolidated list, OpenSanctions/FtM, wallet lists, IOC CSV/JSON and STIX 2.1');
  lists
    .command('import')
    .description('import list files (format detected from the content; the parts of an OFAC CSV set and wallet files go together); the list\'s own date is kept, else --date, else the file\'s modification time')
    .argument('<files...>', 'list files or folders')
    .option('--date <yyyy-mm-dd>', 'the publication date, for files that carry none (OFAC CSV, wallet lists)')
    .option('--name <name>', 'the list name (default: from the format, e.g. ofac-sdn); importing a name again replaces that list')
    .option('--programs <tags>', 'keep only entries in these programs, comma-separated; `dprk` = DPRK, DPRK2, DPRK3, DPRK4, DPRK-NKSPEA, CYBER2')
    .option('--json', 'print the imported lists as JSON')
    .action(async (files: string[], options: ListsImportOptions, command: Command) => listsImportCommand(files, options, context(command)));
  lists
    .command('status')
    .description('every imported list: format, publication date and where it came from, age (warns past 30 days), entries, people, wallets, DPRK entries')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => listsStatusCommand(options, context(command)));
  lists
    .command('match')
    .description('what the imported lists say about one value — a name (fuzzy, explained) or an e-mail, domain, phone, wallet, GitHub handle, IP or URL (exact)')
    .argument('<value>', 'the value (its type is detected; --type overrides)')
    .addOption(new Option('--type <type>', 'what the value is').choices(['name', ...IdentifierTypeSchema.options]))
    .option('--threshold <score>', 'for names: the lowest score shown (default 0.8)')
    .option('--json', 'print JSON')
    .action(async (value: string, options: ListsMatchOptions, command: Command) => listsMatchCommand(value, options, context(command)));
  lists
    .command('remove')
    .description('remove an imported list by name')
    .argument('<name>', 'the list name (see lists status)')
    .action(async (name: string, _options: unknown, command: Command) => listsRemoveCommand(name, context(command)));
}
