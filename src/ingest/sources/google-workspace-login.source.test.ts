import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Event } from '../../model/event.js';
import { readAll } from '../../test-support/streams.js';
import type { SourceContext } from '../define-source.js';
import { sha256 } from '../hash.js';
import { readJsonDocument } from '../readers/json-document-reader.js';
import { readNdjson } from '../readers/ndjson-reader.js';
import google from './google-workspace-login.source.js';
import okta from './okta-system-log.source.js';
import { sourceTester } from '../../test-support/source-tester.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./__fixtures__/google-workspace/${name}`, import.meta.url), 'utf8');

const ctx: SourceContext = {
  rawRef: { file: 'login.json', line: 1, sha256: sha256('fixture') },
  fingerprintKey: 'test-key',
};

type Json = Record<string, unknown>;
const loginSuccess = (): Json => JSON.parse(fixture('login-success.json')) as Json;
/** The first event of the fixture activity, alone (most tests look at one event). */
const single = (name: string, parameters: Json[] = []): Json => ({
  ...loginSuccess(),
  events: [{ type: 'login', name, parameters }],
});

const { normalizeOk, onlyEvent, issuesOf } = sourceTester(google, ctx);

const gwOf = (event: Event): Json => event.google_workspace as Json;
const values = (items: Awaited<ReturnType<typeof readAll>>): unknown[] =>
  items.map((item) => (item.kind === 'record' ? item.value : undefined));

test('an activity with two events yields two events that share the actor, time and address', () => {
  const out = normalizeOk(loginSuccess());
  assert.equal(out.events.length, 2);
  const [verification, success] = out.events as [Event, Event];
  assert.equal(success['@timestamp'], '2024-03-05T14:22:31.412Z');
  assert.deepEqual(success.event, {
    id: '-4001823612357286811.1@2024-03-05T14:22:31.412Z',
    dataset: 'google_workspace.login',
    action: 'login_success',
    kind: 'event',
    category: ['authentication', 'session'],
    type: ['start'],
    outcome: 'success',
  });
  assert.deepEqual(verification.event, {
    id: '-4001823612357286811.0@2024-03-05T14:22:31.412Z',
    dataset: 'google_workspace.login',
    action: 'login_verification',
    kind: 'event',
    category: ['authentication'],
    type: ['info'],
    outcome: 'success',
  });
  for (const event of out.events) {
    assert.deepEqual(event.user, { id: '100000000000000000001', name: 'Alex.Doe@Example.com', email: 'alex.doe@example.com' });
    assert.deepEqual(event.source, { ip: '198.51.100.23', geo: { country_iso_code: 'US' }, as: { number: 64496 } });
    assert.deepEqual(event.molehunt, {
      raw_ref: ctx.rawRef,
      identity_id: 'idp.account:google:100000000000000000001',
      mfa: { method: 'security_key', provider: 'google' },
    });
  }
  assert.deepEqual(gwOf(success), {
    kind: 'admin#reports#activity',
    application_name: 'login',
    customer_id: 'C01example',
    unique_qualifier: '-4001823612357286811',
    event_type: 'login',
    actor_type: 'USER',
    actor_key: null,
    owner_domain: null,
    subdivision_code: 'US-TX',
    parameters: { login_type: 'google_password', login_challenge_method: ['password', 'security_key'], is_suspicious: false },
  });
  assert.deepEqual(gwOf(verification).parameters, {
    login_type: 'google_password',
    login_challenge_method: ['password', 'security_key'],
    login_challenge_status: 'passed',
    is_second_factor: true,
  });
});

test('the actor becomes one idp.account identity record per activity', () => {
  const out = normalizeOk(loginSuccess());
  assert.deepEqual(out.identities, [
    {
      id: 'idp.account:google:100000000000000000001',
      kind: 'idp.account',
      system: 'google',
      source_id: '100000000000000000001',
      corporate_emails: ['alex.doe@example.com'],
      identifiers: { emails: ['alex.doe@example.com'], phones: [], addresses: [], payout_accounts: [], device_serials: [], keys: [] },
      attributes: { login: 'Alex.Doe@Example.com', caller_type: 'USER', customer_id: 'C01example' },
      raw_ref: ctx.rawRef,
    },
  ]);
});

