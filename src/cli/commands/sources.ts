import { safeText, textTable } from '../../report/text-table.js';
import type { CommandContext } from '../context.js';

/** Options of `molehunt sources`. */
export interface SourcesOptions {
  json?: boolean;
}

/** Lists the ingest sources: what each reads, how it is framed, and a one-line example. */
export function sourcesCommand(options: SourcesOptions, ctx: CommandContext): void {
  const rows = ctx.catalog.sources.map((s) => ({ id: s.id, title: s.title, framings: s.framings, expects: s.expects, example: s.example ?? '' }));
  if (options.json) {
    ctx.io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  ctx.io.stdout.write(textTable(['id', 'title', 'framings'], rows.map((r) => [r.id, r.title, r.framings.join(', ')])));
  for (const r of rows) ctx.io.stdout.write(`\n${r.id}\n  expects: ${safeText(r.expects)}\n  example: ${safeText(r.example)}\n`);
}
