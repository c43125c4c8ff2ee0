import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { installed, ran, usb, worker } from '../../test-support/endpoint-fixtures.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './endpoint-mouse-jiggler.rule.js';

describe('endpoint.mouse-jiggler (F-06)', () => {
  test('a hardware jiggler and Move Mouse on one laptop: one finding at the hardware confidence, both as evidence', () => {
    const run = runRule(rule, {
      identities: worker('ryan', { start: '2026-09-01' }),
      events: [
        usb('ryan', '2026-09-05T10:00:00Z', { vendor_id: '1a86', product_id: 'e026', vendor: 'Vaydeer', product: 'USB Mouse Jiggler' }),
        ran('ryan', '2026-09-06T10:00:00Z', 'C:\\Program Files\\WindowsApps\\Ellamy.MoveMouse\\Move Mouse.exe'),
        ran('ryan', '2026-09-07T10:00:00Z', 'C:\\Program Files\\WindowsApps\\Ellamy.MoveMouse\\Move Mouse.exe'),
      ],
    });
    const [finding, ...rest] = run.findingsOf('ryan@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'F-06');
    assert.equal(finding.confidence, 0.6);
    assert.equal(finding.summary, 'Input faker seen from 2026-09-05: USB device "Vaydeer USB Mouse Jiggler" on ryan-laptop; Move Mouse on ryan-laptop');
    assert.deepEqual(finding.evidence.map((e) => e.values.fakes), ['hardware', 'pointer']);
    assert.equal(finding.facets.new_hire, true);
  });

  test('Windows Caffeine presses a key (weaker); the macOS app of that name and other keep-awake tools are not jigglers', () => {
    const win = runRule(rule, { identities: worker('dana', { start: '2020-01-01' }), events: [installed('dana', '2026-10-05T10:00:00Z', 'Caffeine')] });
    assert.equal(win.findings[0]?.confidence, 0.35);
    const keepAwake = runRule(rule, {
      identities: worker('erin', { start: '2020-01-01' }),
      events: [
        installed('erin', '2026-10-05T10:00:00Z', 'Caffeine', 'macos_app'),
        ran('erin', '2026-10-05T10:00:00Z', '/Applications/Caffeine.app/Contents/MacOS/Caffeine'),
        installed('erin', '2026-10-05T10:00:00Z', 'Amphetamine', 'macos_app'),
        installed('erin', '2026-10-05T10:00:00Z', 'KeepingYouAwake', 'macos_app'),
        installed('erin', '2026-10-05T10:00:00Z', 'PowerToys (Preview) x64'),
        ran('erin', '2026-10-05T10:00:00Z', '/usr/bin/caffeinate'),
        usb('erin', '2026-10-05T10:00:00Z', { vendor_id: '046d', product_id: 'c077', vendor: 'Logitech', product: 'USB Optical Mouse' }),
      ],
    });
    assert.deepEqual(keepAwake.findings, []);
  });

  test('a product listed in allowed (kiosk screens) is not reported', () => {
    const run = runRule(rule, {
      identities: worker('kiosk', { start: '2020-01-01' }),
      options: { allowed: ['Jiggler'] },
      events: [installed('kiosk', '2026-10-05T10:00:00Z', 'Mouse Jiggler 2.0')],
    });
    assert.deepEqual(run.findings, []);
  });
});
