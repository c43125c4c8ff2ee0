import type { Event } from '../model/event.js';

/** What a sign-in fixture may add beyond the `signIn` factory: city, agent, MFA device, posture, zone. */
export interface SignInExtras {
  city?: string;
  userAgent?: string;
  mfaDevice?: string;
  mfaMethod?: string;
  managed?: boolean;
  network?: string;
}

/** A copy of a sign-in event (from `signIn`) with the extras set in their ECS / molehunt fields. */
export function signInWith(event: Event, extras: SignInExtras): Event {
  const geo = { ...event.source?.geo, ...(extras.city ? { city_name: extras.city } : {}) };
  return {
    ...event,
    source: { ...event.source, geo },
    ...(extras.userAgent ? { user_agent: { original: extras.userAgent } } : {}),
    ...(extras.network ? { network: { name: extras.network } } : {}),
    molehunt: {
      ...event.molehunt,
      ...(extras.mfaDevice || extras.mfaMethod ? { mfa: { ...(extras.mfaMethod ? { method: extras.mfaMethod } : {}), ...(extras.mfaDevice ? { device_id: extras.mfaDevice } : {}) } } : {}),
      ...(extras.managed !== undefined ? { device_posture: { managed: extras.managed } } : {}),
    },
  };
}

/** Desktop and phone user agents as browsers send them. */
export const DESKTOP_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';
export const PHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
