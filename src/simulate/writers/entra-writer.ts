import { createHash } from 'node:crypto';
import type { Employee, SignInPlan } from '../company.js';
import type { Rng } from '../prng.js';

const APP_IDS: Record<string, string> = {
  'Microsoft Teams': '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
  'Office 365 Exchange Online': '00000002-0000-0ff1-ce00-000000000000',
  'Office 365 SharePoint Online': '00000003-0000-0ff1-ce00-000000000000',
  'Okta Dashboard': '4765445b-32c6-49b0-83e6-1d93765276ca',
};

/** A GUID-shaped digest of a text, memoized (one device, one session a day repeat). */
function guids(): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined) {
      const h = createHash('md5').update(text).digest('hex');
      cache.set(text, (hit = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`));
    }
    return hit;
  };
}

/** A writer of Entra sign-ins with its own memo of ids; one per output file. */
export function createEntraWriter(): (rng: Rng, e: Employee, s: SignInPlan) => Record<string, unknown> {
  const guidOf = guids();
  return (rng, e, s) => entraSignIn(rng, e, s, guidOf);
}

/**
 * One Microsoft Graph `signIn` object (auditLogs/signIns) for a planned sign-in: interactive user
 * sign-ins with device posture from deviceDetail (Entra-joined laptops are managed and compliant).
 */
function entraSignIn(rng: Rng, e: Employee, s: SignInPlan, guidOf: (text: string) => string): Record<string, unknown> {
  const at = new Date(s.at).toISOString();
  const p = s.net.place;
  const mobile = /iPhone|Android/.test(s.userAgent);
  const app = s.kind === 'session' ? 'Microsoft Teams' : s.app;
  const joined = s.managed && !mobile;
  return {
    id: rng.uuid(),
    createdDateTime: at,
    userDisplayName: `${e.firstName} ${e.lastName}`,
    userPrincipalName: e.email,
    userId: e.idpUserId,
    appId: APP_IDS[app] ?? guidOf(app),
    appDisplayName: app,
    ipAddress: s.net.ip,
    clientAppUsed: mobile ? 'Mobile Apps and Desktop clients' : 'Browser',
    correlationId: guidOf(`${e.idpUserId}|${at.slice(0, 10)}|${s.net.ip}`),
    conditionalAccessStatus: s.failed ? 'notApplied' : 'success',
    isInteractive: true,
    signInEventTypes: ['interactiveUser'],
    riskDetail: 'none',
    riskLevelAggregated: 'none',
    riskLevelDuringSignIn: 'none',
    riskState: 'none',
    riskEventTypes_v2: [],
    resourceDisplayName: app,
    status: s.failed ? { errorCode: 50126, failureReason: 'Error validating credentials due to invalid username or password.', additionalDetails: null } : { errorCode: 0, failureReason: null, additionalDetails: null },
    deviceDetail: {
      deviceId: joined ? guidOf(e.device.serial) : '',
      displayName: joined ? e.device.hostname : '',
      operatingSystem: mobile ? 'Ios' : e.device.os === 'macOS' ? 'MacOs' : 'Windows10',
      browser: /Edg\//.test(s.userAgent) ? 'Edge 141.0.0' : /Safari\/605/.test(s.userAgent) ? 'Safari 26.0' : 'Chrome 141.0.0',
      isCompliant: joined,
      isManaged: joined,
      trustType: joined ? (e.device.os === 'Windows' ? 'Azure AD joined' : 'Azure AD registered') : '',
    },
    location: { city: p.city, state: p.region, countryOrRegion: p.country, geoCoordinates: { altitude: null, latitude: p.lat, longitude: p.lon } },
    authenticationDetails: [
      { authenticationStepDateTime: at, authenticationMethod: 'Password', authenticationMethodDetail: 'Password in the cloud', succeeded: !s.failed, authenticationStepResultDetail: s.failed ? 'Invalid username or password' : 'Correct password', authenticationStepRequirement: 'Primary authentication' },
    ],
    authenticationRequirement: 'singleFactorAuthentication',
    userAgent: s.userAgent,
  };
}
