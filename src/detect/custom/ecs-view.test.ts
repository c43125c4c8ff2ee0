import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Enrichments } from '../../enrich/enrichments.js';
import { signInOf } from '../../model/sign-in.js';
import { hostEvent, signIn } from '../../test-support/factories.js';
import { eventView, observationOf, signInView, SIGN_IN_FIELDS } from './ecs-view.js';

const ENRICHMENT: Partial<Enrichments> = {
  ip_intel: { class: 'hosting', provider: 'Example Cloud', asn: 64500, basis: 'fixture' },
  ip_scope: { scope: 'documentation', corporate: false, shared_by_design: false },
};

describe('ECS views', () => {
  test('a sign-in fact reads as the ECS event it came from, plus subject and enrichment', () => {
    const event = signIn({ id: 'evt-1', at: '2026-10-05T12:00:00Z', identity: 'ryan', ip: '198.51.100.77', country: 'US', lat: 36.16, lon: -86.78 });
    const fact = { ...signInOf({ ...event, network: { name: 'Home' }, user_agent: { original: 'curl/8.4.0' }, molehunt: { ...event.molehunt, mfa: { device_id: 'mfa-1' }, device_posture: { managed: false } } })!, city: 'Nashville' };
    let enriched = 0;
    const view = signInView(fact, 'sub_ryan', () => (enriched++, ENRICHMENT));
    const expected: Record<string, unknown> = {
      '@timestamp': '2026-10-05T12:00:00.000Z',
      'event.id': 'evt-1',
      'event.dataset': 'okta.system',
      'event.category': ['authentication'],
      'event.type': ['start'],
      'event.outcome': 'success',
      'source.ip': '198.51.100.77',
      'source.geo.country_iso_code': 'US',
      'source.geo.city_name': 'Nashville',
      'source.geo.location.lat': 36.16,
      'source.geo.location.lon': -86.78,
      'user.email': 'ryan@example.com',
      'network.name': 'Home',
      'user_agent.original': 'curl/8.4.0',
      'molehunt.identity_id': 'idp.account:okta:ryan',
      'molehunt.mfa.device_id': 'mfa-1',
      'molehunt.device_posture.managed': false,
    };
    assert.deepEqual(Object.keys(expected).sort(), [...SIGN_IN_FIELDS].sort(), 'every sign-in field is tested');
    for (const [field, value] of Object.entries(expected)) assert.deepEqual(view.get(field), value, field);
    assert.equal(enriched, 0, 'enrichment is computed only when a rule reads it');
    assert.equal(view.get('subject'), 'sub_ryan');
    assert.equal(view.get('enrichment.ip_intel.class'), 'hosting');
    assert.equal(view.get('enrichment.ip_intel.asn'), 64500);
    assert.equal(view.get('enrichment.ip_scope.corporate'), false);
    assert.equal(view.get('process.name'), undefined);
  });

  test('other events read their own fields (nested, molehunt.*, vendor) and never the prototype', () => {
    const event = hostEvent('device.owner:mdm-csv:PC1', {
      id: 'usb-1',
      at: '2026-10-05T12:00:00Z',
      action: 'usb_device.added',
      process: { name: 'AnyDesk', command_line: 'AnyDesk --service' },
      molehunt: { usb: { vendor_id: '1d6b', product_id: '0104' } },
    });
    const view = eventView({ ...event, osquery: { table: 'usb_devices' } } as typeof event, 'sub_ryan', () => ({}));
    assert.equal(view.get('process.command_line'), 'AnyDesk --service');
    assert.equal(view.get('molehunt.usb.vendor_id'), '1d6b');
    assert.equal(view.get('event.action'), 'usb_device.added');
    assert.equal(view.get('@timestamp'), '2026-10-05T12:00:00.000Z');
    assert.equal(view.get('osquery.table'), 'usb_devices');
    assert.equal(view.get('subject'), 'sub_ryan');
    assert.equal(view.get('event.constructor'), undefined);
    assert.equal(view.get('__proto__'), undefined);
    assert.equal(view.get('source.ip'), undefined);
  });

  test('an event with a source address is enriched through a sign-in-shaped observation', () => {
    const checkIn = hostEvent('device.owner:mdm-csv:PC1', { id: 'c1', at: '2026-10-05T12:00:00Z', dataset: 'mdm.devices', action: 'device.checked_in', source: { ip: '198.51.100.77' } });
    const observation = observationOf(checkIn)!;
    assert.equal(observation.ip, '198.51.100.77');
    assert.equal(observation.key, 'mdm.devices:c1');
    assert.equal(observation.at, Date.parse('2026-10-05T12:00:00Z'));
    assert.equal(observationOf(hostEvent('x', { id: 'p', at: '2026-10-05T12:00:00Z', action: 'app.snapshot' })), undefined);
    const view = eventView(checkIn, 's', () => ENRICHMENT);
    assert.equal(view.get('enrichment.ip_intel.provider'), 'Example Cloud');
  });
});
