import assert from 'node:assert/strict';
import { test } from 'node:test';
import { account, record } from '../test-support/factories.js';
import type { ResolvedSubject } from '../resolve/resolve-subjects.js';
import { IdentifierGroups, isPerson } from './shared-identifiers.js';

const subject = (identities: ResolvedSubject['identities']): ResolvedSubject => ({ id: 's', display_name: 's', identities, merge_reasons: [] });

test('a subject made only of device records is a host, not a person', () => {
  assert.equal(isPerson(subject([record('device.owner', 'h1')])), false);
  assert.equal(isPerson(subject([record('device.owner', 'h1'), account('a')])), true);
});

test('identifier groups: per value, per subject; only values under at least `min` subjects come out', () => {
  const g = new IdentifierGroups();
  g.add('k1', 'a', { evidence: { values: { n: 1 } } });
  g.add('k1', 'a', { evidence: { values: { n: 2 } }, at: 5 });
  g.add('k1', 'b', { evidence: { values: { n: 3 } } });
  g.add('k2', 'a', { evidence: { values: { n: 4 } } });
  const out = [...g.groups(2)];
  assert.deepEqual(out.map(([v, s]) => [v, [...s.keys()], s.get('a')!.length]), [['k1', ['a', 'b'], 2]]);
});
