import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Event } from '../../model/event.js';
import { hostEvent, signIn } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import { signInWith } from '../../test-support/sign-in-with.js';
import { staff } from '../../test-support/staff.js';
import type { RuleContext, RuleDefinition } from '../define-rule.js';
import { loadCustomRules } from './load-custom-rules.js';

/** Compiles one rule file that must load without problems. */
function customRule(yaml: string): RuleDefinition {
  const { rules, problems } = loadCustomRules([{ path: 'rules/test.yml', text: yaml }], []);
  assert.deepEqual(problems, []);
  return rules[0]!;
}

const HEAD = (id: string, extra = '') => `id: ${id}
indicator: E-02
title: Scripted sign-in
description: A sign-in made by a script rather than a browser, from outside the company network.
strength: M
status: stable
${extra}`;

const CURL = customRule(`${HEAD('custom.scripted-sign-in', 'logsource: { kind: signin }')}
detection:
  selection:
    user_agent.original|contains: [curl, python-requests]
    event.outcome: success
  filter:
    network.name|startswith: Corp
  condition: selection and not filter
`);

const at = (who: string, when: string, ip: string, extras: Parameters<typeof signInWith>[1] = {}, outcome?: 'failure'): Event =>
  signInWith(signIn({ id: `${who}-${when}`, at: when, identity: who, ip, country: 'US', ...(outcome ? { outcome } : {}) }), extras);

