import type { Rng } from './prng.js';

const MAC = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:144.0) Gecko/20100101 Firefox/144.0',
];
const WINDOWS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0',
];
const MOBILE = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
  'Okta Verify/9.52.0 (iPhone; iOS 18.6)',
  'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36',
];

/** The browser a person uses on their laptop (Safari only on a Mac). */
export function desktopAgent(rng: Rng, os: 'macOS' | 'Windows'): string {
  return os === 'macOS' ? rng.weighted([[MAC[0]!, 6], [MAC[1]!, 3], [MAC[2]!, 1]]) : rng.weighted([[WINDOWS[0]!, 6], [WINDOWS[1]!, 4]]);
}

/** Safari on a Mac: the browser iCloud Private Relay works in. */
export const SAFARI_MAC = MAC[1]!;

/** A phone's browser or Okta Verify. */
export function mobileAgent(rng: Rng): string {
  return rng.pick(MOBILE);
}

/** OS and browser names as Okta's client.userAgent writes them. */
export function oktaAgentParts(ua: string): { os: string; browser: string } {
  const os = /iPhone/.test(ua) ? 'iOS' : /Android/.test(ua) ? 'Android' : /Windows/.test(ua) ? 'Windows 10' : 'Mac OS X';
  const browser = /Okta Verify/.test(ua) ? 'UNKNOWN' : /Edg\//.test(ua) ? 'EDGE_CHROMIUM' : /Firefox/.test(ua) ? 'FIREFOX' : /Chrome/.test(ua) ? 'CHROME' : 'SAFARI';
  return { os, browser };
}
