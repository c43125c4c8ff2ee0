import { z } from 'zod';
import { countryCode } from '../../model/country-codes.js';
import type { Event, Geo } from '../../model/event.js';
import { identityRecordId, type IdentityRecord } from '../../model/identity-record.js';
import { flattenIssues } from '../../model/parse-result.js';
import { defineSource } from '../define-source.js';

const nullableString = z.string().nullish();

const GeographicalContext = z
  .object({
    city: nullableString,
    state: nullableString,
    country: nullableString,
    postalCode: nullableString,
    geolocation: z.object({ lat: z.number(), lon: z.number() }).nullish(),
  })
  .nullish();

/** The fields of an Okta System Log LogEvent that molehunt maps (developer.okta.com, System Log API). */
const OktaLogEvent = z.object({
  uuid: z.string().min(1),
  published: z.iso.datetime({ offset: true }),
  eventType: z.string().min(1),
  displayMessage: nullableString,
  severity: nullableString,
  actor: z.object({
    id: z.string().min(1),
    type: nullableString,
    alternateId: nullableString,
    displayName: nullableString,
  }),
  client: z
    .object({
      ipAddress: nullableString,
      device: nullableString,
      id: nullableString,
      zone: nullableString,
      userAgent: z.object({ rawUserAgent: nullableString, os: nullableString, browser: nullableString }).nullish(),
      geographicalContext: GeographicalContext,
    })
    .nullish(),
  outcome: z.object({ result: nullableString, reason: nullableString }).nullish(),
  authenticationContext: z
    .object({ externalSessionId: nullableString, credentialType: nullableString })
    .nullish(),
  securityContext: z
    .object({
      asNumber: z.number().nullish(),
      asOrg: nullableString,
      isp: nullableString,
      domain: nullableString,
      isProxy: z.boolean().nullish(),
    })
    .nullish(),
  debugContext: z.object({ debugData: z.record(z.string(), z.unknown()).nullish() }).nullish(),
  request: z
    .object({
      ipChain: z
        .array(z.object({ ip: nullableString, geographicalContext: GeographicalContext, source: nullableString }))
        .nullish(),
    })
    .nullish(),
});
type OktaLogEvent = z.infer<typeof OktaLogEvent>;

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
function present(value: string | null | undefined): string | undefined {
  return value && value !== 'null' ? value : undefined;
}

function geo(context: z.infer<typeof GeographicalContext>): Geo | undefined {
  if (!context) return undefined;
  const out: Geo = {};
  if (present(context.city)) out.city_name = context.city!;
  if (present(context.state)) out.region_name = context.state!;
  if (present(context.country)) out.country_name = context.country!;
  const iso = countryCode(context.country);
  if (iso) out.country_iso_code = iso;
  if (present(context.postalCode)) out.postal_code = context.postalCode!;
  if (context.geolocation) out.location = { lat: context.geolocation.lat, lon: context.geolocation.lon };
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

const isEmail = (value: string): boolean => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value);

function unwrap(record: unknown): unknown {
  // Okta Log Streaming to AWS EventBridge wraps each LogEvent as {"detail": {...}}.
  if (record && typeof record === 'object' && 'detail' in record && !('uuid' in record)) {
    return (record as { detail: unknown }).detail;
  }
  return record;
}

function toEvent(log: OktaLogEvent, identityId: string | undefined, rawRef: Event['molehunt']['raw_ref']): Event {
  const { category, type } = categorize(log.eventType);
  const ip = present(log.client?.ipAddress);
  const sourceGeo = geo(log.client?.geographicalContext);
  const isUser = (log.actor.type ?? 'User') === 'User';
  const login = present(log.actor.alternateId);
  const security = log.securityContext;
  const debug = log.debugContext?.debugData ?? {};
  const event: Event = {
    '@timestamp': new Date(log.published).toISOString(),
    event: {
      id: log.uuid,
      dataset: 'okta.system',
      action: log.eventType,
      kind: 'event',
      category,
      type,
      outcome: OUTCOMES[(log.outcome?.result ?? 'UNKNOWN').toUpperCase()] ?? 'unknown',
      ...(present(log.outcome?.reason) ? { reason: log.outcome!.reason! } : {}),
    },
    molehunt: { raw_ref: rawRef, ...(identityId ? { identity_id: identityId } : {}) },
    okta: {
      actor_type: log.actor.type ?? null,
      display_message: log.displayMessage ?? null,
      external_session_id: present(log.authenticationContext?.externalSessionId) ?? null,
      credential_type: log.authenticationContext?.credentialType ?? null,
      device_fingerprint: typeof debug.deviceFingerprint === 'string' ? debug.deviceFingerprint : null,
      threat_suspected: debug.threatSuspected === 'true' || debug.threatSuspected === true,
      is_proxy: security?.isProxy ?? null,
      isp: security?.isp ?? null,
      client_device: present(log.client?.device) ?? null,
      ip_chain: (log.request?.ipChain ?? []).map((hop) => present(hop.ip)).filter((ip): ip is string => !!ip),
    },
  };
  if (isUser) {
    event.user = {
      id: log.actor.id,
      ...(login ? { name: login } : {}),
      ...(login && isEmail(login) ? { email: login.toLowerCase() } : {}),
      ...(present(log.actor.displayName) ? { full_name: log.actor.displayName! } : {}),
    };
  }
  if (ip || sourceGeo || security?.asNumber || security?.asOrg) {
    event.source = {
      ...(ip ? { ip } : {}),
      ...(sourceGeo ? { geo: sourceGeo } : {}),
      ...(security?.asNumber || security?.asOrg
        ? {
            as: {
              ...(security.asNumber ? { number: security.asNumber } : {}),
              ...(security.asOrg ? { organization: { name: security.asOrg } } : {}),
            },
          }
        : {}),
    };
  }
  const zone = present(log.client?.zone);
  if (zone) event.network = { name: zone };
  const ua = present(log.client?.userAgent?.rawUserAgent);
  if (ua && ua !== 'UNKNOWN') event.user_agent = { original: ua };
  return event;
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
  sniff(first) {
    const record = unwrap(first);
    if (!record || typeof record !== 'object') return 0;
    const keys = Object.keys(record);
    const hits = ['uuid', 'published', 'eventType', 'actor', 'legacyEventType', 'displayMessage'].filter((k) =>
      keys.includes(k),
    ).length;
    return hits >= 4 ? 0.95 : hits >= 3 ? 0.6 : 0;
  },
  normalize(record, ctx) {
    const parsed = OktaLogEvent.safeParse(unwrap(record));
    if (!parsed.success) return { ok: false, issues: flattenIssues(parsed.error) };
    const log = parsed.data;
    const isUser = (log.actor.type ?? 'User') === 'User';
    const identities: IdentityRecord[] = [];
    let identityId: string | undefined;
    if (isUser) {
      identityId = identityRecordId('idp.account', 'okta', log.actor.id);
      const login = present(log.actor.alternateId);
      const emails = login && isEmail(login) ? [login.toLowerCase()] : [];
      identities.push({
        id: identityId,
        kind: 'idp.account',
        system: 'okta',
        source_id: log.actor.id,
        ...(present(log.actor.displayName) ? { name: log.actor.displayName! } : {}),
        corporate_emails: emails,
        identifiers: { emails, phones: [], addresses: [], payout_accounts: [], device_serials: [], keys: [] },
        attributes: login ? { login } : {},
        raw_ref: ctx.rawRef,
      });
    }
    return { ok: true, value: { events: [toEvent(log, identityId, ctx.rawRef)], identities } };
  },
});
