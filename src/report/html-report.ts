import type { RuleDefinition } from '../detect/define-rule.js';
import type { Finding } from '../model/finding.js';
import type { IdentityRecord } from '../model/identity-record.js';
import type { GraphNote, Network } from '../model/network.js';
import { formatRawRef } from '../model/raw-ref.js';
import type { Subject } from '../model/subject.js';
import { escapeHtml as e } from './escape.js';
import { networkSection } from './network-section.js';

/** What the HTML report shows. */
export interface ReportData {
  generatedAt: string;
  subjects: readonly Subject[];
  identities: ReadonlyMap<string, IdentityRecord>;
  findings: readonly Finding[];
  rules: readonly RuleDefinition[];
  inputs: readonly { file: string; source: string; records: number; quarantined: number; finished_at: string }[];
  quarantined: number;
  /** Attribution lines the datasets' licences require (report/credits.ts). */
  credits?: readonly string[];
  /** Networks of linked subjects and what linking left out (docs/networks.md). */
  networks?: readonly Network[];
  graphNotes?: readonly GraphNote[];
}

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-bottom:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
.lvl{font-weight:600;padding:.1rem .4rem;border-radius:.3rem}.critical{background:#8b0000;color:#fff}.high{background:#d1242f;color:#fff}
.medium{background:#fb8500}.low{background:#ffd33d}.none{background:#eaeef2}details{margin:.5rem 0 1rem}
summary{cursor:pointer}.subject{border:1px solid #d0d7de;border-radius:.4rem;padding:.5rem 1rem;margin:1rem 0}
code,.mono{font-family:ui-monospace,monospace;font-size:12px}.muted{color:#57606a}`;

function level(l: string): string {
  return `<span class="lvl ${e(l)}">${e(l)}</span>`;
}

function evidenceTable(f: Finding): string {
  const keys = [...new Set(f.evidence.flatMap((x) => Object.keys(x.values)))];
  const head = ['time', ...keys, 'from'].map((k) => `<th>${e(k)}</th>`).join('');
  const rows = f.evidence
    .map((x) => `<tr><td class="mono">${e(x.timestamp ?? '')}</td>${keys.map((k) => `<td>${e(x.values[k] ?? '')}</td>`).join('')}<td class="mono">${e(x.raw_ref ? formatRawRef(x.raw_ref) : '')}</td></tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function findingBlock(f: Finding, rules: readonly RuleDefinition[]): string {
  const rule = rules.find((r) => r.id === f.rule);
  const citations = f.citations
    .map((c) => `<li>${e(c.indicator)}: ${c.url ? `<a href="${e(c.url)}" rel="noreferrer">${e(c.source)}</a>` : e(c.source)}</li>`)
    .join('');
  const state = f.suppressed
    ? ` <span class="muted">[suppressed: ${e(f.suppressed.reason)} — ${e(f.suppressed.source)}${f.suppressed.expires ? `, until ${e(f.suppressed.expires)}` : ''}]</span>`
    : f.shadow
      ? ' <span class="muted">[shadow: experimental rule, not scored]</span>'
      : '';
  const related = f.related_subjects.length > 0 ? `<p>Tied to: ${f.related_subjects.map((id) => `<a href="#${e(id)}">${e(id)}</a>`).join(', ')}</p>` : '';
  const clears = f.clears ?? rule?.clears;
  return `<details${f.suppressed || f.shadow ? '' : ' open'}><summary>${level(f.severity)} <code>${e(f.rule)}</code> (${e(f.indicator)}) — ${e(f.summary)}${state}</summary>
<p class="muted">${e(rule?.title ?? '')}. Strength ${e(f.strength)}, confidence ${e(f.confidence)}${f.corroborating_only ? ', corroborating only' : ''}.</p>${related}${evidenceTable(f)}
<p><strong>Citations</strong></p><ul>${citations}</ul>${rule ? `<p><strong>Next steps:</strong> ${e(rule.runbook)}</p>` : ''}${clears ? `<p><strong>What would clear it:</strong> ${e(clears)}</p>` : ''}</details>`;
}

function subjectBlock(s: Subject, data: ReportData, findings: readonly Finding[]): string {
  const identities = s.identity_ids
    .map((id) => data.identities.get(id))
    .filter((r) => r !== undefined)
    .map((r) => `<li><code>${e(r.kind)}</code> ${e(r.source_id)} ${e(r.name ?? '')} <span class="muted">${e(r.identifiers.emails.join(', '))}</span></li>`)
    .join('');
  const breakdown = s.contributions.map((c) => `<li>${e(c.points)} pts — <code>${e(c.rule)}</code>${c.note ? ` (${e(c.note)})` : ''}</li>`).join('');
  const escalations = s.escalations.map((x) => `<li>${e(x.id)} ${e(x.title)}: ${x.rules.map((r) => `<code>${e(r)}</code>`).join(' + ')}</li>`).join('');
  return `<section class="subject" id="${e(s.id)}"><h3>${e(s.display_name)} ${level(s.level)} <span class="muted">score ${e(s.score)} · ${e(s.id)}</span></h3>
<ul>${identities}</ul>${breakdown ? `<p><strong>Score breakdown</strong></p><ul>${breakdown}</ul>` : ''}${escalations ? `<p><strong>Escalated to at least high by a high-confidence combination</strong></p><ul>${escalations}</ul>` : ''}
${findings.map((f) => findingBlock(f, data.rules)).join('\n')}</section>`;
}

/**
 * Renders one self-contained HTML file: no scripts, no network (a Content-Security-Policy forbids
 * both), every value from the data escaped.
 */
export function renderHtmlReport(data: ReportData): string {
  const bySubject = new Map<string, Finding[]>();
  for (const f of data.findings) bySubject.set(f.subject, [...(bySubject.get(f.subject) ?? []), f]);
  const flagged = data.subjects.filter((s) => s.level !== 'none');
  // Findings below the risk threshold (e.g. a likely household) stay visible: an analyst may disagree.
  const withFindings = data.subjects.filter((s) => bySubject.has(s.id));
  const rows = data.subjects
    .map((s, i) => `<tr><td>${i + 1}</td><td>${e(s.score)}</td><td>${level(s.level)}</td><td>${bySubject.has(s.id) ? `<a href="#${e(s.id)}">${e(s.display_name)}</a>` : e(s.display_name)}</td><td>${e(bySubject.get(s.id)?.length ?? 0)}</td></tr>`)
    .join('');
  const inputs = data.inputs
    .map((i) => `<tr><td class="mono">${e(i.file)}</td><td>${e(i.source)}</td><td>${e(i.records)}</td><td>${e(i.quarantined)}</td><td class="mono">${e(i.finished_at)}</td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>molehunt report</title><style>${STYLE}</style></head><body>
<h1>molehunt report</h1>
<p class="muted">Generated ${e(data.generatedAt)}. ${e(data.subjects.length)} subjects, ${e(flagged.length)} with a risk level, ${e(data.findings.length)} findings, ${e(data.quarantined)} quarantined records.
Findings are leads for review, not verdicts: molehunt looks for misrepresentation and fraud, never for nationality, ethnicity or language as such.</p>
<h2>Subjects by risk</h2>
<table><thead><tr><th>#</th><th>score</th><th>level</th><th>subject</th><th>findings</th></tr></thead><tbody>${rows}</tbody></table>
<h2>Subjects with findings</h2>
${flagged.length === 0 ? '<p>No subject reached a risk level.</p>' : ''}
${withFindings.map((s) => subjectBlock(s, data, bySubject.get(s.id) ?? [])).join('\n')}
${networkSection(data.networks ?? [], data.graphNotes ?? [], new Map(data.subjects.map((s) => [s.id, s.display_name])), new Set(withFindings.map((s) => s.id)))}
<h2>Inputs</h2>
<table><thead><tr><th>file</th><th>source</th><th>records</th><th>quarantined</th><th>ingested</th></tr></thead><tbody>${inputs}</tbody></table>
${data.credits && data.credits.length > 0 ? `<h2>Data sources</h2><ul>${data.credits.map((c) => `<li>${e(c)}</li>`).join('')}</ul>` : ''}
</body></html>
`;
}
