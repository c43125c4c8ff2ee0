import { createRequire } from 'node:module';
import type { UserAgentIntel } from '../enrichments.js';
import { defineEnricher } from '../define-enricher.js';

// ua-parser-js 1.x is MIT (2.x changed to AGPL): CommonJS, loaded through require.
const UAParser = createRequire(import.meta.url)('ua-parser-js') as new (ua: string) => {
  getResult(): { browser: { name?: string; version?: string }; os: { name?: string; version?: string }; device: { type?: string; vendor?: string; model?: string } };
};

/** Browser, OS and device type of a sign-in's user agent (ua-parser-js). */
export default defineEnricher({
  id: 'ua.parse',
  title: 'User agent',
  description:
    'Parses the user agent of a sign-in into browser, operating system and device type (desktop, mobile, tablet…), ' +
    'so rules can compare the devices a person signs in from. Agents are set by the client and easy to forge: a signal, never proof.',
  reads: ['userAgent'],
  writes: 'user_agent',
  dataSources: [
    { id: 'ua-parser-js', name: 'ua-parser-js 1.0.41 regular expressions', origin: 'package', licence: 'MIT', date: '2025-08-20', url: 'https://github.com/faisalman/ua-parser-js' },
  ],
  prepare() {
    return ({ userAgent }): UserAgentIntel | undefined => {
      if (!userAgent) return undefined;
      const { browser, os, device } = new UAParser(userAgent).getResult();
      const out: UserAgentIntel = { device_type: device.type ?? 'desktop' };
      if (browser.name) out.browser = browser.name;
      if (browser.version) out.browser_version = browser.version;
      if (os.name) out.os = os.name;
      if (os.version) out.os_version = os.version;
      const model = [device.vendor, device.model].filter(Boolean).join(' ');
      if (model) out.device = model;
      return out;
    };
  },
});
