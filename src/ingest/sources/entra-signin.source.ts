import { countryCode } from '../../model/country-codes.js';
import type { Event, Geo } from '../../model/event.js';
import { identityRecordId, type IdentityRecord } from '../../model/identity-record.js';
import type { ParseResult } from '../../model/parse-result.js';
import type { RawRef } from '../../model/raw-ref.js';
import { defineSource, type SourceOutput } from '../define-source.js';
import { isDiagnostic, isObject, parseSignIn, present, withoutPort, wrappedRecords, type Actor, type EntraSignIn, type SignInFields } from './entra-signin-records.js';
import { isEmailAddress } from '../../model/email-address.js';


function actorOf(signIn: EntraSignIn): Actor {
  const { category, fields } = signIn;
  if (category === 'ServicePrincipalSignInLogs') return 'service-principal';
  if (category === 'ManagedIdentitySignInLogs') return 'managed-identity';
  if (category === 'SignInLogs' || category === 'NonInteractiveUserSignInLogs') return 'user';
  const types = fields.signInEventTypes ?? [];
  if (types.includes('interactiveUser') || types.includes('nonInteractiveUser')) return 'user';
  if (types.includes('managedIdentity')) return 'managed-identity';
  if (types.includes('servicePrincipal')) return 'service-principal';
  // Graph v1.0 objects have no signInEventTypes: an application sign-in names no user.
  if (!present(fields.userId) && !present(fields.userPrincipalName) && present(fields.servicePrincipalId)) {
    return 'service-principal';
  }
  return 'user';
}

function outcomeOf(signIn: EntraSignIn): Event['event']['outcome'] {
  const code = signIn.fields.status?.errorCode ?? signIn.resultType;
  if (code === undefined || code === null || String(code).trim() === '') return 'unknown';
  return String(code).trim() === '0' ? 'success' : 'failure';
}

function errorCodeOf(signIn: EntraSignIn): number | null {
  const code = Number(signIn.fields.status?.errorCode ?? signIn.resultType ?? Number.NaN);
  return Number.isInteger(code) ? code : null;
}

function interactiveOf(signIn: EntraSignIn): boolean | null {
  if (typeof signIn.fields.isInteractive === 'boolean') return signIn.fields.isInteractive;
  if (signIn.category === 'SignInLogs') return true;
  if (signIn.category === 'NonInteractiveUserSignInLogs') return false;
  const types = signIn.fields.signInEventTypes ?? [];
  if (types.includes('interactiveUser')) return true;
  if (types.includes('nonInteractiveUser')) return false;
  return null;
}

