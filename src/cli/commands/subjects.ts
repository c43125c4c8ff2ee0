import { levelAtLeast, type Level } from '../../model/severity.js';
import { subjectViews } from '../../report/subject-view.js';
import { textTable } from '../../report/text-table.js';
import { withStore, type CommandContext } from '../context.js';
import { loadReadModel } from './read-model.js';

/** Options of `molehunt subjects`. */
export interface SubjectsOptions {
  json?: boolean;
  minLevel?: Level;
  limit?: number;
}

/** Prints subjects ranked by score: the contract JSON array with --json, a table otherwise. */
export async function subjectsCommand(options: SubjectsOptions, ctx: CommandContext): Promise<void> {
  const model = await withStore(ctx, true, (store) => loadReadModel(store, ctx));
  let views = subjectViews(model.subjects, model.identities, model.findings);
  if (options.minLevel) views = views.filter((v) => levelAtLeast(v.level as Level, options.minLevel!));
  if (options.limit !== undefined) views = views.slice(0, options.limit);
  if (options.json) {
    ctx.io.stdout.write(`${JSON.stringify(views, null, 2)}\n`);
    return;
  }
  const rows = views.map((v, i) => [
    i + 1,
    v.score,
    v.level,
    v.display_name,
    [...new Set(v.identities.map((r) => r.kind.split('.')[0]))].join('+'),
    v.findings.map((f) => f.rule).join(', '),
    v.id,
  ]);
  ctx.io.stdout.write(textTable(['#', 'score', 'level', 'subject', 'records', 'findings', 'id'], rows));
}
