import { renderRulesMarkdown, ruleRows } from '../../report/rules-catalog.js';
import { textTable } from '../../report/text-table.js';
import type { CommandContext } from '../context.js';

/** Options of `molehunt rules`. */
export interface RulesOptions {
  json?: boolean;
  markdown?: boolean;
}

/** Prints the rule catalog: a table, JSON (contract in docs/cli.md) or the Markdown of docs/rules.md. */
export function rulesCommand(options: RulesOptions, ctx: CommandContext): void {
  const rules = ctx.catalog.rules;
  if (options.json) {
    ctx.io.stdout.write(`${JSON.stringify(ruleRows(rules), null, 2)}\n`);
    return;
  }
  if (options.markdown) {
    ctx.io.stdout.write(renderRulesMarkdown(rules));
    return;
  }
  const rows = ruleRows(rules)
    .sort((a, b) => a.indicator.localeCompare(b.indicator) || a.id.localeCompare(b.id))
    .map((r) => [r.indicator, r.id, r.strength, r.severity, r.status + (r.corroborating_only ? ', corroborating' : ''), r.title]);
  ctx.io.stdout.write(textTable(['indicator', 'id', 'str', 'severity', 'status', 'title'], rows));
  ctx.io.stdout.write(`\n${rows.length} rules. \`molehunt rules --json\` for every field; docs/rules.md for runbooks and citations.\n`);
}
