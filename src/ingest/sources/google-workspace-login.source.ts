import { z } from 'zod';
import type { Event } from '../../model/event.js';
import { identityRecordId, type IdentityRecord } from '../../model/identity-record.js';
import { flattenIssues } from '../../model/parse-result.js';
import { defineSource } from '../define-source.js';
import { isEmailAddress } from '../../model/email-address.js';

const nullableString = z.string().nullish();
// The API serializes int64 as JSON strings; some exports and Elastic's test corpus write plain numbers.
const int64 = z.union([z.string().min(1), z.number()]);

/** One entry of `events[].parameters` (Admin SDK Reports API, activities resource). */
const Parameter = z.object({
  name: z.string().min(1),
  value: z.string().nullish(),
  intValue: int64.nullish(),
  boolValue: z.boolean().nullish(),
  multiValue: z.array(z.string()).nullish(),
  multiIntValue: z.array(int64).nullish(),
  multiBoolValue: z.array(z.boolean()).nullish(),
  messageValue: z.unknown().optional(),
  multiMessageValue: z.unknown().optional(),
});
type Parameter = z.infer<typeof Parameter>;

const ActivityEvent = z.object({
  type: nullableString,
  name: z.string().min(1),
  parameters: z.array(Parameter).nullish(),
});

/** The fields of a Reports API `activity` that molehunt maps (applicationName=login). */
const Activity = z.object({
  kind: nullableString,
  id: z.object({
    time: z.iso.datetime({ offset: true }),
    uniqueQualifier: int64,
    applicationName: nullableString,
    customerId: int64.nullish(),
  }),
  actor: z
    .object({ callerType: nullableString, email: nullableString, profileId: int64.nullish(), key: nullableString })
    .nullish(),
  ownerDomain: nullableString,
  ipAddress: nullableString,
  networkInfo: z
    .object({ ipAsn: z.array(z.number().int()).nullish(), regionCode: nullableString, subdivisionCode: nullableString })
    .nullish(),
  // The API returns an array; Elastic's pipeline corpus (and some forwarders) write a single object.
  events: z.preprocess(
    (value) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? [value] : value),
    z.array(ActivityEvent).min(1),
  ),
});
type Activity = z.infer<typeof Activity>;
type ActivityEvent = z.infer<typeof ActivityEvent>;

/** Account-warning events in which Google itself judged the sign-in suspicious. */
const SUSPICIOUS = new Set([
  'suspicious_login',
  'suspicious_login_less_secure_app',
  'suspicious_programmatic_login',
  'user_signed_out_due_to_suspicious_session_cookie',
]);

/** Events that carry the sign-in's challenge parameters, so an MFA method means something. */
const LOGIN_FLOW = new Set([
  'login_success',
  'login_failure',
  'login_challenge',
  'login_verification',
  'risky_sensitive_action_allowed',
  'risky_sensitive_action_blocked',
]);

function categorize(name: string): { category: string[]; type: string[] } {
  if (name === 'login_success' || name === 'login_failure') return { category: ['authentication', 'session'], type: ['start'] };
  if (name === 'logout' || name === 'user_signed_out_due_to_suspicious_session_cookie')
    return { category: ['authentication', 'session'], type: ['end'] };
  // A verification or challenge is one step inside a sign-in that login_success records again; counting it
  // as a session start would double every sign-in.
  if (LOGIN_FLOW.has(name) || SUSPICIOUS.has(name)) return { category: ['authentication'], type: ['info'] };
  if (name.startsWith('account_disabled_')) return { category: ['iam'], type: ['user', 'change'] };
  if (name === 'gov_attack_warning') return { category: ['iam'], type: ['user', 'info'] };
  if (/^(2sv|titanium)_/.test(name)) return { category: ['iam'], type: ['user', 'change'] };
  if (/_edit$/.test(name) || name === 'blocked_sender' || name === 'email_forwarding_out_of_domain')
    return { category: ['configuration'], type: ['change'] };
  return { category: [], type: ['info'] };
}

