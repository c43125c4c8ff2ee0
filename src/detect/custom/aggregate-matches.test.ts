import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { aggregate, fieldText } from './aggregate-matches.js';
import type { FieldView } from './ecs-view.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Item {
  at: number;
  view: FieldView;
  name: string;
}

/** A matched event at `hours` with these field values. */
function item(name: string, hours: number, fields: Record<string, unknown>): Item {
  return { name, at: hours * HOUR, view: { get: (f) => fields[f] } };
}

describe('aggregate', () => {
  test('counts distinct subjects per group in a sliding window; only groups at the threshold fire', () => {
    const items = [
      item('a1', 0, { subject: 'a', 'source.ip': '198.51.100.77' }),
      item('b1', 10, { subject: 'b', 'source.ip': '198.51.100.77' }),
      item('a2', 11, { subject: 'a', 'source.ip': '198.51.100.77' }),
      item('c1', 36, { subject: 'c', 'source.ip': '198.51.100.77' }),
      item('x1', 1, { subject: 'x', 'source.ip': '198.51.100.40' }),
      item('y1', 2, { subject: 'y', 'source.ip': '198.51.100.40' }),
    ].sort((p, q) => p.at - q.at);
    const groups = aggregate(items, { groupBy: ['source.ip'], windowMs: DAY, countDistinct: 'subject', threshold: 3 });
    // a, b, c are never all within 24 h (0 h, 10–11 h, 36 h), so .77 has at most 2; .40 has 2.
    assert.deepEqual(groups, []);
    const wider = aggregate(items, { groupBy: ['source.ip'], windowMs: 2 * DAY, countDistinct: 'subject', threshold: 3 });
    assert.equal(wider.length, 1);
    assert.deepEqual(wider[0]!.values, [{ field: 'source.ip', value: '198.51.100.77' }]);
    assert.equal(wider[0]!.count, 3);
    assert.deepEqual(wider[0]!.members.map((m) => m.name), ['a1', 'b1', 'a2', 'c1']);
    const pairs = aggregate(items, { groupBy: ['source.ip'], windowMs: DAY, countDistinct: 'subject', threshold: 2 });
    assert.deepEqual(pairs.map((g) => [g.values[0]!.value, g.count, g.members.map((m) => m.name)]), [
      ['198.51.100.77', 2, ['a1', 'b1']],
      ['198.51.100.40', 2, ['x1', 'y1']],
    ]);
  });

  test('without count_distinct it counts events; without a window all of the data counts', () => {
    const items = [0, 100, 200, 300].map((h, i) => item(`e${i}`, h, { subject: 'a', 'source.ip': '198.51.100.1' }));
    assert.deepEqual(aggregate(items, { groupBy: ['source.ip'], windowMs: DAY, threshold: 2 }), []);
    const all = aggregate(items, { groupBy: ['source.ip'], threshold: 4 });
    assert.equal(all[0]!.count, 4);
    assert.equal(aggregate(items, { groupBy: ['source.ip'], threshold: 5 }).length, 0);
  });

  test('count_distinct over a field; an empty group_by is one group; events missing a key are left out', () => {
    const items = [
      item('1', 0, { subject: 'a', 'molehunt.mfa.device_id': 'm1', 'user.email': 'a@example.com' }),
      item('2', 1, { subject: 'b', 'molehunt.mfa.device_id': 'm1', 'user.email': 'b@example.com' }),
      item('3', 2, { subject: 'c', 'user.email': 'c@example.com' }),
    ];
    const byDevice = aggregate(items, { groupBy: ['molehunt.mfa.device_id'], countDistinct: 'user.email', threshold: 2 });
    assert.deepEqual(byDevice.map((g) => [g.values, g.count]), [[[{ field: 'molehunt.mfa.device_id', value: 'm1' }], 2]]);
    const everyone = aggregate(items, { groupBy: [], countDistinct: 'subject', threshold: 3 });
    assert.deepEqual(everyone.map((g) => [g.values, g.count]), [[[], 3]]);
  });

  test('group keys of list fields join their values', () => {
    assert.equal(fieldText(['authentication', 'session']), 'authentication,session');
    assert.equal(fieldText(undefined), undefined);
    assert.equal(fieldText(''), undefined);
    assert.equal(fieldText(0), '0');
    assert.equal(fieldText({ a: 1 }), undefined);
  });
});
