import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { densestDistinctWindow, distanceKm, formatHours } from './event-helpers.js';

describe('event helpers', () => {
  test('distanceKm matches known great-circle distances within 1%', () => {
    const jfk = { lat: 40.6413, lon: -73.7781 };
    const lhr = { lat: 51.47, lon: -0.4543 };
    assert.ok(Math.abs(distanceKm(jfk, lhr) - 5540) / 5540 < 0.01);
    assert.equal(distanceKm(jfk, jfk), 0);
  });

  test('formatHours', () => {
    assert.equal(formatHours(0.78), '0h47m');
    assert.equal(formatHours(11.5), '11h30m');
  });

  test('densestDistinctWindow equals a brute-force search (property)', () => {
    const base = Date.parse('2026-01-01T00:00:00Z');
    const arbitrary = fc.array(fc.record({ minute: fc.integer({ min: 0, max: 5000 }), key: fc.constantFrom('a', 'b', 'c', 'd', undefined) }), { maxLength: 40 });
    fc.assert(
      fc.property(arbitrary, fc.integer({ min: 1, max: 600 }), (raw, windowMinutes) => {
        const events = raw
          .sort((x, y) => x.minute - y.minute)
          .map((r) => ({ at: base + r.minute * 60_000, key: r.key }));
        const got = densestDistinctWindow(events, (e) => e.key, windowMinutes * 60_000);
        let best = 0;
        for (let i = 0; i < events.length; i++) {
          const keys = new Set<string>();
          for (let j = i; j < events.length && events[j]!.at - events[i]!.at <= windowMinutes * 60_000; j++) {
            if (events[j]!.key) keys.add(events[j]!.key!);
          }
          best = Math.max(best, keys.size);
        }
        assert.equal(got.size, best);
        for (const [key, event] of got) assert.equal(event.key, key);
      }),
    );
  });
});
