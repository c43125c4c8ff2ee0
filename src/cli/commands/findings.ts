import { textTable } from '../../report/text-table.js';
import { withStore, type CommandContext } from '../context.js';
import { findSubject, loadReadModel } from './read-model.js';

/** Options of `molehunt findings`. */
export interface FindingsOptions {
  json?: boolean;
  rule?: string;
  subject?: string;
}

/** Lists findings, strongest first, optionally for one rule or subject. */
export async function findingsCommand(options: FindingsOptions, ctx: CommandContext): Promise<void> {
  const model = await withStore(ctx, true, (store) => loadReadModel(store, ctx));
  let findings = model.findings;
  if (options.rule) findings = findings.filter((f) => f.rule === options.rule || f.indicator === options.rule);
  if (options.subject) {
    const subject = findSubject(model, options.subject);
    findings = findings.filter((f) => f.subject === subject.id);
  }
  if (options.json) {
    ctx.io.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
    return;
  }
  const names = new Map(model.subjects.map((s) => [s.id, s.display_name]));
  const rows = findings.map((f) => [f.severity, f.confidence, f.rule, names.get(f.subject) ?? f.subject, f.summary]);
  ctx.io.stdout.write(textTable(['severity', 'conf', 'rule', 'subject', 'summary'], rows, 90));
}
