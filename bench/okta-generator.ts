import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/**
 * Writes `total` Okta System Log events (~1 KB each, the shape /api/v1/logs returns) as NDJSON: 5,000
 * accounts on home connections across US cities, with a small share of relays abroad and of
 * shared connections so that E-03 and E-04 have something to find. Deterministic.
 */
export async function writeOktaLog(path: string, total: number): Promise<void> {
  const out = createWriteStream(path);
  const cities = [
    ['Austin', 'Texas', 30.27, -97.74], ['Denver', 'Colorado', 39.74, -104.99], ['Seattle', 'Washington', 47.61, -122.33],
    ['Boston', 'Massachusetts', 42.36, -71.06], ['Chicago', 'Illinois', 41.88, -87.63], ['Miami', 'Florida', 25.76, -80.19],
  ] as const;
  const accounts = 5000;
  const start = Date.parse('2026-01-01T00:00:00Z');
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < total; i++) {
    const user = Math.floor(rand() * accounts);
    const [city, state, lat, lon] = cities[user % cities.length]!;
    // 1 in 500 sign-ins relays through Shenyang; accounts 0–29 share ten connections (laptop farms).
    const abroad = rand() < 0.002;
    const ip = abroad ? `203.0.113.${user % 250}` : user < 30 ? `198.51.100.${user % 10}` : `10.${(user >> 8) & 255}.${user & 255}.1`.replace(/^10\./, '192.0.2.') ;
    const geo = abroad
      ? { city: 'Shenyang', state: 'Liaoning', country: 'China', postalCode: '110000', geolocation: { lat: 41.8, lon: 123.43 } }
      : { city, state, country: 'United States', postalCode: '00000', geolocation: { lat, lon } };
    const eventType = i % 3 === 0 ? 'user.session.start' : 'user.authentication.sso';
    const line = JSON.stringify({
      actor: { id: `00u${user.toString(36).padStart(6, '0')}bench`, type: 'User', alternateId: `user${user}@example.com`, displayName: `User ${user}`, detailEntry: null },
      client: {
        userAgent: { rawUserAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36', os: 'Mac OS X', browser: 'CHROME' },
        zone: 'null', device: 'Computer', id: null, ipAddress: ip, geographicalContext: geo,
      },
      device: null,
      authenticationContext: { authenticationProvider: null, credentialProvider: null, credentialType: null, issuer: null, interface: null, authenticationStep: 0, externalSessionId: `102${user.toString(36)}sess${Math.floor(i / 50)}` },
      displayMessage: eventType === 'user.session.start' ? 'User login to Okta' : 'User single sign on to app',
      eventType,
      outcome: { result: 'SUCCESS', reason: null },
      published: new Date(start + i * 2000 + Math.floor(rand() * 1000)).toISOString(),
      securityContext: { asNumber: 64496, asOrg: 'Example Cable', isp: 'Example Cable', domain: 'example.net', isProxy: false },
      severity: 'INFO',
      debugContext: { debugData: { requestId: `req${i}`, requestUri: '/idp/idx/authenticate', threatSuspected: 'false', url: '/idp/idx/authenticate?' } },
      legacyEventType: eventType === 'user.session.start' ? 'core.user_auth.login_success' : 'app.auth.sso',
      transaction: { type: 'WEB', id: `tx${i}`, detail: {} },
      uuid: `b${i.toString(16).padStart(7, '0')}-4f77-11ea-97fb-5925e98228bd`,
      version: '0',
      request: { ipChain: [{ ip, geographicalContext: geo, version: 'V4', source: null }] },
      target: null,
    });
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
