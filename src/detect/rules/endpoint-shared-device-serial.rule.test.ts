import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IdentityRecord } from '../../model/identity-record.js';
import { employee, hostEvent, record } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './endpoint-shared-device-serial.rule.js';

const person = (id: string): IdentityRecord => employee(`E-${id}`, `${id}@example.com`, id);

/** An MDM record: `serial` owned by `owner`, enrolled and last checked in on these dates. */
const mdm = (owner: string, serial: string, enrolled?: string, lastCheckIn?: string) =>
  record('device.owner', `${serial}-${owner}`, {
    corporate_emails: [`${owner}@example.com`],
    identifiers: { device_serials: [serial] },
    attributes: { ...(enrolled ? { enrolled_at: enrolled } : {}), ...(lastCheckIn ? { last_check_in: lastCheckIn } : {}) },
  });

/** An osquery host owned by `owner` reporting hardware serial `serial` at `at`. */
const seen = (owner: string, serial: string, at: string) => {
  const id = `device.owner:osquery:${owner}-host`;
  return {
    record: record('device.owner', `${owner}-host`, { id, corporate_emails: [`${owner}@example.com`] }),
    event: hostEvent(id, { id: `si-${owner}-${at}`, at, action: 'system_info.snapshot', host: { id: `${owner}-host`, name: `${owner}-host` }, device: { serial_number: serial } }),
  };
};

describe('endpoint.shared-device-serial (I-06)', () => {
  test('one laptop under two new hires at the same time: both flagged, each naming the other', () => {
    const k1 = seen('kevin', 'C02FARM0001', '2026-09-15T10:00:00Z');
    const k2 = seen('kevin', 'C02FARM0001', '2026-10-01T10:00:00Z');
    const run = runRule(rule, {
      identities: [person('ryan'), person('kevin'), mdm('ryan', 'C02FARM0001', '2026-08-31T13:05:00Z', '2026-10-05T12:21:00Z'), k1.record],
      events: [k1.event, k2.event],
    });
    const [ryan] = run.findingsOf('ryan@example.com');
    const [kevin] = run.findingsOf('kevin@example.com');
    assert.equal(ryan?.indicator, 'I-06');
    assert.equal(ryan?.confidence, 0.6);
    assert.equal(ryan?.summary, 'Device serial C02FARM0001 appears under 2 people at the same time: kevin (2026-09-15 – 2026-10-01), ryan (2026-08-31 – 2026-10-05)');
    assert.deepEqual(ryan?.related_subjects, [kevin!.subject]);
    assert.equal(ryan?.evidence.length, 3, 'the MDM record once, and Kevin\'s first and last sighting');
  });

  test('a laptop reassigned from one employee to the next, or handed over within a day, is not shared', () => {
    const a = seen('alice', 'C02REUSED01', '2025-06-01T10:00:00Z');
    const run = runRule(rule, {
      identities: [
        person('alice'), person('bob'), person('carol'), person('dan'),
        mdm('alice', 'C02REUSED01', '2024-01-10T10:00:00Z', '2025-06-20T10:00:00Z'), a.record,
        mdm('bob', 'C02REUSED01', '2025-07-01T10:00:00Z', '2026-10-05T10:00:00Z'),
        mdm('carol', 'C02HANDOVER', '2025-01-01T00:00:00Z', '2025-03-01T12:00:00Z'),
        mdm('dan', 'C02HANDOVER', '2025-03-01T00:00:00Z', '2026-10-01T00:00:00Z'),
      ],
      events: [a.event],
    });
    assert.deepEqual(run.findings, []);
  });

  test('without any dates it cannot tell: a weak finding that says so', () => {
    const run = runRule(rule, { identities: [person('x'), person('y'), mdm('x', 'C02NODATES1'), mdm('y', 'C02NODATES1')], events: [] });
    assert.equal(run.findings.length, 2);
    assert.equal(run.findings[0]?.confidence, 0.35);
    assert.match(run.findings[0]?.summary ?? '', /with too few dates to tell a reassignment from sharing: x \(no dates\), y \(no dates\)/);
  });

  test('ownerless hosts, placeholder serials and pool devices are not people sharing a laptop', () => {
    const pool = ['p1', 'p2', 'p3'];
    const run = runRule(rule, {
      identities: [
        person('ryan'), mdm('ryan', 'C02ALONE001', '2026-08-31T00:00:00Z', '2026-10-05T00:00:00Z'),
        record('device.owner', 'orphan', { identifiers: { device_serials: ['C02ALONE001'] }, attributes: { enrolled_at: '2026-09-01T00:00:00Z' } }),
        person('a'), person('b'), mdm('a', 'Default string', '2026-01-01T00:00:00Z', '2026-10-01T00:00:00Z'), mdm('b', 'Default string', '2026-01-01T00:00:00Z', '2026-10-01T00:00:00Z'),
        ...pool.flatMap((p) => [person(p), mdm(p, 'C02LOANER01', '2026-01-01T00:00:00Z', '2026-10-01T00:00:00Z')]),
      ],
      options: { maxSubjects: 2 },
      events: [],
    });
    assert.deepEqual(run.findings, []);
    assert.match(run.notes.join('\n'), /device serial C02LOANER01 appears under 3 people and was treated as a placeholder or pool device/);
  });
});
