import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Event } from '../../model/event.js';
import type { SourceContext } from '../define-source.js';
import { sha256 } from '../hash.js';
import { readNdjson } from '../readers/ndjson-reader.js';
import type { RawItem } from '../readers/raw-item.js';
import okta from './okta-system-log.source.js';
import { sourceTester } from '../../test-support/source-tester.js';

const fixture = (name: string): string => readFileSync(new URL(`./__fixtures__/okta/${name}`, import.meta.url), 'utf8');

const ctx: SourceContext = {
  rawRef: { file: 'okta.json', line: 1, sha256: sha256('fixture') },
  fingerprintKey: 'test-key',
};

type Json = Record<string, unknown>;
const sessionStart = (): Json => JSON.parse(fixture('session-start.json')) as Json;

const { normalizeOk, onlyEvent, issuesOf } = sourceTester(okta, ctx);

/** The vendor namespace (`okta.*`) of an event. */
const oktaOf = (event: Event): Json => event.okta as Json;

async function* chunks(...parts: string[]): AsyncGenerator<string> {
  yield* parts;
}

test('a user.session.start event maps onto the ECS fields', () => {
  const out = normalizeOk(sessionStart());
  assert.equal(out.events.length, 1);
  const event = out.events[0]!;
  assert.equal(event['@timestamp'], '2024-03-05T14:22:31.412Z');
  assert.deepEqual(event.event, {
    id: '5b1f6a2e-0c4d-11ef-9a3b-000000000001',
    dataset: 'okta.system',
    action: 'user.session.start',
    kind: 'event',
    category: ['authentication', 'session'],
    type: ['start'],
    outcome: 'success',
  });
  assert.deepEqual(event.user, {
    id: '00u1a2b3c4d5e6f7g8h9',
    name: 'Alex.Doe@Example.com',
    email: 'alex.doe@example.com',
    full_name: 'Alex Doe',
  });
  assert.deepEqual(event.source, {
    ip: '198.51.100.23',
    geo: {
      city_name: 'Austin',
      region_name: 'Texas',
      country_name: 'United States',
      country_iso_code: 'US',
      postal_code: '78701',
      location: { lat: 30.2672, lon: -97.7431 },
    },
    as: { number: 64496, organization: { name: 'Example Transit Co' } },
  });
  assert.deepEqual(event.user_agent, {
    original:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
  });
  assert.deepEqual(event.network, { name: 'Corporate VPN' });
  assert.deepEqual(event.molehunt, {
    raw_ref: ctx.rawRef,
    identity_id: 'idp.account:okta:00u1a2b3c4d5e6f7g8h9',
    session_id: '102exampleSessionId0001',
  });
  assert.deepEqual(oktaOf(event), {
    actor_type: 'User',
    display_message: 'User login to Okta',
    external_session_id: '102exampleSessionId0001',
    credential_type: null,
    device_fingerprint: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
    threat_suspected: false,
    is_proxy: false,
    isp: 'Example ISP',
    client_device: 'Computer',
    ip_chain: ['198.51.100.23'],
  });
});

test('a user actor also yields its idp.account identity record', () => {
  const out = normalizeOk(sessionStart());
  assert.deepEqual(out.identities, [
    {
      id: 'idp.account:okta:00u1a2b3c4d5e6f7g8h9',
      kind: 'idp.account',
      system: 'okta',
      source_id: '00u1a2b3c4d5e6f7g8h9',
      name: 'Alex Doe',
      corporate_emails: ['alex.doe@example.com'],
      identifiers: { emails: ['alex.doe@example.com'], phones: [], addresses: [], payout_accounts: [], device_serials: [], keys: [] },
      attributes: { login: 'Alex.Doe@Example.com' },
      raw_ref: ctx.rawRef,
    },
  ]);
  assert.equal(out.events[0]!.molehunt.identity_id, out.identities[0]!.id);
});

test('a login that is not an email is kept as user.name but gives no email', () => {
  const record = sessionStart();
  (record.actor as Json).alternateId = 'adoe';
  const out = normalizeOk(record);
  assert.equal(out.events[0]!.user?.name, 'adoe');
  assert.equal(out.events[0]!.user?.email, undefined);
  assert.deepEqual(out.identities[0]!.corporate_emails, []);
  assert.deepEqual(out.identities[0]!.attributes, { login: 'adoe' });
});

