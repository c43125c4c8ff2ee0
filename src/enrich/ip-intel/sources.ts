import type { DataSourceInfo } from '../define-enricher.js';

/** The datasets behind ip.intel, with licences, data dates and the attribution CC BY 4.0 asks for. */
export const IP_INTEL_SOURCES: readonly DataSourceInfo[] = [
  {
    id: 'ip-location-db.geo-whois-asn-country',
    name: '@ip-location-db/geo-whois-asn-country-mmdb 2.3.2026061719 (GeoFeed > RIR WHOIS > ASN country)',
    origin: 'package',
    licence: 'CC0-1.0',
    date: '2026-06-17',
    attribution:
      'Country data: ip-location-db (https://github.com/sapics/ip-location-db), CC0 1.0; built from OpenGeoFeed, RIR WHOIS and ' +
      'NRO delegation data (NRO data CC BY 4.0, https://www.nro.net/). The npm release is deprecated upstream and known to contain data bugs.',
    url: 'https://github.com/sapics/ip-location-db',
  },
  {
    id: 'ip-location-db.asn',
    name: '@ip-location-db/asn 2.3.2026061719 (RouteViews + DB-IP ASN Lite + NRO)',
    origin: 'package',
    licence: 'CC-BY-4.0',
    date: '2026-06-17',
    attribution:
      'ASN data: ip-location-db (https://github.com/sapics/ip-location-db) by sapics, CC BY 4.0, from RouteViews ' +
      '(https://www.routeviews.org/, CC BY 4.0), DB-IP "IP to ASN Lite" (IP Geolocation by DB-IP, https://db-ip.com/, CC BY 4.0) ' +
      'and the NRO (https://www.nro.net/, CC BY 4.0). Modified: parsed into in-memory range tables.',
    url: 'https://github.com/sapics/ip-location-db',
  },
  {
    id: 'molehunt.ip-asn-classes',
    name: 'Curated ASN classes (data/ip-asn-classes.csv; sources in data/SOURCES.md)',
    origin: 'curated',
    licence: 'project licence',
    date: '2026-11-21',
  },
  {
    id: 'molehunt.ip-ranges',
    name: 'Curated IP ranges: DPRK allocation, VPN-exit IOCs from a published DPRK IT-worker case (data/ip-ranges.csv; sources in data/SOURCES.md)',
    origin: 'curated',
    licence: 'project licence',
    date: '2026-11-21',
  },
];