test('without a profileId the identity is keyed by the lower-cased e-mail', () => {
  const record = loginSuccess();
  delete (record.actor as Json).profileId;
  const out = normalizeOk(record);
  assert.equal(out.identities[0]!.id, 'idp.account:google:alex.doe@example.com');
  assert.equal(out.events[0]!.user?.id, undefined);
  assert.equal(out.events[0]!.user?.email, 'alex.doe@example.com');
});

test('events as a single object (Elastic\'s corpus) give the same event as a one-element array', () => {
  const asArray = single('login_failure', [{ name: 'login_type', value: 'google_password' }]);
  const asObject = { ...asArray, events: (asArray.events as Json[])[0] };
  assert.deepEqual(onlyEvent(asObject), onlyEvent(asArray));
});

test('event ids are stable, distinct per event and per activity time', () => {
  const a = normalizeOk(loginSuccess()).events.map((e) => e.event.id);
  const b = normalizeOk(loginSuccess()).events.map((e) => e.event.id);
  assert.deepEqual(a, b);
  assert.equal(new Set(a).size, 2);
  const later = loginSuccess();
  (later.id as Json).time = '2024-03-05T14:22:32.412Z';
  const c = normalizeOk(later).events.map((e) => e.event.id);
  assert.ok(c.every((id) => !a.includes(id)));
  const offset = loginSuccess();
  (offset.id as Json).time = '2024-03-05T16:22:31.412+02:00';
  assert.deepEqual(normalizeOk(offset).events.map((e) => e.event.id), a, 'the same instant written with an offset');
});

test('event names map to outcomes, from the name or the challenge status', () => {
  const status = (value: string): Json[] => [{ name: 'login_challenge_status', value }];
  const cases: [string, Json[], string][] = [
    ['login_success', [], 'success'],
    ['login_failure', [], 'failure'],
    ['login_challenge', status('Challenge Passed.'), 'success'],
    ['login_challenge', status('Challenge Failed.'), 'failure'],
    ['login_verification', status('passed'), 'success'],
    ['login_verification', status('failed'), 'failure'],
    ['login_verification', status('pending'), 'unknown'],
    ['login_verification', [], 'unknown'],
    ['risky_sensitive_action_allowed', status('Challenge Passed.'), 'success'],
    ['risky_sensitive_action_blocked', [], 'failure'],
    ['logout', [], 'unknown'],
    ['suspicious_login', [], 'unknown'],
    ['gov_attack_warning', [], 'unknown'],
  ];
  for (const [name, parameters, outcome] of cases) {
    assert.equal(onlyEvent(single(name, parameters)).event.outcome, outcome, `${name} ${JSON.stringify(parameters)}`);
  }
});

test('event names map to ECS categories and types', () => {
  const cases: [string, string[], string[]][] = [
    ['login_success', ['authentication', 'session'], ['start']],
    ['login_failure', ['authentication', 'session'], ['start']],
    ['logout', ['authentication', 'session'], ['end']],
    ['user_signed_out_due_to_suspicious_session_cookie', ['authentication', 'session'], ['end']],
    ['login_challenge', ['authentication'], ['info']],
    ['login_verification', ['authentication'], ['info']],
    ['risky_sensitive_action_allowed', ['authentication'], ['info']],
    ['suspicious_programmatic_login', ['authentication'], ['info']],
    ['account_disabled_password_leak', ['iam'], ['user', 'change']],
    ['gov_attack_warning', ['iam'], ['user', 'info']],
    ['2sv_disable', ['iam'], ['user', 'change']],
    ['titanium_enroll', ['iam'], ['user', 'change']],
    ['recovery_phone_edit', ['configuration'], ['change']],
    ['email_forwarding_out_of_domain', ['configuration'], ['change']],
    ['some_future_event', [], ['info']],
  ];
  for (const [name, category, type] of cases) {
    const event = onlyEvent(single(name));
    assert.equal(event.event.action, name);
    assert.deepEqual([event.event.category, event.event.type], [category, type], name);
  }
});

test('Google\'s own risk verdicts become molehunt.risk', () => {
  const cases: [string, Json[], string | undefined][] = [
    ['suspicious_login', [], 'atRisk'],
    ['suspicious_login_less_secure_app', [], 'atRisk'],
    ['login_success', [{ name: 'is_suspicious', boolValue: true }], 'atRisk'],
    ['login_success', [{ name: 'is_suspicious', boolValue: false }], undefined],
    ['account_disabled_hijacked', [], 'confirmedCompromised'],
    ['logout', [], undefined],
  ];
  for (const [name, parameters, state] of cases) {
    assert.deepEqual(onlyEvent(single(name, parameters)).molehunt.risk, state ? { state } : undefined, name);
  }
});