test('outcome.result maps to ECS event.outcome (DENY is a failure) and keeps the reason', () => {
  const cases: [string | null | undefined, string][] = [
    ['SUCCESS', 'success'],
    ['ALLOW', 'success'],
    ['FAILURE', 'failure'],
    ['DENY', 'failure'],
    ['deny', 'failure'],
    ['CHALLENGE', 'unknown'],
    ['SKIPPED', 'unknown'],
    ['UNKNOWN', 'unknown'],
    ['SOMETHING_NEW', 'unknown'],
    [null, 'unknown'],
    [undefined, 'unknown'],
  ];
  for (const [result, outcome] of cases) {
    const record = sessionStart();
    record.outcome = result === undefined ? undefined : { result, reason: 'POLICY' };
    const event = onlyEvent(record);
    assert.equal(event.event.outcome, outcome, String(result));
    assert.equal(event.event.reason, result === undefined ? undefined : 'POLICY', String(result));
  }
});

test('event types map to ECS categories and types', () => {
  const cases: [string, string[], string[]][] = [
    ['user.session.start', ['authentication', 'session'], ['start']],
    ['user.authentication.sso', ['authentication', 'session'], ['start']],
    ['user.authentication.auth_via_mfa', ['authentication', 'session'], ['start']],
    ['user.session.end', ['authentication', 'session'], ['end']],
    ['user.authentication.authenticate', ['authentication'], ['info']],
    ['user.mfa.factor.activate', ['authentication'], ['info']],
    ['user.account.update_password', ['iam'], ['user']],
    ['user.lifecycle.create', ['iam'], ['user']],
    ['group.user_membership.add', ['iam'], ['group']],
    ['policy.evaluate_sign_on', [], ['info']],
  ];
  for (const [eventType, category, type] of cases) {
    const record = sessionStart();
    record.eventType = eventType;
    const event = onlyEvent(record);
    assert.equal(event.event.action, eventType);
    assert.deepEqual([event.event.category, event.event.type], [category, type], eventType);
  }
});

test('Okta\'s "null" strings and nulls leave fields out', () => {
  const record = sessionStart();
  const client = record.client as Json;
  client.ipAddress = 'null';
  client.zone = 'null';
  client.geographicalContext = null;
  client.userAgent = { rawUserAgent: 'UNKNOWN', os: 'Unknown', browser: 'UNKNOWN' };
  record.securityContext = { asNumber: null, asOrg: null, isp: null, domain: null, isProxy: null };
  const event = onlyEvent(record);
  assert.equal(event.source, undefined);
  assert.equal(event.network, undefined);
  assert.equal(event.user_agent, undefined);
});

test('client.ipAddress "null" gives no source.ip but keeps the geo', () => {
  const record = sessionStart();
  (record.client as Json).ipAddress = 'null';
  const event = onlyEvent(record);
  assert.equal(event.source?.ip, undefined);
  assert.equal(event.source?.geo?.country_iso_code, 'US');
});

test('an event without a client block still normalizes', () => {
  const record = sessionStart();
  delete record.client;
  const event = onlyEvent(record);
  assert.equal(event.source?.ip, undefined);
  assert.equal(event.source?.as?.number, 64496);
  assert.equal(event.network, undefined);
});

test('an EventBridge-wrapped {"detail": {...}} event is unwrapped', () => {
  const wrapped: unknown = JSON.parse(fixture('eventbridge-event.json'));
  assert.ok(okta.sniff(wrapped) >= 0.9);
  const out = normalizeOk(wrapped);
  const event = out.events[0]!;
  assert.equal(event.event.id, '5b1f6a2e-0c4d-11ef-9a3b-000000000002');
  assert.equal(event.event.action, 'user.authentication.sso');
  assert.deepEqual(event.event.type, ['start']);
  assert.equal(event['@timestamp'], '2024-03-05T15:01:08.930Z');
  assert.equal(event.user?.email, 'sam.lee@example.com');
  assert.equal(event.source?.ip, '203.0.113.77');
  assert.equal(event.source?.geo?.country_iso_code, 'KR');
  assert.equal(event.network, undefined, 'zone "null" is no network');
  assert.equal(oktaOf(event).is_proxy, true);
  assert.deepEqual(
    out.identities.map((i) => i.id),
    ['idp.account:okta:00u9z8y7x6w5v4u3t2s1'],
  );
});

test('a non-User actor (an OAuth client) gives an event without user and no identity record', () => {
  const record = sessionStart();
  record.actor = { id: '0oa1exampleclient', type: 'PublicClientApp', alternateId: 'Example CLI', displayName: 'Example CLI' };
  record.eventType = 'app.oauth2.as.token.grant.access_token';
  const out = normalizeOk(record);
  assert.deepEqual(out.identities, []);
  const event = out.events[0]!;
  assert.equal(event.user, undefined);
  assert.equal(event.molehunt.identity_id, undefined);
  assert.equal(oktaOf(event).actor_type, 'PublicClientApp');
  assert.equal(event.source?.ip, '198.51.100.23');
});

