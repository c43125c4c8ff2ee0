import type { PhoneIntel } from '../enrichments.js';
import { defineIdentityEnricher } from '../define-enricher.js';
import { claimedCountry, phoneIntel } from '../phone.js';

/** Validates each phone number on a record, types its line (VoIP…) and compares its region with the claimed home. */
export default defineIdentityEnricher({
  id: 'phone.number',
  title: 'Phone number validity, line type and region',
  description:
    'Parses every phone number on an identity record with libphonenumber\'s full metadata (national formats are read ' +
    'in the claimed home country), and reports whether it is a valid number, its line type (VoIP, mobile, toll-free…) ' +
    'and the country it belongs to compared with the claimed home country. Operators use VoIP numbers and malformed ' +
    'or foreign contact details (A-01, A-14). In NANP (US, Canada) the numbering plan cannot tell VoIP from mobile or ' +
    'landline, so US and Canadian numbers are never called VoIP.',
  reads: ['identifiers.phones', 'identifiers.addresses'],
  writes: 'phones',
  dataSources: [
    {
      id: 'libphonenumber.metadata',
      name: 'Google libphonenumber numbering-plan metadata 9.0.43 (via libphonenumber-js 1.13.16, max)',
      origin: 'package',
      licence: 'MIT',
      // libphonenumber-js 1.13.16's CHANGELOG: released 10.11.2026 with Google metadata 9.0.43.
      date: '2026-11-10',
      attribution: 'libphonenumber-js (MIT) by catamphetamine; metadata from Google libphonenumber (Apache-2.0)',
      url: 'https://github.com/catamphetamine/libphonenumber-js',
    },
  ],
  prepare() {
    // One person's number recurs on HR, ATS and IdP records; parsing with full metadata is not free.
    const cache = new Map<string, PhoneIntel>();
    return (record) => {
      const claimed = claimedCountry(record);
      return record.identifiers.phones.map((raw) => {
        const key = `${raw}\0${claimed ?? ''}`;
        let intel = cache.get(key);
        if (!intel) cache.set(key, (intel = phoneIntel(raw, claimed)));
        return intel;
      });
    };
  },
});