test('the MFA method is the second factor of login_challenge_method, in a sign-in that did not fail', () => {
  const method = (value: string | string[]): Json => (Array.isArray(value) ? { name: 'login_challenge_method', multiValue: value } : { name: 'login_challenge_method', value });
  const cases: [string, Json[], string | undefined][] = [
    ['login_success', [method('backup_code'), { name: 'login_type', value: 'exchange' }], 'backup_code'],
    ['login_verification', [method(['password', 'google_authenticator'])], 'google_authenticator'],
    ['login_verification', [method(['password', 'security_key', 'google_prompt'])], 'security_key,google_prompt'],
    ['login_challenge', [method('idv_preregistered_phone'), { name: 'login_challenge_status', value: 'Challenge Passed.' }], 'idv_preregistered_phone'],
    // A password alone is no second factor, and a SAML sign-in's factor is at the other IdP.
    ['login_success', [method(['password']), { name: 'login_type', value: 'google_password' }], undefined],
    ['login_success', [{ name: 'login_type', value: 'saml' }], undefined],
    ['login_challenge', [method('google_prompt'), { name: 'login_challenge_status', value: 'Challenge Failed.' }], undefined],
    ['login_failure', [method(['password', 'security_key'])], undefined],
    ['logout', [method('security_key')], undefined],
  ];
  for (const [name, parameters, expected] of cases) {
    const mfa = onlyEvent(single(name, parameters)).molehunt.mfa;
    assert.deepEqual(mfa, expected ? { method: expected, provider: 'google' } : undefined, `${name} ${JSON.stringify(parameters)}`);
  }
});

test('every parameter kind lands in the flat parameters object', () => {
  const event = onlyEvent(
    single('login_success', [
      { name: 'a', value: 'text' },
      { name: 'b', intValue: '1709650868000000' },
      { name: 'c', boolValue: false },
      { name: 'd', multiValue: ['x', 'y'] },
      { name: 'e', multiIntValue: ['1', '2'] },
      { name: 'f', multiBoolValue: [true] },
      { name: 'g', messageValue: { parameter: [{ name: 'city', value: 'Austin' }] } },
      { name: 'h' },
    ]),
  );
  assert.deepEqual(gwOf(event).parameters, {
    a: 'text',
    b: '1709650868000000',
    c: false,
    d: ['x', 'y'],
    e: ['1', '2'],
    f: [true],
    g: { parameter: [{ name: 'city', value: 'Austin' }] },
    h: null,
  });
});

test('the API page: the JSON document reader unwraps items and each activity normalizes', async () => {
  const items = await readAll(readJsonDocument, fixture('activities-page.json'));
  assert.equal(items.length, 4);
  assert.ok(google.sniff(values(items)[0]) >= 0.9);
  const events = values(items).flatMap((value) => normalizeOk(value).events);
  assert.deepEqual(
    events.map((e) => [e.event.action, e.event.outcome, e.user?.email, e.source?.ip, e.molehunt.risk?.state]),
    [
      ['login_success', 'success', 'alex.doe@example.com', '198.51.100.23', undefined],
      ['login_failure', 'failure', 'sam.lee@example.com', '203.0.113.77', 'atRisk'],
      ['suspicious_login', 'unknown', 'sam.lee@example.com', '203.0.113.77', 'atRisk'],
      ['logout', 'unknown', 'alex.doe@example.com', '198.51.100.23', undefined],
    ],
  );
  assert.equal(events[0]!.molehunt.mfa?.method, 'google_prompt');
  assert.equal(events[1]!.molehunt.mfa, undefined, 'a failed sign-in');
  assert.deepEqual(gwOf(events[2]!).parameters, { affected_email_address: 'sam.lee@example.com', login_timestamp: '1709650868000000' });
  assert.equal(new Set(events.map((e) => e.event.id)).size, 4);
});

