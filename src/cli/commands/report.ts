import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { credits } from '../../report/credits.js';
import { renderHtmlReport } from '../../report/html-report.js';
import { withStore, type CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { status } from '../io.js';
import { loadReadModel } from './read-model.js';

/** Options of `molehunt report`. */
export interface ReportOptions {
  out: string;
}

/** Writes the self-contained HTML report of the last analysis. */
export async function reportCommand(options: ReportOptions, ctx: CommandContext): Promise<string> {
  const html = await withStore(ctx, true, async (store) => {
    const model = await loadReadModel(store, ctx);
    const inputs = await store.ingestRuns.list();
    const quarantined = (await store.quarantine.list()).length;
    const networks = await store.networks.list();
    const graphNotes = await store.networks.notes();
    return renderHtmlReport({ generatedAt: new Date().toISOString(), ...model, rules: ctx.catalog.rules, inputs, quarantined, credits: credits(ctx.catalog.enrichers), networks, graphNotes });
  });
  const path = resolve(ctx.io.cwd, options.out);
  try {
    writeFileSync(path, html);
  } catch (error) {
    throw new UsageError(`cannot write the report to ${path}: ${(error as Error).message}`);
  }
  status(ctx.io, `wrote ${path}`);
  return path;
}
