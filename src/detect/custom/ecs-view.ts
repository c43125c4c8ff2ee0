import type { Enrichments } from '../../enrich/enrichments.js';
import type { Event } from '../../model/event.js';
import { eventKey, type SignIn } from '../../model/sign-in.js';

/** What a custom rule reads of one sign-in or event: a value (scalar or list) by canonical field name. */
export interface FieldView {
  get(field: string): unknown;
}

/** The pseudo-field holding the subject (person) the event belongs to. */
export const SUBJECT_FIELD = 'subject';

/** The ECS fields of a sign-in fact, as the events they came from name them. */
const SIGN_IN: Readonly<Record<string, (s: SignIn) => unknown>> = {
  '@timestamp': (s) => new Date(s.at).toISOString(),
  'event.id': (s) => s.id,
  // The stored key is `<dataset>:<event.id>`.
  'event.dataset': (s) => s.key.slice(0, s.key.length - s.id.length - 1),
  'event.category': () => ['authentication'],
  'event.type': () => ['start'],
  'event.outcome': (s) => s.outcome,
  'source.ip': (s) => s.ip,
  'source.geo.country_iso_code': (s) => s.country,
  'source.geo.city_name': (s) => s.city,
  'source.geo.location.lat': (s) => s.lat,
  'source.geo.location.lon': (s) => s.lon,
  'user.email': (s) => s.account,
  'network.name': (s) => s.network,
  'user_agent.original': (s) => s.userAgent,
  'molehunt.identity_id': (s) => s.identity,
  'molehunt.mfa.device_id': (s) => s.mfaDevice,
  'molehunt.device_posture.managed': (s) => s.managed,
};

/** The fields sign-ins have (besides `enrichment.*` and `subject`). */
export const SIGN_IN_FIELDS: readonly string[] = Object.keys(SIGN_IN);

/** Split field names: a rule reads the same few fields on every event. */
const SPLIT = new Map<string, readonly string[]>();

/** A dotted path into a plain object; own properties only, so `constructor` is not a field. */
function walk(value: unknown, path: string): unknown {
  let keys = SPLIT.get(path);
  if (!keys) SPLIT.set(path, (keys = path.split('.')));
  let at: unknown = value;
  for (const key of keys) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

const ENRICHMENT = 'enrichment.';

/** The ECS view of a sign-in fact; enrichments are computed only if the rule reads them. */
export function signInView(signIn: SignIn, subject: string, enrichment: () => Partial<Enrichments>): FieldView {
  return {
    get(field) {
      if (field === SUBJECT_FIELD) return subject;
      if (field.startsWith(ENRICHMENT)) return walk(enrichment(), field.slice(ENRICHMENT.length));
      return SIGN_IN[field]?.(signIn);
    },
  };
}

/** The ECS view of any other event: its own fields, `enrichment.*` of its address and agent, and `subject`. */
export function eventView(event: Event, subject: string, enrichment: () => Partial<Enrichments>): FieldView {
  return {
    get(field) {
      if (field === SUBJECT_FIELD) return subject;
      if (field.startsWith(ENRICHMENT)) return walk(enrichment(), field.slice(ENRICHMENT.length));
      return walk(event, field);
    },
  };
}

/**
 * The observation of a non-sign-in event in the shape ctx.enrichment takes (a sign-in fact), so its
 * source address and user agent are enriched like a sign-in's. Undefined when there is nothing to enrich.
 */
export function observationOf(event: Event): SignIn | undefined {
  const ip = event.source?.ip;
  const userAgent = event.user_agent?.original;
  if (!ip && !userAgent) return undefined;
  return {
    key: eventKey(event),
    id: event.event.id,
    at: Date.parse(event['@timestamp']),
    identity: event.molehunt.identity_id ?? '',
    outcome: event.event.outcome,
    raw: event.molehunt.raw_ref,
    ...(ip ? { ip } : {}),
    ...(userAgent ? { userAgent } : {}),
    ...(event.network?.name ? { network: event.network.name } : {}),
    ...(event.source?.geo?.country_iso_code ? { country: event.source.geo.country_iso_code } : {}),
  };
}