function parameterValue(p: Parameter): unknown {
  return p.value ?? p.intValue ?? p.boolValue ?? p.multiValue ?? p.multiIntValue ?? p.multiBoolValue ?? p.messageValue ?? p.multiMessageValue ?? null;
}

/** `parameters[]` as one flat name → value object (whichever of value/intValue/boolValue/multi* is set). */
function flattenParameters(parameters: readonly Parameter[] | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of parameters ?? []) out[p.name] = parameterValue(p);
  return out;
}

function outcomeOf(name: string, params: Record<string, unknown>): Event['event']['outcome'] {
  if (name === 'login_success') return 'success';
  if (name === 'login_failure' || name === 'risky_sensitive_action_blocked') return 'failure';
  // Google writes "Challenge Passed.", "Challenge Failed." and, in newer events, "passed" / "failed".
  const status = typeof params.login_challenge_status === 'string' ? params.login_challenge_status.toLowerCase() : '';
  if (status.includes('pass')) return 'success';
  if (status.includes('fail')) return 'failure';
  return 'unknown';
}

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');

/** Challenge methods that are no second factor (the same rule as Entra's "real factor"). */
const NOT_A_FACTOR = new Set(['password', 'none']);

function mfaOf(name: string, params: Record<string, unknown>, outcome: Event['event']['outcome']): { method: string; provider: string } | undefined {
  // A failed challenge proves nothing about who holds the factor.
  if (!LOGIN_FLOW.has(name) || outcome === 'failure') return undefined;
  const factors = strings(params.login_challenge_method).filter((m) => !NOT_A_FACTOR.has(m));
  return factors.length > 0 ? { method: factors.join(','), provider: 'google' } : undefined;
}

function riskOf(name: string, params: Record<string, unknown>): { state: string } | undefined {
  if (name === 'account_disabled_hijacked') return { state: 'confirmedCompromised' };
  if (SUSPICIOUS.has(name) || params.is_suspicious === true) return { state: 'atRisk' };
  return undefined;
}


/** The person behind an activity, when the actor is one (robot keys are not). */
function personOf(activity: Activity): { id?: string; login?: string; email?: string } | undefined {
  const actor = activity.actor;
  if (!actor || actor.callerType === 'KEY') return undefined;
  const id = actor.profileId !== null && actor.profileId !== undefined ? String(actor.profileId) : undefined;
  const login = actor.email || undefined;
  if (!id && !login) return undefined;
  return { ...(id ? { id } : {}), ...(login ? { login } : {}), ...(login && isEmailAddress(login) ? { email: login.toLowerCase() } : {}) };
}

function toEvent(activity: Activity, ev: ActivityEvent, index: number, identityId: string | undefined, rawRef: Event['molehunt']['raw_ref']): Event {
  const timestamp = new Date(activity.id.time).toISOString();
  const params = flattenParameters(ev.parameters);
  const person = personOf(activity);
  const outcome = outcomeOf(ev.name, params);
  const mfa = mfaOf(ev.name, params, outcome);
  const risk = riskOf(ev.name, params);
  const ip = activity.ipAddress || undefined;
  const region = activity.networkInfo?.regionCode?.toUpperCase();
  const asn = activity.networkInfo?.ipAsn?.[0];
  const event: Event = {
    '@timestamp': timestamp,
    event: {
      // uniqueQualifier is unique only among activities with the same time, and one activity holds several events.
      id: `${activity.id.uniqueQualifier}.${index}@${timestamp}`,
      dataset: 'google_workspace.login',
      action: ev.name,
      kind: 'event',
      ...categorize(ev.name),
      outcome,
    },
    molehunt: {
      raw_ref: rawRef,
      ...(identityId ? { identity_id: identityId } : {}),
      ...(mfa ? { mfa } : {}),
      ...(risk ? { risk } : {}),
    },
    google_workspace: {
      kind: activity.kind ?? null,
      application_name: activity.id.applicationName ?? null,
      customer_id: activity.id.customerId !== null && activity.id.customerId !== undefined ? String(activity.id.customerId) : null,
      unique_qualifier: String(activity.id.uniqueQualifier),
      event_type: ev.type ?? null,
      actor_type: activity.actor?.callerType ?? null,
      actor_key: activity.actor?.key ?? null,
      owner_domain: activity.ownerDomain ?? null,
      subdivision_code: activity.networkInfo?.subdivisionCode ?? null,
      parameters: params,
    },
  };
  if (person) {
    event.user = {
      ...(person.id ? { id: person.id } : {}),
      ...(person.login ? { name: person.login } : {}),
      ...(person.email ? { email: person.email } : {}),
    };
  }
  const geo = region && /^[A-Z]{2}$/.test(region) ? { country_iso_code: region } : undefined;
  if (ip || geo || asn !== undefined) {
    event.source = { ...(ip ? { ip } : {}), ...(geo ? { geo } : {}), ...(asn !== undefined ? { as: { number: asn } } : {}) };
  }
  return event;
}

