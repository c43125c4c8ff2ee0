import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../detect/rules/signin-impossible-travel.rule.js';
import { account, employee, signIn } from '../test-support/factories.js';
import { runRule } from '../test-support/rule-tester.js';
import { explainText } from './explain-text.js';

test('explains a flagged subject with records, merge reason, points, evidence, citation and runbook', () => {
  const identities = [employee('E6', 'jake@example.com', 'Jake'), account('jake', 'jake@example.com')];
  const run = runRule(rule, {
    identities,
    events: [
      signIn({ id: 'a', at: '2026-10-13T15:19:00Z', identity: 'jake', ip: '198.51.100.61', country: 'US', lat: 47.6, lon: -122.3 }),
      signIn({ id: 'b', at: '2026-10-13T16:05:00Z', identity: 'jake', ip: '198.51.100.200', country: 'CN', lat: 41.8, lon: 123.4 }),
    ],
  });
  const subject = run.subjects[0]!;
  const text = explainText({ subject, identities, findings: run.findings }, [rule]);
  for (const expected of ['Jake', 'hr.employee E6', 'email:jake@example.com', 'pts  signin.impossible-travel', '2026-10-13T16:05:00.000Z', '198.51.100.200', 'CN', 'E-03:', 'Next steps:', 'fixture.ndjson:1']) {
    assert.ok(text.includes(expected), `missing ${expected}\n${text}`);
  }
});

test('says plainly when no rule fired', () => {
  const identities = [employee('E1', 'a@example.com', 'Ann')];
  const run = runRule(rule, { identities, events: [] });
  const text = explainText({ subject: run.subjects[0]!, identities, findings: [] }, [rule]);
  assert.match(text, /No findings: no rule fired for this subject\./);
  assert.match(text, /score 0\/100, level none/);
});

test('shows what enrichers found about each record, and credits datasets that require it', () => {
  const identities = [employee('E1', 'a@example.com', 'Ann')];
  const run = runRule(rule, { identities, events: [] });
  const enrichments = {
    [identities[0]!.id]: {
      time_zone: { zone: 'America/Chicago', basis: 'HR timezone of E1' },
      phones: [{ raw: '+447400123456', e164: '+447400123456', valid: true, type: 'MOBILE', region: 'GB', claimed_country: 'US', region_matches_claim: false, basis: 'x' }],
      emails: [{ raw: 'a@example.com', normalized: 'a@example.com', domain: 'example.com', disposable: true, free_provider: false, role_account: false, ioc: [{ label: 'l', dataset: 'iocs.txt' }], basis: 'x' }],
      addresses: [{ role: 'ship_to', key: '1200 example pike|37201|nashville|us', po_box: false, mail_drop: true, mail_drop_basis: 'PMB' }],
    },
  };
  const text = explainText({ subject: run.subjects[0]!, identities, findings: [], enrichments, credits: ['Example data (CC BY 4.0): © Example'] }, [rule]);
  for (const expected of ['time zone America/Chicago', 'phone +447400123456: MOBILE, region GB ≠ claimed US', 'e-mail a@example.com: disposable, on IOC list iocs.txt', 'ship_to address key 1200 example pike|37201|nashville|us: mail drop (PMB)', 'Data sources:', 'Example data (CC BY 4.0): © Example']) {
    assert.ok(text.includes(expected), `missing ${expected}\n${text}`);
  }
});
