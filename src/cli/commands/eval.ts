import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GroundTruthSchema, type GroundTruth } from '../../model/ground-truth.js';
import { flattenIssues } from '../../model/parse-result.js';
import { evaluate, type EvalResult } from '../../report/eval-report.js';
import { evalText } from '../../report/eval-text.js';
import { withStore, type CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { loadReadModel } from './read-model.js';

/** Options of `molehunt eval`. */
export interface EvalOptions {
  truth: string;
  json?: boolean;
}

/** Reads and checks a truth.json written by `molehunt simulate`. */
export function readTruth(file: string, cwd: string): GroundTruth {
  const path = resolve(cwd, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the truth file ${path}: ${(error as Error).message}. Pass the truth.json that \`molehunt simulate\` wrote.`);
  }
  const parsed = GroundTruthSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`${path} is not a molehunt truth file:\n  ${flattenIssues(parsed.error).join('\n  ')}`);
  return parsed.data;
}

/**
 * `molehunt eval`: scores the last analysis in the database against a simulation's truth. The
 * subjects are matched to the truth through their identity records (employee ids, applicant ids, e-mails).
 */
export async function evalCommand(options: EvalOptions, ctx: CommandContext): Promise<EvalResult> {
  const truth = readTruth(options.truth, ctx.io.cwd);
  const model = await withStore(ctx, true, (store) => loadReadModel(store, ctx));
  if (model.subjects.length === 0) {
    throw new UsageError('the database has no analysed subjects: scan the simulated data first (`molehunt --db DB scan DIR/data`).');
  }
  const result = evaluate(truth, model.subjects, model.identities, model.findings);
  // Employee ids repeat across simulations (E10001…): names tell whether this truth describes this data.
  const { matched_people: matched, same_name: same } = result.subjects;
  if (matched === 0 || same < matched / 2) {
    throw new UsageError(`the people in the truth file are not in this database (${matched} identifiers matched, ${same} of them under the same name): scan the data that came with this truth.json (\`molehunt --db DB scan DIR/data\`).`);
  }
  ctx.io.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : evalText(result));
  return result;
}
