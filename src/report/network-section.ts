import type { GraphNote, Network } from '../model/network.js';
import { formatRawRef } from '../model/raw-ref.js';
import { escapeHtml as e } from './escape.js';

/** Evidence rows shown per link before "… and N more". */
const EVIDENCE_ROWS = 12;

function linkRows(net: Network, name: (id: string) => string): string {
  return net.links
    .map((l) => {
      const shown = l.evidence.slice(0, EVIDENCE_ROWS);
      const evidence = shown
        .map((x) => `<li>${e(name(x.subject))} <span class="muted">${e(x.record)}${x.role ? ` (${e(x.role)})` : ''}${x.at ? ` ${e(x.at)}` : ''}${x.raw_ref ? ` ${e(formatRawRef(x.raw_ref))}` : ''}</span></li>`)
        .join('');
      const more = l.evidence.length > shown.length ? `<li class="muted">… and ${e(l.evidence.length - shown.length)} more</li>` : '';
      const span = l.first ? `${e(l.first)}${l.last && l.last !== l.first ? ` – ${e(l.last)}` : ''}` : '';
      return `<tr><td><code>${e(l.kind)}</code> (${e(l.indicator)})</td><td class="mono">${e(l.value_display)}</td><td>${e(l.subjects.length)}</td><td class="mono">${span}</td><td><details><summary>evidence</summary><ul>${evidence}${more}</ul></details></td></tr>`;
    })
    .join('');
}

function networkBlock(net: Network, name: (id: string) => string, linked: (id: string) => boolean): string {
  const members = net.subjects.map((s) => (linked(s) ? `<a href="#${e(s)}">${e(name(s))}</a>` : e(name(s)))).join(', ');
  return `<section class="subject" id="${e(net.id)}"><h3>${e(net.id)} <span class="lvl ${e(net.level)}">${e(net.level)}</span> <span class="muted">score ${e(net.score)} · ${e(net.subjects.length)} subjects · structure ${e(net.structure)}</span></h3>
<p>${e(net.summary)}</p><p><strong>Members:</strong> ${members}</p>
<table><thead><tr><th>shared</th><th>value (masked)</th><th>subjects</th><th>when</th><th>evidence</th></tr></thead><tbody>${linkRows(net, name)}</tbody></table></section>`;
}

function notesTable(notes: readonly GraphNote[], name: (id: string) => string): string {
  const generic = notes.filter((n) => n.type === 'generic');
  const exempt = notes.filter((n) => n.type === 'exemption');
  const conflicts = notes.filter((n) => n.type === 'conflict');
  const parts: string[] = [];
  if (generic.length > 0) {
    parts.push(`<h3>Values left out as generic</h3><p class="muted">Shared by many unrelated people (an office, a VPN exit, a placeholder): not evidence. See docs/networks.md §3.</p>
<table><thead><tr><th>kind</th><th>value (masked)</th><th>subjects</th><th>spread</th><th>why</th></tr></thead><tbody>${generic
      .map((g) => `<tr><td><code>${e(g.kind)}</code></td><td class="mono">${e(g.value_display)}</td><td>${e(g.degree)}</td><td>${e(g.spread)}</td><td>${e(g.reason)}: ${e(g.detail)}</td></tr>`)
      .join('')}</tbody></table>`);
  }
  if (exempt.length > 0) {
    parts.push(`<h3>Shared by declared households</h3><table><thead><tr><th>kind</th><th>value (masked)</th><th>subjects</th><th>declared by</th></tr></thead><tbody>${exempt
      .map((x) => `<tr><td><code>${e(x.kind)}</code></td><td class="mono">${e(x.value_display)}</td><td>${x.subjects.map((s) => e(name(s))).join(', ')}</td><td>${e(x.source)}</td></tr>`)
      .join('')}</tbody></table>`);
  }
  if (conflicts.length > 0) {
    parts.push(`<h3>Judgements overridden</h3><ul>${conflicts
      .map((c) => `<li>${e(c.judgement)} said "different", but an employee id or corporate e-mail makes them one subject: ${e(name(c.subject))}</li>`)
      .join('')}</ul>`);
  }
  return parts.join('\n');
}

/** The report's Networks section: networks by score with their links and evidence, then what was left out and why. */
export function networkSection(networks: readonly Network[], notes: readonly GraphNote[], names: ReadonlyMap<string, string>, linked: ReadonlySet<string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const body = networks.length === 0 ? '<p>No subjects are linked by identifiers distinct people should not share.</p>' : networks.map((n) => networkBlock(n, name, (id) => linked.has(id))).join('\n');
  return `<h2>Networks</h2>
<p class="muted">Subjects linked by identifiers distinct people should not share (phone, personal e-mail, payout account, device, MFA device, SSH key, address, residential connection, near-duplicate résumé or photo). Values are masked; evidence points to the source records.</p>
${body}
${notesTable(notes, name)}`;
}