test('the NDJSON fixture: each line normalizes as expected or is rejected with paths', async () => {
  const items = await readAll(readNdjson, fixture('login.ndjson'));
  assert.deepEqual(
    items.map((item) => [item.kind, item.location.line]),
    [
      ['record', 1],
      ['record', 3],
      ['record', 4],
      ['record', 5],
      ['record', 6],
      ['malformed', 7],
    ],
  );
  const [challenge, blocked, robot, hijacked, broken] = values(items);

  const failedChallenge = onlyEvent(challenge);
  assert.equal(failedChallenge.event.outcome, 'failure');
  assert.equal(failedChallenge.molehunt.mfa, undefined);
  assert.equal((gwOf(failedChallenge).parameters as Json).login_challenge_method, 'idv_preregistered_phone');
  assert.equal(failedChallenge['@timestamp'], '2024-03-06T09:10:11.000Z');

  const risky = onlyEvent(blocked);
  assert.equal(risky.event.action, 'risky_sensitive_action_blocked');
  assert.equal(risky.event.outcome, 'failure');
  assert.equal(risky.event.id, '5550002.0@2024-03-06T09:12:00.000Z', 'a numeric uniqueQualifier');
  assert.equal(risky.user?.id, '100000000000000000003');

  const key = normalizeOk(robot);
  assert.deepEqual(key.identities, [], 'a robot key is not a person');
  assert.equal(key.events[0]!.user, undefined);
  assert.equal(key.events[0]!.molehunt.identity_id, undefined);
  assert.equal(key.events[0]!.source, undefined);
  assert.equal(gwOf(key.events[0]!).actor_key, 'example-robot-key');

  const compromised = onlyEvent(hijacked);
  assert.equal(compromised.source?.ip, '2001:db8::7');
  assert.deepEqual(compromised.molehunt.risk, { state: 'confirmedCompromised' });

  const issues = issuesOf(broken);
  assert.ok(issues.includes('id.time: Invalid input: expected string, received undefined'), issues.join('\n'));
  assert.ok(issues.some((i) => i.startsWith('events.0.name: ')), issues.join('\n'));
});

test('rejections name the field path', () => {
  const cases: [string, (record: Json) => void][] = [
    ['id: ', (r) => delete r.id],
    ['id.time: ', (r) => ((r.id as Json).time = '2024-03-05 14:22:31')],
    ['id.uniqueQualifier: ', (r) => delete (r.id as Json).uniqueQualifier],
    ['events: ', (r) => delete r.events],
    ['events: ', (r) => (r.events = [])],
    ['events: ', (r) => (r.events = 'login_success')],
    ['events.1.name: ', (r) => delete ((r.events as Json[])[1] as Json).name],
    ['events.0.parameters.0.name: ', (r) => (((r.events as Json[])[0] as Json).parameters = [{ value: 'x' }])],
    ['events.0.parameters.0.boolValue: ', (r) => (((r.events as Json[])[0] as Json).parameters = [{ name: 'x', boolValue: 'true' }])],
    ['actor.email: ', (r) => ((r.actor as Json).email = 42)],
    ['ipAddress: ', (r) => (r.ipAddress = ['198.51.100.23'])],
    ['id.applicationName: expected "login"', (r) => ((r.id as Json).applicationName = 'drive')],
  ];
  for (const [prefix, mutate] of cases) {
    const record = loginSuccess();
    mutate(record);
    const issues = issuesOf(record);
    assert.ok(issues.some((i) => i.startsWith(prefix)), `${prefix}: ${issues.join('\n')}`);
  }
});

test('a record that is not an object is rejected at the root', () => {
  for (const record of [null, 'text', 42, []]) {
    const issues = issuesOf(record);
    assert.ok(issues.length > 0 && issues.every((i) => i.startsWith('(root): ')), `${JSON.stringify(record)}: ${issues.join('\n')}`);
  }
});

