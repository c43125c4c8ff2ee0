import type { Subject } from '../model/subject.js';
import type { EvalResult } from './eval-report.js';
import { safeText } from './text-table.js';

/** Networks as the stored subjects carry them (issue 6's `network` field): id → member names. */
export function networksOf(subjects: readonly Subject[]): Map<string, string[]> | undefined {
  if (!subjects.some((s) => 'network' in s)) return undefined;
  const out = new Map<string, string[]>();
  for (const s of subjects) {
    const id = (s as Subject & { network?: string | null }).network;
    if (id) out.set(id, [...(out.get(id) ?? []), s.display_name]);
  }
  return out;
}

/** What the demo says after the ranked table: the hidden operations and whether molehunt found them. */
export function demoSummary(result: EvalResult, networks: Map<string, string[]> | undefined): string {
  const lines = ['', 'hidden in this company (truth.json), and what molehunt made of them:'];
  for (const op of result.operations) {
    lines.push(`  ${op.all_detected ? '✓' : '✗'} ${op.title}`);
    lines.push(`      ${op.detected} of ${op.members} flagged at ≥ ${result.review_level}: ${op.reached.map((m) => `${m.name} (${m.level})`).join(', ')}`);
  }
  const lookalikes = result.false_positives.filter((f) => f.lookalike);
  lines.push(`  benign look-alikes (travellers, VPN and relay users, night shift, a household, an IT admin…): ${result.subjects.lookalikes - lookalikes.length} of ${result.subjects.lookalikes} left alone`);
  for (const f of lookalikes) lines.push(`      flagged: ${f.name} (${f.level}) — ${f.top.map((t) => t.rule).join(', ')}`);
  if (networks) {
    const multi = [...networks.entries()].filter(([, names]) => names.length > 1);
    lines.push('', `networks: ${multi.length}`);
    for (const [id, names] of multi.slice(0, 5)) lines.push(`  ${id}: ${names.slice(0, 6).join(', ')}${names.length > 6 ? ` +${names.length - 6}` : ''}`);
  }
  return `${lines.map(safeText).join('\n')}\n`;
}
