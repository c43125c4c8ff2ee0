import { countryCode } from '../../model/country-codes.js';
import type { Event, Geo } from '../../model/event.js';
import { identityRecordId, type IdentityRecord } from '../../model/identity-record.js';
import type { ParseResult } from '../../model/parse-result.js';
import { defineSource, type SourceOutput } from '../define-source.js';
import { FieldReader, isoInstant, type Json } from '../field-reader.js';
import { isEmailAddress } from '../../model/email-address.js';

/** Okta event types that mean "a person signed in" (a new session or an SSO into an app). */
const SIGN_IN_TYPES = new Set([
  'user.session.start',
  'user.authentication.sso',
  'user.authentication.verify',
  'user.authentication.auth_via_mfa',
  'user.authentication.auth_via_IDP',
  'user.authentication.auth_via_richclient',
  'user.authentication.auth_via_radius',
]);

const OUTCOMES: Record<string, Event['event']['outcome']> = {
  SUCCESS: 'success',
  ALLOW: 'success',
  FAILURE: 'failure',
  DENY: 'failure',
  CHALLENGE: 'unknown',
  SKIPPED: 'unknown',
  UNKNOWN: 'unknown',
};

/** Okta writes the string "null" where an address is missing. */
function present(value: string | undefined): string | undefined {
  return value && value !== 'null' ? value : undefined;
}

/** Reads client.geographicalContext into ECS geo fields (paths are literals: this runs for every event). */
function geo(r: FieldReader, client: Json | undefined): Geo | undefined {
  const context = r.object(client, 'geographicalContext', 'client.geographicalContext');
  if (!context) return undefined;
  const out: Geo = {};
  const city = present(r.string(context, 'city', 'client.geographicalContext.city'));
  const state = present(r.string(context, 'state', 'client.geographicalContext.state'));
  const country = present(r.string(context, 'country', 'client.geographicalContext.country'));
  const postal = present(r.string(context, 'postalCode', 'client.geographicalContext.postalCode'));
  const location = r.object(context, 'geolocation', 'client.geographicalContext.geolocation');
  const lat = r.number(location, 'lat', 'client.geographicalContext.geolocation.lat');
  const lon = r.number(location, 'lon', 'client.geographicalContext.geolocation.lon');
  if (city) out.city_name = city;
  if (state) out.region_name = state;
  if (country) out.country_name = country;
  const iso = countryCode(country);
  if (iso) out.country_iso_code = iso;
  if (postal) out.postal_code = postal;
  if (lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) out.location = { lat, lon };
  return Object.keys(out).length > 0 ? out : undefined;
}

function categorize(eventType: string): { category: string[]; type: string[] } {
  if (SIGN_IN_TYPES.has(eventType)) return { category: ['authentication', 'session'], type: ['start'] };
  if (eventType === 'user.session.end') return { category: ['authentication', 'session'], type: ['end'] };
  if (eventType.startsWith('user.authentication.') || eventType.startsWith('user.mfa.'))
    return { category: ['authentication'], type: ['info'] };
  if (eventType.startsWith('user.account.') || eventType.startsWith('user.lifecycle.'))
    return { category: ['iam'], type: ['user'] };
  if (eventType.startsWith('group.')) return { category: ['iam'], type: ['group'] };
  return { category: [], type: ['info'] };
}


function unwrap(record: unknown): unknown {
  // Okta Log Streaming to AWS EventBridge wraps each LogEvent as {"detail": {...}}.
  if (record && typeof record === 'object' && 'detail' in record && !('uuid' in record)) {
    return (record as { detail: unknown }).detail;
  }
  return record;
}

/** The MFA authenticator used, from the AuthenticatorEnrollment target (its id is the enrolled instance). */
function mfa(r: FieldReader, log: Json, debug: Json | undefined, credentialType: string | undefined): NonNullable<Event['molehunt']['mfa']> | undefined {
  const out: NonNullable<Event['molehunt']['mfa']> = {};
  for (const [i, target] of (r.array(log, 'target', 'target') ?? []).entries()) {
    if (!target || typeof target !== 'object') continue;
    const t = target as Json;
    if (r.string(t, 'type', `target.${i}.type`) !== 'AuthenticatorEnrollment') continue;
    const id = r.string(t, 'id', `target.${i}.id`);
    const detail = r.object(t, 'detailEntry', `target.${i}.detailEntry`);
    const method = r.string(detail, 'methodTypeUsed', `target.${i}.detailEntry.methodTypeUsed`) ?? r.string(t, 'displayName', `target.${i}.displayName`);
    if (id) out.device_id = id;
    if (method) out.method = method;
  }
  const factor = typeof debug?.factor === 'string' ? debug.factor : undefined;
  if (!out.method && factor) out.method = factor;
  if (credentialType && !out.method && credentialType !== 'PASSWORD') out.method = credentialType;
  return Object.keys(out).length > 0 ? { ...out, provider: 'okta' } : undefined;
}

