import { explainText } from '../../report/explain-text.js';
import { withStore, type CommandContext } from '../context.js';
import { findSubject, loadReadModel } from './read-model.js';

/** Options of `molehunt explain`. */
export interface ExplainOptions {
  json?: boolean;
}

/** Explains one subject: its records, why they were merged, its score and each finding's evidence. */
export async function explainCommand(query: string, options: ExplainOptions, ctx: CommandContext): Promise<void> {
  const model = await withStore(ctx, true, (store) => loadReadModel(store, ctx));
  const subject = findSubject(model, query);
  const explanation = {
    subject,
    identities: subject.identity_ids.map((id) => model.identities.get(id)).filter((r) => r !== undefined),
    findings: model.findings.filter((f) => f.subject === subject.id),
  };
  ctx.io.stdout.write(options.json ? `${JSON.stringify(explanation, null, 2)}\n` : explainText(explanation, ctx.catalog.rules));
}
