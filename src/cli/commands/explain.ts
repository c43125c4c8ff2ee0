import { splitEnrichers } from '../../analyze.js';
import { identityEnrichments } from '../../enrich/enrich-all.js';
import { explainText } from '../../report/explain-text.js';
import { credits } from '../../report/credits.js';
import { withStore, type CommandContext } from '../context.js';
import { enrichContext } from '../enrich-context.js';
import { findSubject, loadReadModel } from './read-model.js';

/** Options of `molehunt explain`. */
export interface ExplainOptions {
  json?: boolean;
}

/** Explains one subject: its records, why they were merged, its score and each finding's evidence. */
export async function explainCommand(query: string, options: ExplainOptions, ctx: CommandContext): Promise<void> {
  const { model, enrich } = await withStore(ctx, true, async (store) => ({ model: await loadReadModel(store, ctx), enrich: await enrichContext(ctx, store) }));
  const subject = findSubject(model, query);
  const identities = subject.identity_ids.map((id) => model.identities.get(id)).filter((r) => r !== undefined);
  const explanation = {
    subject,
    identities,
    findings: model.findings.filter((f) => f.subject === subject.id),
    enrichments: Object.fromEntries(identityEnrichments(identities, splitEnrichers(ctx.catalog.enrichers).identity, enrich)),
    credits: credits(ctx.catalog.enrichers),
  };
  ctx.io.stdout.write(options.json ? `${JSON.stringify(explanation, null, 2)}\n` : explainText(explanation, ctx.catalog.rules));
}