function identityOf(activity: Activity, rawRef: IdentityRecord['raw_ref']): IdentityRecord | undefined {
  const person = personOf(activity);
  if (!person) return undefined;
  const sourceId = person.id ?? person.email ?? person.login!;
  // An external user signing in is a person, but their address is not one of ours.
  const corporate = person.email && activity.actor?.callerType !== 'EXTERNAL_USER' ? [person.email] : [];
  const attributes: Record<string, string> = {};
  if (person.login) attributes.login = person.login;
  if (activity.actor?.callerType) attributes.caller_type = activity.actor.callerType;
  if (activity.id.customerId !== null && activity.id.customerId !== undefined) attributes.customer_id = String(activity.id.customerId);
  return {
    id: identityRecordId('idp.account', 'google', sourceId),
    kind: 'idp.account',
    system: 'google',
    source_id: sourceId,
    corporate_emails: corporate,
    identifiers: { emails: person.email ? [person.email] : [], phones: [], addresses: [], payout_accounts: [], device_serials: [], keys: [] },
    attributes,
    raw_ref: rawRef,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Google Workspace Login audit: Admin SDK Reports API activities for applicationName=login. */
export default defineSource({
  id: 'google-workspace.login',
  title: 'Google Workspace Login audit',
  description:
    'Google Workspace sign-in activity from the Admin SDK Reports API (activities.list, applicationName=login): ' +
    'the API page {"kind":"admin#reports#activities","items":[…]}, a JSON array, or NDJSON of activity objects. ' +
    'Each event of an activity (login_success, login_failure, login_challenge, suspicious_login, …) becomes one event.',
  dataset: 'google_workspace.login',
  framings: ['ndjson', 'json-array', 'json-document'],
  expects: 'Reports API activity objects with "id" {time, uniqueQualifier, applicationName: "login"}, "actor" and "events"',
  example:
    '{"kind":"admin#reports#activity","id":{"time":"2024-03-05T14:22:31.412Z","uniqueQualifier":"-4001823612357286811","applicationName":"login"},' +
    '"actor":{"email":"alex.doe@example.com","profileId":"100000000000000000001"},"ipAddress":"198.51.100.23",' +
    '"events":[{"type":"login","name":"login_success","parameters":[{"name":"login_type","value":"google_password"}]}]}',
  sniff(first) {
    if (!isObject(first) || !isObject(first.id) || !('events' in first)) return 0;
    if (!('time' in first.id) || !('uniqueQualifier' in first.id)) return 0;
    const app = first.id.applicationName;
    // Another Workspace application (drive, admin, …) has the same envelope but other events.
    if (app !== undefined && app !== 'login') return 0.3;
    return app === 'login' || first.kind === 'admin#reports#activity' ? 0.95 : 0.6;
  },
  normalize(record, ctx) {
    const parsed = Activity.safeParse(record);
    if (!parsed.success) return { ok: false, issues: flattenIssues(parsed.error) };
    const activity = parsed.data;
    const app = activity.id.applicationName;
    if (app && app !== 'login') return { ok: false, issues: [`id.applicationName: expected "login", got "${app}"`] };
    const identity = identityOf(activity, ctx.rawRef);
    const events = activity.events.map((ev, index) => toEvent(activity, ev, index, identity?.id, ctx.rawRef));
    return { ok: true, value: { events, identities: identity ? [identity] : [] } };
  },
});
