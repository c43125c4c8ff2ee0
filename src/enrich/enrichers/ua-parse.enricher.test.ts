import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NO_IMPORTS } from '../define-enricher.js';
import enricher from './ua-parse.enricher.js';

const parse = enricher.prepare({ corporateCidrs: [], corporateNetworks: 'auto', imports: NO_IMPORTS });

test('desktop Chrome on macOS', () => {
  assert.deepEqual(parse({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36' }), {
    device_type: 'desktop',
    browser: 'Chrome',
    browser_version: '141.0.0.0',
    os: 'Mac OS',
    os_version: '10.15.7',
    device: 'Apple Macintosh',
  });
});

test('an iPhone is a mobile device, a Windows PC with Edge is a desktop', () => {
  const iphone = parse({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1' });
  assert.equal(iphone?.device_type, 'mobile');
  assert.equal(iphone?.os, 'iOS');
  const edge = parse({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0' });
  assert.deepEqual([edge?.browser, edge?.os, edge?.device_type], ['Edge', 'Windows', 'desktop']);
});

test('no agent, no enrichment; an unknown agent says only what it can', () => {
  assert.equal(parse({}), undefined);
  assert.deepEqual(parse({ userAgent: 'okta-sdk-java/8.2.1' }), { device_type: 'desktop' });
});
