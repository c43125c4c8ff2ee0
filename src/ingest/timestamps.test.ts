import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTimestamp } from './timestamps.js';

test('one grammar for ISO and US month-first times, zone-less = UTC, fraction cut to the millisecond', () => {
  const cases: [string, string][] = [
    ['2026-01-31T14:05:00Z', '2026-01-31T14:05:00.000Z'],
    ['2026-01-31 14:05:00.123456789+02:00', '2026-01-31T12:05:00.123Z'],
    ['2026-01-31T14:05', '2026-01-31T14:05:00.000Z'],
    ['1/31/2026 2:05:07 PM', '2026-01-31T14:05:07.000Z'],
    ['1/31/2026 2:05:07.5 AM -05:00', '2026-01-31T07:05:07.500Z'],
    ['0099-01-01T00:00:00Z', '0099-01-01T00:00:00.000Z'],
  ];
  for (const [input, expected] of cases) assert.equal(parseTimestamp(input), expected, input);
});

test('a bare date is a timestamp only when the caller allows it; impossible values never are', () => {
  assert.equal(parseTimestamp('2024-02-29'), undefined);
  assert.equal(parseTimestamp('2024-02-29', { dateOnly: true }), '2024-02-29T00:00:00.000Z');
  for (const bad of ['2025-02-29T00:00:00Z', '2026-01-31T12:00:00+15:00', '1/31/2026 13:00 PM', '31/01/2026 10:00', 'soon']) {
    assert.equal(parseTimestamp(bad, { dateOnly: true }), undefined, bad);
  }
});
