import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import type { Event } from '../model/event.js';
import type { IdentityRecord } from '../model/identity-record.js';
import { installed, worker } from '../test-support/endpoint-fixtures.js';
import { hostEvent, record } from '../test-support/factories.js';
import { runRule } from '../test-support/rule-tester.js';
import { defineRule, type RuleContext } from './define-rule.js';
import { enrollmentFinder, hostsOf, sinceText } from './host-events.js';

/** Runs `look` on the RuleContext the real pipeline builds for this fixture. */
function withContext(identities: IdentityRecord[], events: Event[], look: (ctx: RuleContext) => void): void {
  const probe = defineRule({
    id: 'endpoint.probe', indicator: 'F-01', title: 'probe', description: 'probe', strength: 'L', severity: 'low', status: 'experimental',
    corroboratingOnly: true, dataSources: [], citations: [], falsePositives: [], runbook: '', clears: '', options: z.object({}),
    evaluate(ctx) {
      look(ctx);
      return [];
    },
  });
  runRule(probe, { identities, events });
}

const osq = (host: string, over: Partial<Event> & { id: string; at: string }) =>
  hostEvent(`device.owner:osquery:${host}`, { action: 'app.snapshot', host: { id: `uuid-${host}`, name: host }, ...over });

describe('host events', () => {
  test('rows of one osquery host without the serial join its system_info row, and the MDM record, under one host', () => {
    const owner = record('device.owner', 'mac-1', { id: 'device.owner:osquery:mac-1', corporate_emails: ['a@example.com'] });
    const events = [
      osq('mac-1', { id: 'si', at: '2026-10-01T00:00:00Z', action: 'system_info.snapshot', device: { serial_number: 'C02X' } }),
      osq('mac-1', { id: 'app', at: '2026-10-01T00:00:00Z', package: { name: 'Slack' } }),
      hostEvent('device.owner:mdm-csv:SER-A', { id: 'mdm', at: '2026-09-01T00:00:00Z', dataset: 'mdm.devices', action: 'device.enrolled', host: { name: 'mac-1' }, device: { serial_number: 'C02X' } }),
    ];
    const mdm = record('device.owner', 'SER-A', { corporate_emails: ['a@example.com'], identifiers: { device_serials: ['C02X'] } });
    withContext([...worker('a').slice(0, 1), owner, mdm], events, (ctx) => {
      const hosts = hostsOf(ctx);
      assert.equal(hosts.length, 1);
      assert.deepEqual([hosts[0]!.key, hosts[0]!.name, hosts[0]!.events.length], ['serial:C02X', 'mac-1', 3]);
      assert.deepEqual(enrollmentFinder(ctx, 24)(hosts[0]!), { at: Date.parse('2026-09-01T00:00:00Z'), basis: 'MDM enrollment' });
    });
  });

  test('enrollment: MDM date first, else a host that appeared after logging began, else the start date, else unknown', () => {
    const identities = [...worker('mdm', { enrolledAt: '2026-09-01T08:00:00Z' }), ...worker('late'), ...worker('early', { start: '2026-10-03' }), ...worker('none')];
    const events = [
      installed('mdm', '2026-10-01T00:00:00Z', 'Slack'),
      installed('early', '2026-10-01T00:00:00Z', 'Slack'),
      installed('none', '2026-10-01T00:00:00Z', 'Slack'),
      installed('late', '2026-10-01T23:00:00Z', 'Slack'),
      installed('late', '2026-10-04T00:00:00Z', 'Slack'),
    ];
    withContext(identities, events, (ctx) => {
      const find = enrollmentFinder(ctx, 24);
      const basis = Object.fromEntries(hostsOf(ctx).map((h) => [h.name, find(h)?.basis ?? 'unknown']));
      assert.deepEqual(basis, { 'mdm-laptop': 'MDM enrollment', 'early-laptop': 'start date', 'none-laptop': 'unknown', 'late-laptop': 'unknown' });
      const lenient = enrollmentFinder(ctx, 12);
      assert.equal(lenient(hostsOf(ctx).find((h) => h.name === 'late-laptop')!)?.basis, 'first osquery.result event of the host');
    });
  });

  test('sinceText speaks in hours for three days, then in days', () => {
    const since = { at: 0, basis: 'start date' };
    assert.equal(sinceText(41 * 3_600_000, since), '41 h after the start date');
    assert.equal(sinceText(80 * 3_600_000, since), 'day 3 after the start date');
    assert.equal(sinceText(-1, since), 'before the start date');
  });
});