function geoOf(location: SignInFields['location']): Geo | undefined {
  if (!location) return undefined;
  const out: Geo = {};
  const city = present(location.city);
  const state = present(location.state);
  // countryOrRegion is documented as ISO alpha-2, but Microsoft's own examples also show "USA".
  const iso = countryCode(present(location.countryOrRegion));
  const { latitude, longitude } = location.geoCoordinates ?? {};
  if (city) out.city_name = city;
  if (state) out.region_name = state;
  if (iso) out.country_iso_code = iso;
  if (typeof latitude === 'number' && typeof longitude === 'number') out.location = { lat: latitude, lon: longitude };
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Steps that are not a second factor: the password, and a claim carried over from an earlier MFA. */
const NOT_A_FACTOR = new Set(['password', 'previously satisfied', 'satisfied by token']);
/** authenticationMethodDetail texts that describe the step rather than name a phone or device. */
const NOT_A_DEVICE = /password|satisfied|claim|completed|token|azure ad|entra|ad fs|pta|phs/i;

function mfaOf(details: SignInFields['authenticationDetails']): NonNullable<Event['molehunt']['mfa']> | undefined {
  const factors = (details ?? []).filter((step) => {
    const method = present(step.authenticationMethod);
    return step.succeeded === true && method !== undefined && !NOT_A_FACTOR.has(method.toLowerCase());
  });
  // A passwordless method (passkey, Windows Hello) is the primary step and the strong factor at once.
  const step = factors.find((s) => /multi-?factor/i.test(s.authenticationStepRequirement ?? '')) ?? factors[0];
  if (!step) return undefined;
  const method = present(step.authenticationMethod)!;
  const detail = present(step.authenticationMethodDetail);
  const names = detail !== undefined && detail.toLowerCase() !== method.toLowerCase() && !NOT_A_DEVICE.test(detail);
  return { method, ...(names ? { device_id: detail } : {}) };
}

/** Risk values that say nothing: no risk found, or hidden because the tenant lacks Entra ID P2. */
const NO_RISK = new Set(['none', 'hidden', 'unknownfuturevalue']);
const riskValue = (value: string | null | undefined): string | undefined => {
  const v = present(value);
  return v && !NO_RISK.has(v.toLowerCase()) ? v : undefined;
};

function toEvent(signIn: EntraSignIn, actor: Actor, identityId: string | undefined, rawRef: RawRef): Event {
  const { fields } = signIn;
  const outcome = outcomeOf(signIn);
  const isUser = actor === 'user';
  const upn = present(fields.userPrincipalName);
  const userId = present(fields.userId);
  const fullName = present(fields.userDisplayName);
  // Graph writes failureReason "Other." on some successful sign-ins: a reason only explains a failure.
  const reason = outcome === 'failure' ? (present(fields.status?.failureReason) ?? signIn.resultDescription) : undefined;
  const device = fields.deviceDetail;
  const ip = withoutPort(present(fields.ipAddress)) ?? signIn.callerIp;
  const geo = geoOf(fields.location);
  const trustType = present(device?.trustType);
  const posture = {
    ...(typeof device?.isManaged === 'boolean' ? { managed: device.isManaged } : {}),
    ...(typeof device?.isCompliant === 'boolean' ? { compliant: device.isCompliant } : {}),
    ...(trustType ? { trust_type: trustType } : {}),
  };
  const mfa = mfaOf(fields.authenticationDetails);
  const risk = { state: riskValue(fields.riskState), level: riskValue(fields.riskLevelDuringSignIn) ?? riskValue(fields.riskLevelAggregated) };
  const sessionId = present(fields.sessionId) ?? present(fields.correlationId) ?? signIn.correlationId;

  const event: Event = {
    '@timestamp': signIn.timestamp,
    event: {
      id: signIn.id,
      dataset: 'entra.signin',
      action: signIn.action,
      kind: 'event',
      // An application's token request is authentication, but no person's session starts.
      category: isUser ? ['authentication', 'session'] : ['authentication'],
      type: isUser ? ['start'] : ['info'],
      outcome,
      ...(reason ? { reason } : {}),
    },
    molehunt: {
      raw_ref: rawRef,
      ...(identityId ? { identity_id: identityId } : {}),
      ...(sessionId ? { session_id: sessionId } : {}),
      ...(Object.keys(posture).length > 0 ? { device_posture: posture } : {}),
      ...(mfa ? { mfa } : {}),
      ...(risk.state || risk.level
        ? { risk: { ...(risk.state ? { state: risk.state } : {}), ...(risk.level ? { level: risk.level } : {}) } }
        : {}),
    },
    entra: {
      category: signIn.category ?? null,
      is_interactive: interactiveOf(signIn),
      app_id: present(fields.appId) ?? null,
      app_display_name: present(fields.appDisplayName) ?? null,
      resource_display_name: present(fields.resourceDisplayName) ?? null,
      client_app_used: present(fields.clientAppUsed) ?? null,
      conditional_access_status: present(fields.conditionalAccessStatus) ?? null,
      authentication_requirement: present(fields.authenticationRequirement) ?? null,
      error_code: errorCodeOf(signIn),
      risk_detail: present(fields.riskDetail) ?? null,
      risk_event_types: fields.riskEventTypes_v2 ?? [],
      browser: present(device?.browser) ?? null,
      correlation_id: present(fields.correlationId) ?? signIn.correlationId ?? null,
      unique_token_identifier: present(fields.uniqueTokenIdentifier) ?? null,
      service_principal_id: present(fields.servicePrincipalId) ?? null,
      service_principal_name: present(fields.servicePrincipalName) ?? null,
    },
  };
  if (isUser && (userId || upn || fullName)) {
    event.user = {
      ...(userId ? { id: userId } : {}),
      ...(upn ? { name: upn } : {}),
      ...(upn && isEmailAddress(upn) ? { email: upn.toLowerCase() } : {}),
      ...(fullName ? { full_name: fullName } : {}),
    };
  }
  if (ip || geo) event.source = { ...(ip ? { ip } : {}), ...(geo ? { geo } : {}) };
  const userAgent = present(fields.userAgent);
  if (userAgent) event.user_agent = { original: userAgent };
  const hostName = present(device?.displayName);
  const os = present(device?.operatingSystem);
  if (hostName || os) event.host = { ...(hostName ? { name: hostName } : {}), ...(os ? { os: { name: os } } : {}) };
  const deviceId = present(device?.deviceId);
  if (deviceId) event.device = { id: deviceId };
  return event;
}

function normalizeOne(record: unknown, rawRef: RawRef): ParseResult<SourceOutput> {
  const parsed = parseSignIn(record);
  if (!parsed.ok) return parsed;
  const signIn = parsed.value;
  const actor = actorOf(signIn);
  const identities: IdentityRecord[] = [];
  const userId = present(signIn.fields.userId);
  let identityId: string | undefined;
  if (actor === 'user' && userId) {
    identityId = identityRecordId('idp.account', 'entra', userId);
    const upn = present(signIn.fields.userPrincipalName);
    const name = present(signIn.fields.userDisplayName);
    const userType = present(signIn.fields.userType);
    const emails = upn && isEmailAddress(upn) ? [upn.toLowerCase()] : [];
    identities.push({
      id: identityId,
      kind: 'idp.account',
      system: 'entra',
      source_id: userId,
      ...(name ? { name } : {}),
      corporate_emails: emails,
      identifiers: { emails, phones: [], addresses: [], payout_accounts: [], device_serials: [], keys: [] },
      attributes: { ...(upn ? { login: upn } : {}), ...(userType ? { user_type: userType } : {}) },
      raw_ref: rawRef,
    });
  }
  return { ok: true, value: { events: [toEvent(signIn, actor, identityId, rawRef)], identities } };
}

function sniffOne(record: unknown): number {
  if (!isObject(record)) return 0;
  if (isDiagnostic(record)) {
    const category = record.category;
    if (typeof category !== 'string' || !category.endsWith('SignInLogs')) return 0;
    if (isObject(record.properties)) return 0.95;
    return 'time' in record ? 0.6 : 0;
  }
  if (!('createdDateTime' in record) || !('status' in record || 'ipAddress' in record)) return 0;
  if ('userPrincipalName' in record) return 0.95;
  return 'servicePrincipalId' in record && 'appId' in record ? 0.9 : 0;
}

/** Microsoft Entra ID sign-in logs: Graph `signIn` objects and Azure Monitor diagnostic-settings records. */
export default defineSource({
  id: 'entra.signin',
  title: 'Microsoft Entra ID sign-in logs',
  description:
    'Microsoft Entra ID (Azure AD) sign-ins: Microsoft Graph signIn objects (single, NDJSON, or {"value": […]} pages ' +
    'from /auditLogs/signIns) and Azure Monitor diagnostic-settings records (Event Hub or storage export, {"records": […]}) ' +
    'of the SignInLogs, NonInteractiveUserSignInLogs, ServicePrincipalSignInLogs and ManagedIdentitySignInLogs categories.',
  dataset: 'entra.signin',
  framings: ['ndjson', 'json-array', 'json-document'],
  expects:
    'Graph signIn objects ("id", "createdDateTime", "userPrincipalName", "status") or diagnostic records ' +
    '("time", "category": "…SignInLogs", "properties"), as NDJSON, a JSON array or a {"value"|"records": […]} document',
  example:
    '{"id":"…","createdDateTime":"2026-10-05T14:22:31Z","userPrincipalName":"ann@example.com","ipAddress":"198.51.100.7","status":{"errorCode":0},"deviceDetail":{"isManaged":false},…}',
  sniff(first) {
    const inner = wrappedRecords(first);
    return sniffOne(inner ? inner[0] : first);
  },
  normalize(record, ctx) {
    const inner = wrappedRecords(record);
    if (!inner) return normalizeOne(record, ctx.rawRef);
    const key = isObject(record) && Array.isArray(record.records) ? 'records' : 'value';
    const out: SourceOutput = { events: [], identities: [] };
    const issues: string[] = [];
    // One NDJSON line that holds a whole Event Hub message or Graph page is all in or all quarantined,
    // because a raw reference points at a line, not at an element inside it.
    inner.forEach((element, i) => {
      const result = normalizeOne(element, ctx.rawRef);
      if (result.ok) {
        out.events.push(...result.value.events);
        out.identities.push(...result.value.identities);
      } else {
        issues.push(...result.issues.map((issue) => `${key}.${i}${issue.startsWith('(root)') ? issue.slice('(root)'.length) : `.${issue}`}`));
      }
    });
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: out };
  },
});
