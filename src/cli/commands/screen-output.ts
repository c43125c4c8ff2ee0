import { safeText } from '../../report/text-table.js';
import type { ApplicantScreening, ScreenReason } from '../../screen/screen-result.js';
import type { CommandContext } from '../context.js';
import { status } from '../io.js';

/** What the report says besides the screenings. */
export interface ScreenReportContext {
  json: boolean;
  file: string;
  lists: { name: string; format: string; published: string; date_basis: string; entries: number }[];
  database: { location: string; records: number; analyzed: boolean } | null;
  problems: string[];
  fairness: string;
  screenedAt: string;
}

const MARK: Record<ScreenReason['level'], string> = { 'reject-recommended': '!!', review: '! ', info: '· ' };

function reasonLine(r: ScreenReason): string {
  const tag = r.corroborating_only ? `${r.level}, corroborating only` : r.level;
  return `  ${MARK[r.level]} [${tag}] ${r.check}${r.indicator ? ` (${r.indicator})` : ''}: ${r.summary}`;
}

/** Prints screenings: the docs/cli.md JSON contract, or a text block per applicant. Data to stdout, notes to stderr. */
export function printScreenings(ctx: CommandContext, screenings: readonly ApplicantScreening[], report: ScreenReportContext): void {
  if (report.json) {
    const out = {
      screened_at: report.screenedAt,
      input: report.file,
      lists: report.lists,
      database: report.database,
      fairness: report.fairness,
      counts: countOf(screenings),
      applicants: screenings,
      problems: report.problems,
    };
    ctx.io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  for (const s of screenings) {
    ctx.io.stdout.write(`${safeText(`${s.verdict.toUpperCase()}  ${s.applicant_id}  ${s.name ?? '(no name)'}  (${s.source})`)}\n`);
    for (const r of s.reasons) ctx.io.stdout.write(`${safeText(reasonLine(r))}\n`);
    const notRun = s.checks.filter((c) => !c.ran);
    ctx.io.stdout.write(`  checks: ${s.checks.length - notRun.length} ran; did not run: ${notRun.length === 0 ? 'none' : safeText(notRun.map((c) => `${c.id} (${c.detail})`).join('; '))}\n\n`);
  }
  const counts = countOf(screenings);
  const lists = report.lists.length === 0 ? 'no watch lists imported' : `lists: ${report.lists.map((l) => `${l.name} of ${l.published}${l.date_basis === 'mtime' ? ' (file date)' : ''}`).join(', ')}`;
  status(ctx.io, `screened ${screenings.length} applicant(s): ${counts['reject-recommended']} reject-recommended, ${counts.review} review, ${counts.clear} clear; ${lists}; ${report.database ? `database ${report.database.location} (${report.database.records} records${report.database.analyzed ? '' : ', not analyzed yet'})` : 'no database'}`);
  status(ctx.io, `fairness: ${report.fairness}`);
}

function countOf(screenings: readonly ApplicantScreening[]): Record<'clear' | 'review' | 'reject-recommended', number> {
  const counts = { clear: 0, review: 0, 'reject-recommended': 0 };
  for (const s of screenings) counts[s.verdict]++;
  return counts;
}