/** Reads one LogEvent; every problem is reported with its path. */
function read(record: unknown, rawRef: Event['molehunt']['raw_ref']): ParseResult<SourceOutput> {
  const log = unwrap(record);
  if (!log || typeof log !== 'object' || Array.isArray(log)) {
    return { ok: false, issues: [`(root): expected object, received ${log === null ? 'null' : Array.isArray(log) ? 'array' : typeof log}`] };
  }
  const root = log as Json;
  const r = new FieldReader();
  const uuid = r.string(root, 'uuid', 'uuid', true);
  const publishedText = r.string(root, 'published', 'published', true);
  const published = publishedText === undefined ? undefined : isoInstant(publishedText);
  if (publishedText !== undefined && published === undefined) r.issues.push('published: expected an ISO 8601 date-time with an offset');
  const eventType = r.string(root, 'eventType', 'eventType', true);
  const actor = r.object(root, 'actor', 'actor', true);
  const actorId = r.string(actor, 'id', 'actor.id', true);
  const actorType = r.string(actor, 'type', 'actor.type');
  const login = present(r.string(actor, 'alternateId', 'actor.alternateId'));
  const displayName = present(r.string(actor, 'displayName', 'actor.displayName'));
  const displayMessage = r.string(root, 'displayMessage', 'displayMessage');
  r.string(root, 'severity', 'severity');
  const client = r.object(root, 'client', 'client');
  const ip = present(r.string(client, 'ipAddress', 'client.ipAddress'));
  const clientDevice = present(r.string(client, 'device', 'client.device'));
  r.string(client, 'id', 'client.id');
  const zone = present(r.string(client, 'zone', 'client.zone'));
  const ua = present(r.string(r.object(client, 'userAgent', 'client.userAgent'), 'rawUserAgent', 'client.userAgent.rawUserAgent'));
  const sourceGeo = geo(r, client);
  const outcome = r.object(root, 'outcome', 'outcome');
  const result = r.string(outcome, 'result', 'outcome.result');
  const reason = present(r.string(outcome, 'reason', 'outcome.reason'));
  const authn = r.object(root, 'authenticationContext', 'authenticationContext');
  const sessionId = present(r.string(authn, 'externalSessionId', 'authenticationContext.externalSessionId'));
  const credentialType = r.string(authn, 'credentialType', 'authenticationContext.credentialType');
  const security = r.object(root, 'securityContext', 'securityContext');
  const asNumber = r.number(security, 'asNumber', 'securityContext.asNumber');
  const asOrg = r.string(security, 'asOrg', 'securityContext.asOrg');
  const isp = r.string(security, 'isp', 'securityContext.isp');
  r.string(security, 'domain', 'securityContext.domain');
  const isProxy = r.boolean(security, 'isProxy', 'securityContext.isProxy');
  const debug = r.object(r.object(root, 'debugContext', 'debugContext'), 'debugData', 'debugContext.debugData');
  const ipChain: string[] = [];
  for (const hop of r.array(r.object(root, 'request', 'request'), 'ipChain', 'request.ipChain') ?? []) {
    const hopIp = hop && typeof hop === 'object' ? (hop as Json).ip : undefined;
    if (typeof hopIp === 'string' && hopIp !== 'null') ipChain.push(hopIp);
  }
  const device = r.object(root, 'device', 'device');
  const deviceId = r.string(device, 'id', 'device.id');
  const managed = r.boolean(device, 'managed', 'device.managed');
  const authenticator = mfa(r, root, debug, credentialType);
  if (r.issues.length > 0) return { ok: false, issues: r.issues };

  const isUser = (actorType ?? 'User') === 'User';
  const identityId = isUser ? identityRecordId('idp.account', 'okta', actorId!) : undefined;
  const threatSuspected = debug?.threatSuspected === 'true' || debug?.threatSuspected === true;
  const { category, type } = categorize(eventType!);
  // Built by assignment, not conditional spreads: this runs for every event of a log.
  const meta: Event['event'] = {
    id: uuid!,
    dataset: 'okta.system',
    action: eventType!,
    kind: 'event',
    category,
    type,
    outcome: OUTCOMES[(result ?? 'UNKNOWN').toUpperCase()] ?? 'unknown',
  };
  if (reason) meta.reason = reason;
  const molehunt: Event['molehunt'] = { raw_ref: rawRef };
  if (identityId) molehunt.identity_id = identityId;
  if (sessionId) molehunt.session_id = sessionId;
  if (authenticator) molehunt.mfa = authenticator;
  if (managed !== undefined) molehunt.device_posture = { managed };
  if (threatSuspected) molehunt.risk = { state: 'threat_suspected' };
  const event: Event = {
    '@timestamp': published!,
    event: meta,
    molehunt,
    okta: {
      actor_type: actorType ?? null,
      display_message: displayMessage ?? null,
      external_session_id: sessionId ?? null,
      credential_type: credentialType ?? null,
      device_fingerprint: typeof debug?.deviceFingerprint === 'string' ? debug.deviceFingerprint : null,
      threat_suspected: threatSuspected,
      is_proxy: isProxy ?? null,
      isp: isp ?? null,
      client_device: clientDevice ?? null,
      ip_chain: ipChain,
    },
  };
  if (isUser) {
    const user: NonNullable<Event['user']> = { id: actorId! };
    if (login) user.name = login;
    if (login && isEmailAddress(login)) user.email = login.toLowerCase();
    if (displayName) user.full_name = displayName;
    event.user = user;
  }
  if (ip || sourceGeo || asNumber || asOrg) {
    const source: NonNullable<Event['source']> = {};
    if (ip) source.ip = ip;
    if (sourceGeo) source.geo = sourceGeo;
    if (asNumber || asOrg) {
      source.as = {};
      if (asNumber) source.as.number = asNumber;
      if (asOrg) source.as.organization = { name: asOrg };
    }
    event.source = source;
  }
  if (zone) event.network = { name: zone };
  if (ua && ua !== 'UNKNOWN') event.user_agent = { original: ua };
  if (deviceId) event.device = { id: deviceId };

  const identities: IdentityRecord[] = [];
  if (identityId) {
    const emails = login && isEmailAddress(login) ? [login.toLowerCase()] : [];
    identities.push({
      id: identityId,
      kind: 'idp.account',
      system: 'okta',
      source_id: actorId!,
      ...(displayName ? { name: displayName } : {}),
      corporate_emails: emails,
      identifiers: { emails, phones: [], addresses: [], payout_accounts: [], device_serials: [], keys: [] },
      attributes: login ? { login } : {},
      raw_ref: rawRef,
    });
  }
  return { ok: true, value: { events: [event], identities } };
}

