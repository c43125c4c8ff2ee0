import type { EvalResult } from './eval-report.js';
import { safeText, textTable } from './text-table.js';

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);
const num = (x: number | null): string => (x === null ? '—' : x.toFixed(3));

/** The human-readable `molehunt eval` report. */
export function evalText(r: EvalResult, shownFalsePositives = 15): string {
  const s = r.subjects;
  const out: string[] = [];
  out.push(`subjects: ${s.total} (${s.positive} hold an injected operation's records${s.members_not_found > 0 ? `, ${s.members_not_found} operation members not found in the database` : ''}; ${s.lookalikes} benign look-alikes; ${s.benign} benign in all)`);
  out.push('');
  out.push(textTable(
    ['cut-off', 'flagged', 'TP', 'FP', 'FN', 'precision', 'recall'],
    r.cutoffs.map((c) => [`${c.level}${c.level === r.review_level ? ' (review)' : ''}`, c.tp + c.fp, c.tp, c.fp, c.fn, num(c.precision), num(c.recall)]),
  ).trimEnd());
  out.push(`PR-AUC (average precision over scores): ${num(r.pr_auc)}`);
  out.push(`at the review threshold (${r.review_level}): precision ${num(r.review.precision)}, recall ${num(r.review.recall)}, look-alike FPR ${pct(r.review.lookalike_fpr)}, benign FPR ${pct(r.review.benign_fpr)}`);
  out.push('');
  out.push(textTable(
    ['operation', 'members', `≥ ${r.review_level}`, 'all?', 'time to detect', 'missed'],
    r.operations.map((o) => [o.id, o.members, o.detected, o.all_detected ? 'yes' : 'no', o.time_to_detect_days === null ? 'no high finding' : `${o.time_to_detect_days_lower}–${o.time_to_detect_days} days`, o.missed.map((m) => `${m.name} (${m.level})`).join(', ')]),
  ).trimEnd());
  out.push('time to detect: from the operation\'s first record to its first high finding, timed by that finding\'s earliest–latest evidence.');
  out.push('');
  const lookalikes = r.false_positives.filter((f) => f.lookalike);
  out.push(`benign look-alikes at ≥ ${r.review_level}: ${lookalikes.length} of ${s.lookalikes}; other benign subjects at ≥ ${r.review_level}: ${r.false_positives.length - lookalikes.length}`);
  for (const f of r.false_positives.slice(0, shownFalsePositives)) {
    const why = f.top.map((t) => `${t.rule} ${t.points}`).join(', ');
    out.push(`  ${f.level} ${f.score}  ${f.name}${f.lookalike ? ` [${f.lookalike}]` : ''}  ${f.subject}: ${why}`);
  }
  if (r.false_positives.length > shownFalsePositives) out.push(`  … ${r.false_positives.length - shownFalsePositives} more (--json lists all)`);
  out.push('');
  out.push(`networks: ${r.network_ari === null ? 'n/a (no network analysis)' : `adjusted Rand index ${num(r.network_ari)}`}`);
  out.push(`ranking: every operation member above every benign subject: ${r.ranking.separated ? 'yes' : 'NO'} (lowest member ${r.ranking.lowest_operation_score ?? 'n/a'}, highest benign ${r.ranking.highest_benign_score ?? 'n/a'})`);
  return `${out.map((line) => safeText(line)).join('\n')}\n`;
}
