import { textTable } from '../../report/text-table.js';
import { withStore, type CommandContext } from '../context.js';

/** Options of `molehunt quarantine`. */
export interface QuarantineOptions {
  json?: boolean;
}

/** Lists quarantined records with file, line and reasons. */
export async function quarantineCommand(options: QuarantineOptions, ctx: CommandContext): Promise<void> {
  const items = await withStore(ctx, true, (store) => store.quarantine.list());
  if (options.json) {
    ctx.io.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
    return;
  }
  if (items.length === 0) {
    ctx.io.stderr.write('nothing is quarantined.\n');
    return;
  }
  ctx.io.stdout.write(textTable(['file', 'line', 'source', 'reasons'], items.map((q) => [q.file, q.line, q.source ?? '', q.reasons.join('; ')]), 100));
}
