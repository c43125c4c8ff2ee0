import type { Event } from './event.js';
import type { RawRef } from './raw-ref.js';

/**
 * A sign-in reduced to what sign-in rules read: who, when, from where, with what result. Stored as
 * columns beside each event and loaded without parsing documents, so analysis of millions of
 * sign-ins stays in bounded memory.
 */
export interface SignIn {
  /** The stored key of the event (`<dataset>:<event.id>`). */
  key: string;
  /** ECS event.id. */
  id: string;
  /** Epoch milliseconds. */
  at: number;
  /** The identity record the sign-in belongs to. */
  identity: string;
  account?: string;
  outcome: Event['event']['outcome'];
  ip?: string;
  country?: string;
  city?: string;
  lat?: number;
  lon?: number;
  /** ECS network.name (e.g. an Okta network zone). */
  network?: string;
  /** ECS user_agent.original. */
  userAgent?: string;
  /** The MFA authenticator (enrolled device, phone or credential id) that completed the sign-in. */
  mfaDevice?: string;
  /** Whether the signing-in device is managed by the organization, when the IdP says. */
  managed?: boolean;
  raw: RawRef;
}

/** The stored key of an event: idempotent across re-ingests of the same file. */
export function eventKey(event: Event): string {
  return `${event.event.dataset}:${event.event.id}`;
}

/** True for events that record a person starting a session or signing in to an app. */
export function isSignInEvent(event: Event): boolean {
  return event.event.category.includes('authentication') && event.event.type.includes('start');
}

/** The sign-in fact of an event, or undefined when the event is not a person's sign-in. */
export function signInOf(event: Event): SignIn | undefined {
  const identity = event.molehunt.identity_id;
  if (!identity || !isSignInEvent(event)) return undefined;
  const geo = event.source?.geo;
  const account = event.user?.email ?? event.user?.name ?? event.user?.id;
  return {
    key: eventKey(event),
    id: event.event.id,
    at: Date.parse(event['@timestamp']),
    identity,
    outcome: event.event.outcome,
    raw: event.molehunt.raw_ref,
    ...(account ? { account } : {}),
    ...(event.source?.ip ? { ip: event.source.ip } : {}),
    ...(geo?.country_iso_code ? { country: geo.country_iso_code } : {}),
    ...(geo?.city_name ? { city: geo.city_name } : {}),
    ...(geo?.location ? { lat: geo.location.lat, lon: geo.location.lon } : {}),
    ...(event.network?.name ? { network: event.network.name } : {}),
    ...(event.user_agent?.original ? { userAgent: event.user_agent.original } : {}),
    ...(event.molehunt.mfa?.device_id ? { mfaDevice: event.molehunt.mfa.device_id } : {}),
    ...(event.molehunt.device_posture?.managed !== undefined ? { managed: event.molehunt.device_posture.managed } : {}),
  };
}
