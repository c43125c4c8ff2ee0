import assert from 'node:assert/strict';
import { test } from 'node:test';
import { operatorRegionMatcher } from './operator-regions.js';

test('IdP city spellings match their region only with the right country', () => {
  const regionOf = operatorRegionMatcher();
  assert.deepEqual(regionOf('Shenyang', 'CN'), { region: 'Liaoning', country: 'CN', city: 'Shenyang' });
  assert.equal(regionOf('YANJI SHI', 'cn')?.region, 'Jilin');
  assert.equal(regionOf("Ji'an", 'CN')?.city, "Ji'an");
  assert.equal(regionOf('Spassk Dalny', 'RU')?.region, 'Primorsky Krai');
  assert.equal(regionOf('Vladivostok', 'US'), undefined);
  assert.equal(regionOf('Beijing', 'CN'), undefined);
  // Beijing's Chaoyang district shares the name with a Liaoning city: deliberately not in the table.
  assert.equal(regionOf('Chaoyang', 'CN'), undefined);
  assert.equal(regionOf(undefined, 'CN'), undefined);
});
