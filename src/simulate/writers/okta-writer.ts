import { createHash } from 'node:crypto';
import type { Employee, SignInPlan } from '../company.js';
import type { Rng } from '../prng.js';
import { oktaAgentParts } from '../user-agents.js';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/** md5 of repeated texts (one device, one session a day) computed once. */
function memo(): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined) cache.set(text, (hit = md5(text)));
    return hit;
  };
}

/** The Okta app instance id of an app (stable, 0oa + 17 characters). */
function appInstanceId(app: string, hash: (text: string) => string): string {
  return `0oa${hash(app).slice(0, 17)}`;
}

/** A writer of Okta events with its own memo of ids; one per output file. */
export function createOktaWriter(): (rng: Rng, e: Employee, s: SignInPlan) => Record<string, unknown> {
  const hash = memo();
  return (rng, e, s) => oktaEvent(rng, e, s, hash);
}

/**
 * One Okta System Log LogEvent for a planned sign-in, shaped like Okta's own export (see
 * examples/okta-system-log.ndjson): geolocation from where the address geolocates, the session id
 * shared by one person's sign-ins of one day and address, device context from Okta Verify.
 */
function oktaEvent(rng: Rng, e: Employee, s: SignInPlan, hash: (text: string) => string): Record<string, unknown> {
  const uuid = rng.uuid();
  const p = s.net.place;
  const geo = { city: p.city, state: p.region, country: p.countryName, postalCode: p.postal, geolocation: { lat: p.lat, lon: p.lon } };
  const session = hash(`${e.idpUserId}|${new Date(s.at).toISOString().slice(0, 10)}|${s.net.ip}`).slice(0, 22);
  const mobile = /iPhone|Android/.test(s.userAgent);
  const { os, browser } = oktaAgentParts(s.userAgent);
  const start = s.kind === 'session';
  return {
    actor: { id: e.idpUserId, type: 'User', alternateId: e.email, displayName: `${e.firstName} ${e.lastName}`, detailEntry: null },
    client: {
      userAgent: { rawUserAgent: s.userAgent, os, browser },
      zone: s.net.zone ?? 'null',
      device: mobile ? 'Mobile' : 'Computer',
      id: null,
      ipAddress: s.net.ip,
      geographicalContext: geo,
    },
    device: {
      id: `guo${hash(`${e.idpUserId}|${mobile ? 'phone' : s.managed ? e.device.serial : 'unmanaged'}`).slice(0, 17)}`,
      name: mobile ? 'iPhone' : s.managed ? e.device.hostname : 'DESKTOP',
      os_platform: mobile ? 'IOS' : e.device.os === 'macOS' ? 'MACOS' : 'WINDOWS',
      managed: s.managed,
      registered: s.managed || mobile,
    },
    authenticationContext: { authenticationProvider: null, credentialProvider: null, credentialType: null, issuer: null, interface: null, authenticationStep: 0, externalSessionId: `102${session}` },
    displayMessage: start ? 'User login to Okta' : 'User single sign on to app',
    eventType: start ? 'user.session.start' : 'user.authentication.sso',
    outcome: s.failed ? { result: 'FAILURE', reason: 'INVALID_CREDENTIALS' } : { result: 'SUCCESS', reason: null },
    published: new Date(s.at).toISOString(),
    securityContext: { asNumber: s.net.asn, asOrg: s.net.asOrg, isp: s.net.isp, domain: s.net.domain, isProxy: s.net.kind === 'vpn' },
    severity: s.failed ? 'WARN' : 'INFO',
    debugContext: { debugData: { requestUri: start ? '/idp/idx/authenticate' : `/app/${s.app.toLowerCase().replace(/[^a-z0-9]+/g, '')}/sso/saml`, deviceFingerprint: hash(`${e.idpUserId}|${s.userAgent}`), threatSuspected: 'false' } },
    legacyEventType: start ? (s.failed ? 'core.user_auth.login_failed' : 'core.user_auth.login_success') : 'app.auth.sso',
    transaction: { type: 'WEB', id: uuid.replace(/-/g, '').slice(0, 23), detail: {} },
    uuid,
    version: '0',
    request: { ipChain: [{ ip: s.net.ip, geographicalContext: geo, version: s.net.ip.includes(':') ? 'V6' : 'V4', source: null }] },
    target: start ? null : [{ id: appInstanceId(s.app, hash), type: 'AppInstance', alternateId: s.app, displayName: s.app, detailEntry: { signOnModeType: 'SAML_2_0' } }],
  };
}
