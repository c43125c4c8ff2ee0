import { claimedZone } from '../claimed-time-zone.js';
import { defineIdentityEnricher } from '../define-enricher.js';

/** The time zone an identity record claims, for activity-rhythm rules (E-05, E-06). */
export default defineIdentityEnricher({
  id: 'time.zone',
  title: 'Claimed time zone',
  description:
    'The time zone a person claims: the HR timezone field when it names a real zone, else the home address (a US state, ' +
    'or a country whose zones keep one offset). Analysis counts each subject\'s sign-ins per local hour and weekday in that zone ' +
    'and in UTC+9, for the working-rhythm rules.',
  reads: ['attributes.timezone', 'identifiers.addresses'],
  writes: 'time_zone',
  dataSources: [
    // The runtime's tzdata (process.versions.tz: 2025c on Node 20.20.2); the day of that release was not verified,
    // so the date is the start of its year — a lower bound that makes `intel status` err towards "old".
    { id: 'iana.tzdata', name: 'IANA time zone database in the Node.js runtime (2025c on Node 20.20.2; release day not verified)', origin: 'builtin', licence: 'public domain', date: '2025-01-01', url: 'https://www.iana.org/time-zones' },
    { id: 'countries-and-timezones', name: 'countries-and-timezones 3.10.0', origin: 'package', licence: 'MIT', date: '2026-08-06' },
  ],
  prepare() {
    return (record) => claimedZone([record]);
  },
});
