import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longestBusyStretch } from './busy-hours.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-10-05T15:00:00Z');
const hours = (from: number, count: number, skip: (i: number) => boolean = () => false) =>
  Array.from({ length: count }, (_, i) => i).filter((i) => !skip(i)).map((i) => T0 + (from + i) * HOUR + 7 * 60_000);

test('finds 48 busy hours that start mid-afternoon, whatever the calendar day', () => {
  const stretch = longestBusyStretch(hours(0, 48), 20);
  assert.deepEqual(stretch, { start: T0, days: 2, activeHours: [24, 24] });
});

test('a gap of a few hours a day still counts when 20 of 24 bins are busy; a night\'s sleep does not', () => {
  const napping = longestBusyStretch(hours(0, 72, (i) => i % 24 >= 21), 20);
  assert.equal(napping?.days, 3);
  assert.deepEqual(napping?.activeHours, [21, 21, 21]);
  const sleeping = longestBusyStretch(hours(0, 72, (i) => i % 24 >= 16), 20);
  assert.equal(sleeping, undefined);
});

test('a ten-hour night shift every day never reaches 20 bins', () => {
  const shifts = Array.from({ length: 10 }, (_, d) => hours(d * 24, 10)).flat();
  assert.equal(longestBusyStretch(shifts, 20), undefined);
  assert.equal(longestBusyStretch(shifts, 10)?.days, 10);
});

test('empty input and several sign-ins in one hour', () => {
  assert.equal(longestBusyStretch([], 20), undefined);
  assert.deepEqual(longestBusyStretch([T0, T0 + 60_000, T0 + 120_000], 1), { start: T0, days: 1, activeHours: [1] });
});