test('the NDJSON fixture: each line normalizes as expected or is rejected with paths', async () => {
  const raw: RawItem[] = [];
  for await (const item of readNdjson(chunks(fixture('system-log.ndjson')))) raw.push(item);
  assert.deepEqual(
    raw.map((r) => [r.kind, r.location.line]),
    [
      ['record', 1],
      ['record', 3],
      ['record', 4],
      ['record', 5],
      ['malformed', 6],
    ],
  );
  const value = (i: number): unknown => (raw[i]!.kind === 'record' ? (raw[i] as { value: unknown }).value : undefined);

  const failed = onlyEvent(value(0));
  assert.equal(failed.event.outcome, 'failure');
  assert.equal(failed.event.reason, 'INVALID_CREDENTIALS');
  assert.equal(failed.source?.geo?.country_iso_code, 'GB');
  assert.equal(failed.source?.as, undefined);
  assert.equal(failed.network, undefined);
  assert.equal(oktaOf(failed).threat_suspected, true);

  const denied = onlyEvent(value(1));
  assert.equal(denied.event.outcome, 'failure');
  assert.equal(denied.source, undefined);
  assert.equal(denied.user_agent, undefined);
  assert.equal(oktaOf(denied).external_session_id, null);

  const client = normalizeOk(value(2));
  assert.equal(client.events[0]!.user, undefined);
  assert.deepEqual(client.identities, []);

  const issues = issuesOf(value(3));
  assert.ok(issues.some((i) => i.startsWith('uuid: ')), issues.join('\n'));
  assert.ok(issues.some((i) => i.startsWith('published: ')), issues.join('\n'));
});

test('rejections name the field path', () => {
  const noUuid = sessionStart();
  delete noUuid.uuid;
  assert.ok(issuesOf(noUuid).some((i) => i.startsWith('uuid: ')));

  for (const published of ['2024-03-05 14:22:31', 'not a date', '2024-03-05T14:22:31', 1709648551412]) {
    const bad = sessionStart();
    bad.published = published;
    const issues = issuesOf(bad);
    assert.ok(issues.some((i) => i.startsWith('published: ')), `${published}: ${issues.join('\n')}`);
  }

  const noActor = sessionStart();
  delete noActor.actor;
  assert.ok(issuesOf(noActor).some((i) => i.startsWith('actor: ')));

  const noActorId = sessionStart();
  delete (noActorId.actor as Json).id;
  assert.ok(issuesOf(noActorId).some((i) => i.startsWith('actor.id: ')));

  const badIp = sessionStart();
  (badIp.client as Json).ipAddress = 42;
  assert.ok(issuesOf(badIp).some((i) => i.startsWith('client.ipAddress: ')));

  const badGeo = sessionStart();
  ((badGeo.client as Json).geographicalContext as Json).geolocation = { lat: '30', lon: -97 };
  assert.ok(issuesOf(badGeo).some((i) => i.startsWith('client.geographicalContext.geolocation.lat: ')));
});

test('a record that is not an object is rejected at the root', () => {
  for (const record of [null, 'text', 42, []]) {
    const issues = issuesOf(record);
    assert.ok(issues.length > 0);
    assert.ok(issues.every((i) => i.startsWith('(root): ')), `${JSON.stringify(record)}: ${issues.join('\n')}`);
  }
});

test('published with an offset is normalized to UTC', () => {
  const record = sessionStart();
  record.published = '2024-03-05T16:22:31.412+02:00';
  assert.equal(onlyEvent(record)['@timestamp'], '2024-03-05T14:22:31.412Z');
});

test('sniff: high for an Okta record, 0 for an Entra sign-in or a random object', () => {
  assert.ok(okta.sniff(sessionStart()) >= 0.9);
  const entra = {
    time: '2024-03-05T14:22:31.4120000Z',
    resourceId: '/tenants/00000000-0000-0000-0000-000000000000/providers/Microsoft.aadiam',
    operationName: 'Sign-in activity',
    category: 'SignInLogs',
    resultType: '0',
    properties: { id: 'abc', userPrincipalName: 'alex.doe@example.com', ipAddress: '198.51.100.23' },
  };
  assert.equal(okta.sniff(entra), 0);
  for (const other of [{ a: 1 }, { id: 'x', eventType: 'y' }, null, 'uuid', 42, ['uuid', 'published', 'eventType', 'actor']]) {
    assert.equal(okta.sniff(other), 0, JSON.stringify(other));
  }
  // Three of the telltale keys: recognized, with less confidence.
  assert.equal(okta.sniff({ uuid: 'u', published: '2024-01-01T00:00:00Z', eventType: 'x' }), 0.6);
});

// ---------------------------------------------------------------------------------------------
// Conformance against Elastic's Okta integration pipeline test (real vendor format), when present.

const conformanceDir = new URL('../../../../shared/conformance/okta/', import.meta.url);
const conformanceInput = new URL('test-okta-system-events.json', conformanceDir);
const conformanceExpected = new URL('test-okta-system-events.json-expected.json', conformanceDir);
const haveConformance = existsSync(conformanceInput) && existsSync(conformanceExpected);

