import { randomBytes } from 'node:crypto';
import type { JudgementRecord } from '../../model/network.js';
import { textTable } from '../../report/text-table.js';
import { withStore, type CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { status } from '../io.js';
import { findSubject, loadReadModel } from './read-model.js';

/** The decisions an analyst can record. */
export const DECISIONS = ['same', 'different', 'household'] as const;

/** Options of `molehunt judge`. */
export interface JudgeOptions {
  reason: string;
  by?: string;
}

/**
 * Records an analyst's decision about two subjects: the same person, different people, or one
 * household. It is stored with who, when and why, by the identity records each subject has now, and
 * every later analysis applies it.
 */
export async function judgeCommand(a: string, b: string, decision: string, options: JudgeOptions, ctx: CommandContext): Promise<JudgementRecord> {
  if (!(DECISIONS as readonly string[]).includes(decision)) throw new UsageError(`unknown decision "${decision}": use same, different or household.`);
  if (options.reason.trim().length < 3) throw new UsageError('say why with --reason (an auditor will read it).');
  const by = options.by ?? ctx.io.env.MOLEHUNT_ANALYST ?? ctx.io.env.USER ?? ctx.io.env.USERNAME;
  if (!by) throw new UsageError('say who decides with --by NAME (or set MOLEHUNT_ANALYST).');
  return withStore(ctx, true, async (store) => {
    const model = await loadReadModel(store, ctx);
    const sa = findSubject(model, a);
    const sb = findSubject(model, b);
    if (sa.id === sb.id) throw new UsageError(`"${a}" and "${b}" are one subject (${sa.id}) already.`);
    const judgement: JudgementRecord = {
      id: `jdg_${BigInt(`0x${randomBytes(8).toString('hex')}`).toString(36)}`,
      decision: decision as JudgementRecord['decision'],
      a_subject: sa.id,
      b_subject: sb.id,
      a_records: sa.identity_ids,
      b_records: sb.identity_ids,
      reason: options.reason.trim(),
      decided_by: by,
      decided_at: new Date().toISOString(),
    };
    await store.judgements.add(judgement);
    status(ctx.io, `recorded ${judgement.id}: ${sa.display_name} and ${sb.display_name} are ${decision === 'same' ? 'the same person' : decision === 'different' ? 'different people' : 'one household'}. Run \`molehunt analyze\` to apply it.`);
    return judgement;
  });
}

/** Lists every judgement, oldest first: the audit trail. */
export async function judgementsCommand(options: { json?: boolean }, ctx: CommandContext): Promise<void> {
  const list = await withStore(ctx, true, (store) => store.judgements.list());
  if (options.json) {
    ctx.io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return;
  }
  const rows = list.map((j) => [j.decided_at, j.decided_by, j.decision, j.a_subject, j.b_subject, j.reason, j.id]);
  ctx.io.stdout.write(textTable(['when', 'who', 'decision', 'a', 'b', 'why', 'id'], rows));
}
