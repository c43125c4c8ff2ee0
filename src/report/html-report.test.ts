import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import rule from '../detect/rules/signin-impossible-travel.rule.js';
import type { Finding } from '../model/finding.js';
import type { Subject } from '../model/subject.js';
import { employee } from '../test-support/factories.js';
import { renderHtmlReport, type ReportData } from './html-report.js';

const hostile = '<script>alert(1)</script>';
const subject: Subject = {
  id: 'sub_abc',
  display_name: hostile,
  identity_ids: ['hr.employee:hr-csv:E1'],
  merge_reasons: [],
  score: 40,
  level: 'medium',
  contributions: [{ rule: rule.id, severity: 'medium', confidence: 0.9, points: 40, status: 'counted' }],
  escalations: [],
};
const finding: Finding = {
  id: 'f1',
  rule: rule.id,
  indicator: 'E-03',
  subject: 'sub_abc',
  severity: 'medium',
  confidence: 0.9,
  summary: `hop to "><img src=x onerror=alert(1)>`,
  evidence: [{ timestamp: '2026-10-13T16:47:00.000Z', raw_ref: { file: 'a<b>.ndjson', line: 3, sha256: 'a'.repeat(64) }, values: { ip: '198.51.100.200', city: `'><svg onload=alert(1)>` } }],
  citations: [{ indicator: 'E-03', source: 'Advisory', url: 'https://example.com/a?b=1&c=2' }],
  corroborating_only: false,
  strength: 'M',
  shadow: false,
  related_subjects: [],
  facets: {},
};
const data = (over: Partial<ReportData> = {}): ReportData => ({
  generatedAt: '2026-11-21T00:00:00.000Z',
  subjects: [subject, { ...subject, id: 'sub_quiet', display_name: 'Quiet Person', score: 0, level: 'none', contributions: [] }],
  identities: new Map([['hr.employee:hr-csv:E1', employee('E1', 'x@example.com', hostile)]]),
  findings: [finding],
  rules: [rule],
  inputs: [{ file: 'examples/<x>.csv', source: 'hr.directory-csv', records: 2, quarantined: 1, finished_at: '2026-11-21T00:00:00.000Z' }],
  quarantined: 1,
  ...over,
});

describe('renderHtmlReport', () => {
  const html = renderHtmlReport(data());

  test('is one self-contained document that forbids scripts and network loads', () => {
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.doesNotMatch(html, /<script/i);
    // Every '<' from data is escaped, so each remaining '<' opens a tag we wrote: none may load anything.
    assert.doesNotMatch(html, /<[a-z][^>]*\s(src|srcset|data)=/i);
    assert.doesNotMatch(html, /<(link|iframe|object|embed|img)\b/i);
  });

  test('escapes every outside value', () => {
    assert.doesNotMatch(html, /<img|<svg|<script>alert/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&#39;&gt;&lt;svg onload=alert\(1\)&gt;/);
    assert.match(html, /a&lt;b&gt;\.ndjson:3/);
    assert.match(html, /href="https:\/\/example\.com\/a\?b=1&amp;c=2"/);
  });

  test('shows the evidence, the citation, the runbook and the ranking', () => {
    assert.match(html, /2026-10-13T16:47:00\.000Z/);
    assert.match(html, /198\.51\.100\.200/);
    assert.match(html, /E-03/);
    assert.match(html, /Next steps:/);
    assert.ok(html.indexOf('sub_abc') < html.indexOf('Quiet Person'), 'ranked by score');
    assert.match(html, /1 with a risk level/);
  });

  test('says so when nobody is flagged', () => {
    const calm = renderHtmlReport(data({ subjects: [{ ...subject, level: 'none', score: 0 }], findings: [] }));
    assert.match(calm, /No subject reached a risk level/);
  });

  test('a finding below the risk threshold is still shown, and every table link has its target', () => {
    const low = renderHtmlReport(data({ subjects: [{ ...subject, level: 'none', score: 7 }] }));
    assert.match(low, /No subject reached a risk level/);
    assert.match(low, /<section class="subject" id="sub_abc">/);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) assert.match(html, new RegExp(`id="${target}"`));
  });
});

test('credits the datasets whose licence requires it, escaped', () => {
  const html = renderHtmlReport(data({ credits: ['Example <data> (CC BY 4.0): © Example'] }));
  assert.match(html, /<h2>Data sources<\/h2><ul><li>Example &lt;data&gt; \(CC BY 4\.0\): © Example<\/li><\/ul>/);
  assert.doesNotMatch(renderHtmlReport(data()), /Data sources/);
});