interface ExpectedGeo {
  city_name?: string;
  country_name?: string;
  region_name?: string;
  location?: { lat: number; lon: number };
}
interface ExpectedDoc {
  '@timestamp': string;
  event: { id: string; action: string; outcome?: string };
  user?: { name?: string; full_name?: string };
  client?: { ip?: string; geo?: ExpectedGeo; user?: { id?: string; name?: string; full_name?: string } };
  source?: { ip?: string };
  user_agent?: { original?: string };
}

const localPart = (login: string | undefined): string | undefined => login?.split('@')[0];

test(
  'conformance: Elastic okta.system pipeline test events normalize to the expected ECS values',
  haveConformance ? {} : { skip: 'shared/ not present' },
  () => {
    const input = JSON.parse(readFileSync(conformanceInput, 'utf8')) as { events: { message: string }[] };
    const { expected } = JSON.parse(readFileSync(conformanceExpected, 'utf8')) as { expected: ExpectedDoc[] };
    assert.equal(input.events.length, expected.length);
    let compared = 0;
    input.events.forEach((wrapper, i) => {
      // Elastic's json processor parses only the first of several \n-separated objects.
      const raw: unknown = JSON.parse(wrapper.message.split('\n')[0]!);
      const doc = expected[i]!;
      const event = onlyEvent(raw);
      const at = `event ${i} (${doc.event.id})`;

      assert.equal(event['@timestamp'], doc['@timestamp'], `${at} @timestamp`);
      assert.equal(event.event.action, doc.event.action, `${at} event.action`);
      assert.equal(event.event.outcome, doc.event.outcome, `${at} event.outcome`);
      assert.equal(event.event.id, doc.event.id, `${at} event.id`);

      assert.ok(doc.client?.user, `${at}: expected doc has client.user`);
      assert.equal(localPart(event.user?.name), doc.client.user.name, `${at} user.name`);
      assert.equal(localPart(event.user?.name), doc.user?.name, `${at} user.name (top level)`);
      assert.equal(event.user?.full_name, doc.client.user.full_name, `${at} user.full_name`);
      assert.equal(event.user?.id, doc.client.user.id, `${at} user.id`);

      assert.equal(event.source?.ip, doc.client.ip, `${at} source.ip vs client.ip`);
      assert.equal(event.source?.ip, doc.source?.ip, `${at} source.ip`);
      assert.equal(event.user_agent?.original, doc.user_agent?.original, `${at} user_agent.original`);

      const geo = event.source?.geo;
      const want = doc.client.geo;
      assert.ok(want, `${at}: expected doc has client.geo`);
      assert.equal(geo?.city_name, want.city_name, `${at} geo.city_name`);
      assert.equal(geo?.country_name, want.country_name, `${at} geo.country_name`);
      assert.equal(geo?.region_name, want.region_name, `${at} geo.region_name`);
      assert.deepEqual(geo?.location, want.location, `${at} geo.location`);
      compared += 1;
    });
    assert.equal(compared, 9);
  },
);

test('an MFA verification maps the enrolled authenticator and the device posture', () => {
  const record = sessionStart();
  record.eventType = 'user.authentication.auth_via_mfa';
  record.target = [
    { id: '0oaApp1', type: 'AppInstance', alternateId: 'Example App', displayName: 'Example App' },
    { id: 'pfd9exampleEnrollment1', type: 'AuthenticatorEnrollment', alternateId: 'unknown', displayName: 'Okta Verify',
      detailEntry: { methodTypeUsed: 'Okta Verify Push', methodUsedVerifiedProperties: '[USER_PRESENCE]' } },
  ];
  record.device = { id: 'guo9exampleDevice1', name: 'Example-MacBook', os_platform: 'MACOS', managed: false, registered: true };
  const event = normalizeOk(record).events[0]!;
  assert.deepEqual(event.molehunt.mfa, { device_id: 'pfd9exampleEnrollment1', method: 'Okta Verify Push', provider: 'okta' });
  assert.deepEqual(event.molehunt.device_posture, { managed: false });
  assert.deepEqual(event.device, { id: 'guo9exampleDevice1' });
  assert.deepEqual(event.event.category, ['authentication', 'session']);
});

test('a bad target or device is reported with its path', () => {
  const record = sessionStart();
  record.target = [{ id: 7, type: 'AuthenticatorEnrollment' }];
  record.device = { managed: 'no' };
  const issues = issuesOf(record);
  assert.ok(issues.some((i) => i.startsWith('target.0.id: ')), issues.join('\n'));
  assert.ok(issues.some((i) => i.startsWith('device.managed: ')), issues.join('\n'));
});