/** Okta System Log: NDJSON, the JSON array from /api/v1/logs, or EventBridge-wrapped events. */
export default defineSource({
  id: 'okta.system-log',
  title: 'Okta System Log',
  description:
    'Okta System Log events (LogEvent objects): NDJSON exports, the JSON array returned by /api/v1/logs, ' +
    'and events wrapped as {"detail": …} by Okta Log Streaming to AWS EventBridge.',
  dataset: 'okta.system',
  framings: ['ndjson', 'json-array', 'json-document'],
  expects: 'JSON objects with "uuid", "published", "eventType" and "actor" (NDJSON or a JSON array)',
  example: '{"uuid":"…","published":"2026-10-05T14:22:31.412Z","eventType":"user.session.start","actor":{"id":"00u…","type":"User","alternateId":"ann@example.com"},"client":{"ipAddress":"198.51.100.7",…}}',
  sniff(first) {
    const record = unwrap(first);
    if (!record || typeof record !== 'object') return 0;
    const keys = Object.keys(record);
    const hits = ['uuid', 'published', 'eventType', 'actor', 'legacyEventType', 'displayMessage'].filter((k) =>
      keys.includes(k),
    ).length;
    return hits >= 4 ? 0.95 : hits >= 3 ? 0.6 : 0;
  },
  normalize: (record, ctx) => read(record, ctx.rawRef),
});
