import type { RuleDefinition } from '../detect/define-rule.js';
import type { IdentityEnrichments } from '../enrich/enrichments.js';
import type { Finding } from '../model/finding.js';
import type { IdentityRecord } from '../model/identity-record.js';
import { formatRawRef } from '../model/raw-ref.js';
import type { Subject } from '../model/subject.js';
import { safeText, textTable } from './text-table.js';

/** Everything `explain` shows about one subject. */
export interface Explanation {
  subject: Subject;
  identities: IdentityRecord[];
  findings: Finding[];
  /** What the identity enrichers concluded, by record id. */
  enrichments?: Record<string, Partial<IdentityEnrichments>>;
  /** Datasets whose licence asks to be credited where their data is used. */
  credits?: string[];
}

/** One line per enriched identifier, only where the enrichers found something worth saying. */
function enrichmentLines(e: Partial<IdentityEnrichments> | undefined): string[] {
  if (!e) return [];
  const out: string[] = [];
  if (e.time_zone?.zone) out.push(`time zone ${e.time_zone.zone} (${e.time_zone.basis})`);
  for (const p of e.phones ?? []) {
    const mismatch = p.region_matches_claim === false ? `, region ${p.region} ≠ claimed ${p.claimed_country}` : '';
    out.push(`phone ${p.e164 ?? p.raw}: ${p.valid ? (p.type ?? 'valid') : 'invalid'}${mismatch}`);
  }
  for (const m of e.emails ?? []) {
    const flags = [m.disposable && 'disposable', m.free_provider && 'free mail', m.role_account && 'role account', ...m.ioc.map((i) => `on IOC list ${i.dataset}`)].filter(Boolean);
    out.push(`e-mail ${m.normalized}${flags.length > 0 ? `: ${flags.join(', ')}` : ''}`);
  }
  for (const a of e.addresses ?? []) {
    const flags = [a.po_box && 'PO box', a.mail_drop && `mail drop (${a.mail_drop_basis ?? 'pattern'})`].filter(Boolean);
    out.push(`${a.role} address key ${a.key}${flags.length > 0 ? `: ${flags.join(', ')}` : ''}`);
  }
  return out;
}

/** Renders an explanation for a terminal: who, why the score, each finding's evidence and citations. */
export function explainText(x: Explanation, rules: readonly RuleDefinition[]): string {
  const out: string[] = [];
  const s = x.subject;
  out.push(`${safeText(s.display_name)}  (${s.id})`, `score ${s.score}/100, level ${s.level}`, '');
  out.push('Identity records:');
  for (const r of x.identities) {
    out.push(`  - ${r.kind} ${safeText(r.source_id)}${r.name ? ` "${safeText(r.name)}"` : ''} ${safeText(r.identifiers.emails.join(', '))} [${safeText(formatRawRef(r.raw_ref))}]`);
    for (const line of enrichmentLines(x.enrichments?.[r.id])) out.push(`      ${safeText(line)}`);
  }
  if (s.merge_reasons.length > 0) {
    out.push('Merged because they share:');
    for (const m of s.merge_reasons) out.push(`  - ${safeText(m.key)} (${m.records.length} records)`);
  }
  out.push('');
  const credits = x.credits && x.credits.length > 0 ? ['', 'Data sources:', ...x.credits.map((c) => `  ${c}`)] : [];
  if (x.findings.length === 0) {
    out.push('No findings: no rule fired for this subject.', ...credits);
    return out.join('\n') + '\n';
  }
  out.push('Score breakdown:');
  for (const c of s.contributions) {
    out.push(`  ${String(c.points).padStart(5)} pts  ${c.rule} (${c.severity}, confidence ${c.confidence})${c.note ? ` — ${c.note}` : ''}`);
  }
  for (const x2 of s.escalations) out.push(`  escalated to at least high by ${x2.id} (${x2.title}): ${x2.rules.join(' + ')}`);
  for (const f of x.findings) {
    const rule = rules.find((r) => r.id === f.rule);
    const state = f.suppressed
      ? ` — SUPPRESSED (${f.suppressed.kind}: ${safeText(f.suppressed.reason)}; ${f.suppressed.source}${f.suppressed.expires ? `, until ${f.suppressed.expires}` : ''})`
      : f.shadow
        ? ' — SHADOW (experimental rule: recorded, not scored)'
        : '';
    out.push(
      '',
      `[${f.severity}] ${f.rule} (${f.indicator}) — ${rule?.title ?? ''}${state}`,
      `  ${safeText(f.summary)}`,
      `  strength ${f.strength}, confidence ${f.confidence}${f.corroborating_only ? ', corroborating only' : ''}`,
    );
    if (f.related_subjects.length > 0) out.push(`  tied to: ${f.related_subjects.join(', ')}`);
    const keys = [...new Set(f.evidence.flatMap((e) => Object.keys(e.values)))];
    const rows = f.evidence.map((e) => [e.timestamp ?? '', ...keys.map((k) => e.values[k] ?? ''), e.raw_ref ? formatRawRef(e.raw_ref) : '']);
    out.push('  Evidence:', ...textTable(['time', ...keys, 'from'], rows).trimEnd().split('\n').map((l) => `    ${l}`));
    out.push('  Citations:', ...f.citations.map((c) => `    - ${c.indicator}: ${c.source}${c.url ? ` <${c.url}>` : ''}`));
    if (rule) out.push(`  Next steps: ${rule.runbook}`);
    const clears = f.clears ?? rule?.clears;
    if (clears) out.push(`  What would clear it: ${safeText(clears)}`);
  }
  out.push(...credits);
  return out.join('\n') + '\n';
}
