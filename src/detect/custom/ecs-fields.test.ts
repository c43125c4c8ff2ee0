import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitEnrichers } from '../../analyze.js';
import { enrichers } from '../../catalog.generated.js';
import { NO_IMPORTS } from '../../enrich/define-enricher.js';
import { enricherFor } from '../../enrich/enrich-all.js';
import { ENRICHMENT_FIELDS, EVENT_FIELDS, knownFields, unknownFieldHint } from './ecs-fields.js';

function leafPaths(value: unknown, prefix: string): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, `${prefix}.${k}`));
}

describe('known fields', () => {
  test('other events have the canonical ECS fields of the model, without the raw reference', () => {
    for (const field of ['@timestamp', 'event.action', 'process.command_line', 'package.name', 'molehunt.usb.vendor_id', 'molehunt.ssh_key.fingerprint', 'source.geo.country_iso_code']) {
      assert.ok(EVENT_FIELDS.includes(field), field);
    }
    assert.ok(!EVENT_FIELDS.some((f) => f.startsWith('molehunt.raw_ref')));
  });

  test('every field the enrichers write is listed under enrichment.*', () => {
    const { observation } = splitEnrichers(enrichers);
    const enrich = enricherFor(observation, { corporateCidrs: ['203.0.113.0/24'], corporateNetworks: 'auto', imports: NO_IMPORTS });
    const seen = new Set<string>();
    const agent = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
    for (const ip of ['198.51.100.7', '203.0.113.5', '10.0.0.1', '8.8.8.8']) {
      for (const path of leafPaths(enrich({ ip, userAgent: agent }), 'enrichment')) seen.add(path);
    }
    assert.ok(seen.size > 5, 'the enrichers wrote something');
    for (const path of seen) assert.ok(ENRICHMENT_FIELDS.includes(path), `${path} is listed`);
  });

  test('kinds: sign-in rules know sign-in fields, event rules know event fields, both know subject and enrichment', () => {
    assert.ok(knownFields('signin').includes('molehunt.mfa.device_id'));
    assert.ok(!knownFields('signin').includes('process.name'));
    assert.ok(knownFields('event').includes('process.name'));
    for (const kind of ['signin', 'event', 'any'] as const) {
      assert.ok(knownFields(kind).includes('subject'));
      assert.ok(knownFields(kind).includes('enrichment.ip_intel.class'));
    }
  });

  test('an unknown field gets a suggestion, or a word about vendor fields', () => {
    assert.equal(unknownFieldHint('source.ip', 'signin'), undefined);
    assert.match(unknownFieldHint('enrichment.ip_intel.clas', 'any')!.hint, /did you mean enrichment\.ip_intel\.class\?/);
    assert.match(unknownFieldHint('payroll.method', 'event')!.hint, /vendor fields are read as they are/);
    assert.match(unknownFieldHint('zzz.qqq.www', 'event')!.hint, /never matches/);
  });
});