test('sniff: high for a login activity, low for other Workspace apps, 0 for Okta, osquery and random objects', () => {
  assert.equal(google.sniff(loginSuccess()), 0.95);
  const bare = loginSuccess();
  delete bare.kind;
  delete (bare.id as Json).applicationName;
  assert.equal(google.sniff(bare), 0.6);
  const drive = loginSuccess();
  (drive.id as Json).applicationName = 'drive';
  assert.ok(google.sniff(drive) < 0.5, 'a Drive activity is not recognized as login');

  const oktaEvent = JSON.parse(readFileSync(new URL('./__fixtures__/okta/session-start.json', import.meta.url), 'utf8')) as unknown;
  assert.equal(google.sniff(oktaEvent), 0);
  assert.equal(okta.sniff(loginSuccess()), 0, 'and Okta does not claim Google activities');
  for (const line of readFileSync(new URL('./__fixtures__/osquery/event-format.ndjson', import.meta.url), 'utf8').split('\n')) {
    if (line.trim() !== '') assert.equal(google.sniff(JSON.parse(line)), 0, line.slice(0, 60));
  }
  for (const other of [null, 42, 'events', [], { id: 'x', events: [] }, { id: { time: 't' }, events: [] }]) {
    assert.equal(google.sniff(other), 0, JSON.stringify(other));
  }
});

// ---------------------------------------------------------------------------------------------
// Conformance against Elastic's google_workspace.login pipeline test (real vendor format), when present.

const conformanceDir = join(import.meta.dirname, '../../../../shared/conformance/google-workspace');

interface ExpectedDoc {
  '@timestamp': string;
  event: { action: string; outcome?: string };
  user?: { email?: string; name?: string; id?: string };
  source?: { ip?: string };
}

const FIELDS = ['@timestamp', 'event.action', 'event.outcome', 'user.email', 'user.name', 'user.id', 'source.ip'] as const;
type Field = (typeof FIELDS)[number];

/** Our value and Elastic's for each compared field (undefined pairs = not compared for this doc). */
function comparable(event: Event, doc: ExpectedDoc): Record<Field, [unknown, unknown] | undefined> {
  return {
    '@timestamp': [event['@timestamp'], doc['@timestamp']],
    'event.action': [event.event.action, doc.event.action],
    // Elastic sets no outcome on warnings and logouts; ours is 'unknown' there.
    'event.outcome': doc.event.outcome === undefined ? undefined : [event.event.outcome, doc.event.outcome],
    // We lower-case e-mails; Elastic keeps them as written.
    'user.email': [event.user?.email, doc.user?.email?.toLowerCase()],
    // Elastic's user.name is the e-mail's local part; ours is the whole sign-in name.
    'user.name': [event.user?.name?.split('@')[0], doc.user?.name],
    'user.id': [event.user?.id, doc.user?.id],
    'source.ip': [event.source?.ip, doc.source?.ip],
  };
}

test(
  'conformance: Elastic google_workspace.login pipeline test events normalize to the expected ECS values',
  existsSync(conformanceDir) ? {} : { skip: 'shared/ not present' },
  (t) => {
    const lines = readFileSync(join(conformanceDir, 'test-login.log'), 'utf8').split('\n').filter((l) => l.trim() !== '');
    const { expected } = JSON.parse(readFileSync(join(conformanceDir, 'test-login.log-expected.json'), 'utf8')) as { expected: ExpectedDoc[] };
    assert.equal(lines.length, expected.length);
    const counts = Object.fromEntries(FIELDS.map((f) => [f, { match: 0, mismatch: [] as string[] }])) as Record<Field, { match: number; mismatch: string[] }>;
    lines.forEach((line, i) => {
      const doc = expected[i]!;
      const event = onlyEvent(JSON.parse(line));
      for (const [field, pair] of Object.entries(comparable(event, doc)) as [Field, [unknown, unknown] | undefined][]) {
        if (!pair) continue;
        if (pair[0] === pair[1]) counts[field].match += 1;
        else counts[field].mismatch.push(`doc ${i} (${doc.event.action}): ours ${JSON.stringify(pair[0])}, Elastic ${JSON.stringify(pair[1])}`);
      }
    });
    for (const field of FIELDS) {
      const { match, mismatch } = counts[field];
      t.diagnostic(`${field}: ${match}/${match + mismatch.length} match`);
      assert.ok(match > 0, `${field}: nothing compared`);
      assert.equal(match / (match + mismatch.length), 1, `${field} match rate\n${mismatch.join('\n')}`);
    }
    assert.equal(counts['event.outcome'].match, 7, 'Elastic sets an outcome on 7 of the 17 docs');
  },
);

test('the example shown by `molehunt sources` is a record this source recognizes and reads', () => {
  const example: unknown = JSON.parse(google.example!);
  assert.equal(google.sniff(example), 0.95);
  assert.equal(onlyEvent(example).event.action, 'login_success');
});