describe('compiled custom rules', () => {
  test('a sign-in rule: one finding per person listing the matching sign-ins, with the values that mattered', () => {
    const run = runRule(CURL, {
      identities: [...staff('ryan'), ...staff('alice')],
      events: [
        at('ryan', '2026-10-05T12:00:00Z', '198.51.100.77', { userAgent: 'curl/8.4.0' }),
        at('ryan', '2026-10-06T12:00:00Z', '198.51.100.77', { userAgent: 'python-requests/2.32' }),
        at('ryan', '2026-10-06T13:00:00Z', '198.51.100.77', { userAgent: 'curl/8.4.0' }, 'failure'),
        at('ryan', '2026-10-07T12:00:00Z', '198.51.100.78', { userAgent: 'Mozilla/5.0 Firefox/140.0' }),
        at('alice', '2026-10-05T12:00:00Z', '198.51.100.20', { userAgent: 'curl/8.4.0', network: 'Corp-Office' }),
      ],
    });
    const [finding, ...rest] = run.findingsOf('ryan@example.com');
    assert.equal(rest.length, 0);
    assert.equal(finding!.rule, 'custom.scripted-sign-in');
    assert.equal(finding!.indicator, 'E-02');
    assert.equal(finding!.summary, 'Scripted sign-in: matched 2 sign-ins from 2026-10-05 to 2026-10-06');
    assert.equal(finding!.confidence, 0.7);
    assert.deepEqual(finding!.evidence.map((e) => [e.timestamp, e.values.ip, e.values['user_agent.original'], e.values['event.outcome']]), [
      ['2026-10-05T12:00:00.000Z', '198.51.100.77', 'curl/8.4.0', 'success'],
      ['2026-10-06T12:00:00.000Z', '198.51.100.77', 'python-requests/2.32', 'success'],
    ]);
    assert.deepEqual(finding!.facets.countries, ['US']);
    assert.equal(finding!.facets.from, Date.parse('2026-10-05T12:00:00Z'));
    assert.deepEqual(run.findingsOf('alice@example.com'), [], 'the filter drops the office network');
  });

  test('corporate egress is never evidence unless the rule says include_corporate', () => {
    const events = [at('ryan', '2026-10-05T12:00:00Z', '203.0.113.9', { userAgent: 'curl/8.4.0' })];
    assert.deepEqual(runRule(CURL, { identities: staff('ryan'), events, corporateCidrs: ['203.0.113.0/24'] }).findings, []);
    const office = customRule(`${HEAD('custom.office-scripts', 'logsource: { kind: signin, include_corporate: true }')}
detection:
  selection:
    user_agent.original|contains: curl
    enrichment.ip_scope.corporate: true
  condition: selection
`);
    const run = runRule(office, { identities: staff('ryan'), events, corporateCidrs: ['203.0.113.0/24'] });
    assert.equal(run.findingsOf('ryan@example.com').length, 1);
  });

  test('an event rule reads ECS fields of other events, with a dataset filter', () => {
    const rule = customRule(`${HEAD('custom.kvm-usb', 'logsource: { kind: event, dataset: osquery.result }')}
detection:
  kvm:
    molehunt.usb.vendor_id: 1d6b
    molehunt.usb.product_id: ["0104"]
  condition: kvm
`);
    const usb = (id: string, dataset: string) =>
      hostEvent('idp.account:okta:ryan', { id, at: '2026-09-03T17:00:00Z', dataset, action: 'usb_device.added', host: { name: 'RMITCHELL-MBP' }, molehunt: { usb: { vendor_id: '1D6B', product_id: '0104' } } });
    const run = runRule(rule, { identities: staff('ryan'), events: [usb('u1', 'osquery.result'), usb('u2', 'other.dataset')] });
    const [finding] = run.findingsOf('ryan@example.com');
    assert.equal(finding!.summary, 'Scripted sign-in: matched 1 event from 2026-09-03 to 2026-09-03');
    assert.deepEqual(finding!.evidence[0]!.values, { action: 'usb_device.added', 'molehunt.usb.vendor_id': '1D6B', 'molehunt.usb.product_id': '0104' });
  });

  test('a counting rule: every person in the group gets a finding naming the others; the window and threshold hold', () => {
    const rule = customRule(`${HEAD('custom.one-ip-many-people', 'logsource: { kind: signin }')}
detection:
  selection:
    event.outcome: success
  condition: selection
aggregation:
  group_by: [source.ip]
  window: 7d
  count_distinct: subject
  threshold: 3
`);
    const identities = ['ryan', 'kevin', 'ethan', 'grace'].flatMap((p) => staff(p));
    const events = [
      at('ryan', '2026-10-05T12:00:00Z', '198.51.100.77'),
      at('kevin', '2026-10-06T12:00:00Z', '198.51.100.77'),
      at('ethan', '2026-10-08T12:00:00Z', '198.51.100.77'),
      at('grace', '2026-10-20T12:00:00Z', '198.51.100.77'),
      at('grace', '2026-10-05T12:00:00Z', '198.51.100.40'),
    ];
    const run = runRule(rule, { identities, events });
    for (const who of ['ryan', 'kevin', 'ethan']) {
      const [finding, ...rest] = run.findingsOf(`${who}@example.com`);
      assert.equal(rest.length, 0, who);
      assert.equal(finding!.summary, 'Scripted sign-in: 3 people with source.ip=198.51.100.77 within 7d (threshold 3): ryan, kevin, ethan');
      assert.equal(finding!.related_subjects.length, 2);
      assert.equal(finding!.evidence[0]!.values.person, who, 'the person\'s own sign-in comes first');
      assert.equal(finding!.evidence.length, 3);
    }
    assert.deepEqual(run.findingsOf('grace@example.com'), [], 'grace was there two weeks later: outside the window');
    const lower = runRule(rule, { identities, events: events.slice(0, 2), options: { threshold: 2 } });
    assert.equal(lower.findings.length, 2, 'config rules.<id>.threshold overrides the file');
    const unsure = runRule(rule, { identities, events, options: { confidence: 0.3 } });
    assert.deepEqual(unsure.findings.map((f) => f.confidence), [0.3, 0.3, 0.3], 'config rules.<id>.confidence overrides the file');
  });

  test('evaluate never throws: a failing event is skipped and reported as a note', () => {
    const notes: string[] = [];
    const signInFact = { key: 'okta.system:x', id: 'x', at: 0, identity: 'i', outcome: 'success' as const, raw: { file: 'f', line: 1, sha256: 'a' }, userAgent: 'curl/8' };
    const ctx = {
      signInsBySubject: new Map([['sub_a', [signInFact]]]),
      eventsBySubject: new Map(),
      enrichment: () => {
        throw new Error('enricher exploded');
      },
      subject: () => undefined,
      policy: { now: 0, newHireDays: 30, sanctionedRemoteTools: [] },
      note: (text: string) => notes.push(text),
    } as unknown as RuleContext;
    assert.deepEqual(CURL.evaluate(ctx, { confidence: 0.7 }), []);
    assert.equal(notes.length, 1);
    assert.match(notes[0]!, /custom rule custom\.scripted-sign-in: 1 events could not be evaluated .*enricher exploded/);
  });
});
