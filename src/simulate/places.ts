import type { Zone } from './clock.js';

/** A city as the simulator places people, offices and network exits in it. */
export interface Place {
  city: string;
  /** Region name as an IdP's geolocation writes it (Okta `state`). */
  region: string;
  /** Region as an HR export writes it (state code, province, or county/land name). */
  regionCode: string;
  country: string;
  countryName: string;
  postal: string;
  lat: number;
  lon: number;
  zone: Zone;
  /**
   * Fictional phone numbers: `prefix` + a serial of `digits` digits. NANP 555-01xx, Ofcom's drama
   * ranges in the UK; elsewhere the same 555-01xx pattern (no official fictional range exists).
   */
  phone: { prefix: string; digits: number };
}

type Row = [city: string, region: string, code: string, postal: string, lat: number, lon: number, zone: Zone, phonePrefix: string];

const COUNTRY_NAMES: Record<string, string> = {
  US: 'United States', CA: 'Canada', GB: 'United Kingdom', DE: 'Germany', PT: 'Portugal', IN: 'India',
  CN: 'China', JP: 'Japan', SG: 'Singapore', FR: 'France', NL: 'Netherlands', KR: 'South Korea',
};

const ROWS: Record<string, Row[]> = {
  US: [
    ['Austin', 'Texas', 'TX', '78701', 30.2672, -97.7431, 'America/Chicago', '+1 512 555 01'],
    ['New York', 'New York', 'NY', '10001', 40.7128, -74.006, 'America/New_York', '+1 212 555 01'],
    ['Brooklyn', 'New York', 'NY', '11201', 40.6782, -73.9442, 'America/New_York', '+1 718 555 01'],
    ['Chicago', 'Illinois', 'IL', '60601', 41.8781, -87.6298, 'America/Chicago', '+1 312 555 01'],
    ['Denver', 'Colorado', 'CO', '80202', 39.7392, -104.9903, 'America/Denver', '+1 303 555 01'],
    ['Seattle', 'Washington', 'WA', '98101', 47.6062, -122.3321, 'America/Los_Angeles', '+1 206 555 01'],
    ['Portland', 'Oregon', 'OR', '97201', 45.5152, -122.6784, 'America/Los_Angeles', '+1 503 555 01'],
    ['San Francisco', 'California', 'CA', '94103', 37.7749, -122.4194, 'America/Los_Angeles', '+1 415 555 01'],
    ['Los Angeles', 'California', 'CA', '90012', 34.0522, -118.2437, 'America/Los_Angeles', '+1 213 555 01'],
    ['San Diego', 'California', 'CA', '92101', 32.7157, -117.1611, 'America/Los_Angeles', '+1 619 555 01'],
    ['Phoenix', 'Arizona', 'AZ', '85004', 33.4484, -112.074, 'America/Phoenix', '+1 602 555 01'],
    ['Atlanta', 'Georgia', 'GA', '30303', 33.749, -84.388, 'America/New_York', '+1 404 555 01'],
    ['Miami', 'Florida', 'FL', '33130', 25.7617, -80.1918, 'America/New_York', '+1 305 555 01'],
    ['Boston', 'Massachusetts', 'MA', '02108', 42.3601, -71.0589, 'America/New_York', '+1 617 555 01'],
    ['Raleigh', 'North Carolina', 'NC', '27601', 35.7796, -78.6382, 'America/New_York', '+1 919 555 01'],
    ['Minneapolis', 'Minnesota', 'MN', '55401', 44.9778, -93.265, 'America/Chicago', '+1 612 555 01'],
    ['Columbus', 'Ohio', 'OH', '43215', 39.9612, -82.9988, 'America/New_York', '+1 614 555 01'],
    ['Nashville', 'Tennessee', 'TN', '37201', 36.1627, -86.7816, 'America/Chicago', '+1 615 555 01'],
    ['Salt Lake City', 'Utah', 'UT', '84101', 40.7608, -111.891, 'America/Denver', '+1 801 555 01'],
    ['Dallas', 'Texas', 'TX', '75201', 32.7767, -96.797, 'America/Chicago', '+1 214 555 01'],
    ['Pittsburgh', 'Pennsylvania', 'PA', '15222', 40.4406, -79.9959, 'America/New_York', '+1 412 555 01'],
    ['Philadelphia', 'Pennsylvania', 'PA', '19107', 39.9526, -75.1652, 'America/New_York', '+1 215 555 01'],
    ['Madison', 'Wisconsin', 'WI', '53703', 43.0731, -89.4012, 'America/Chicago', '+1 608 555 01'],
    ['Boise', 'Idaho', 'ID', '83702', 43.615, -116.2023, 'America/Denver', '+1 208 555 01'],
  ],
  CA: [
    ['Toronto', 'Ontario', 'ON', 'M5H 2N2', 43.6532, -79.3832, 'America/Toronto', '+1 416 555 01'],
    ['Ottawa', 'Ontario', 'ON', 'K1P 1J1', 45.4215, -75.6972, 'America/Toronto', '+1 613 555 01'],
    ['Vancouver', 'British Columbia', 'BC', 'V6B 1A1', 49.2827, -123.1207, 'America/Vancouver', '+1 604 555 01'],
    ['Montreal', 'Quebec', 'QC', 'H2Y 1C6', 45.5017, -73.5673, 'America/Toronto', '+1 514 555 01'],
  ],
  GB: [
    ['London', 'England', 'Greater London', 'EC1A 1BB', 51.5072, -0.1276, 'Europe/London', '+44 20 7946 0'],
    ['Manchester', 'England', 'Greater Manchester', 'M1 1AE', 53.4808, -2.2426, 'Europe/London', '+44 161 496 0'],
    ['Edinburgh', 'Scotland', 'City of Edinburgh', 'EH1 1YZ', 55.9533, -3.1883, 'Europe/London', '+44 131 496 0'],
    ['Bristol', 'England', 'Bristol', 'BS1 4DJ', 51.4545, -2.5879, 'Europe/London', '+44 117 496 0'],
  ],
  DE: [
    ['Berlin', 'Land Berlin', 'BE', '10115', 52.52, 13.405, 'Europe/Berlin', '+49 30 555 01'],
    ['Munich', 'Bavaria', 'BY', '80331', 48.1351, 11.582, 'Europe/Berlin', '+49 89 555 01'],
    ['Hamburg', 'Hamburg', 'HH', '20095', 53.5511, 9.9937, 'Europe/Berlin', '+49 40 555 01'],
    ['Cologne', 'North Rhine-Westphalia', 'NW', '50667', 50.9375, 6.9603, 'Europe/Berlin', '+49 221 555 01'],
  ],
  PT: [
    ['Lisbon', 'Lisbon', 'Lisboa', '1100-148', 38.7223, -9.1393, 'Europe/Lisbon', '+351 21 555 01'],
    ['Porto', 'Porto', 'Porto', '4000-322', 41.1579, -8.6291, 'Europe/Lisbon', '+351 22 555 01'],
  ],
  IN: [
    ['Bengaluru', 'Karnataka', 'KA', '560001', 12.9716, 77.5946, 'Asia/Kolkata', '+91 80 5550 01'],
    ['Pune', 'Maharashtra', 'MH', '411001', 18.5204, 73.8567, 'Asia/Kolkata', '+91 20 5550 01'],
    ['Hyderabad', 'Telangana', 'TS', '500001', 17.385, 78.4867, 'Asia/Kolkata', '+91 40 5550 01'],
  ],
  // Places people only pass through: VPN exits, trips, airports, the places operators work from.
  XX: [
    ['Ashburn', 'Virginia', 'VA', '20147', 39.0438, -77.4874, 'America/New_York', '+1 703 555 01'],
    ['Frankfurt am Main', 'Hesse', 'HE', '60311', 50.1109, 8.6821, 'Europe/Berlin', '+49 69 555 01'],
    ['Litchfield Park', 'Arizona', 'AZ', '85340', 33.4934, -112.358, 'America/Phoenix', '+1 623 555 01'],
    ['Bozeman', 'Montana', 'MT', '59715', 45.677, -111.0429, 'America/Denver', '+1 406 555 01'],
    ['Shenyang', 'Liaoning', '', '110000', 41.8057, 123.4315, 'Asia/Shanghai', ''],
    ['Dandong', 'Liaoning', '', '118000', 40.1244, 124.3925, 'Asia/Shanghai', ''],
    ['Tokyo', 'Tokyo', '', '100-0001', 35.6762, 139.6503, 'Asia/Tokyo', ''],
    ['Singapore', 'Singapore', '', '018956', 1.3521, 103.8198, 'Asia/Singapore', ''],
    ['Paris', 'Ile-de-France', '', '75001', 48.8566, 2.3522, 'Europe/Berlin', ''],
    ['Amsterdam', 'North Holland', '', '1012', 52.3676, 4.9041, 'Europe/Berlin', ''],
    ['Hounslow', 'England', 'Greater London', 'TW6 1EW', 51.47, -0.4543, 'Europe/London', ''],
  ],
};

const TRANSIT_COUNTRY: Record<string, string> = {
  Ashburn: 'US', 'Frankfurt am Main': 'DE', 'Litchfield Park': 'US', Bozeman: 'US', Shenyang: 'CN', Dandong: 'CN',
  Tokyo: 'JP', Singapore: 'SG', Paris: 'FR', Amsterdam: 'NL', Hounslow: 'GB',
};

function toPlace(country: string, [city, region, code, postal, lat, lon, zone, prefix]: Row): Place {
  return {
    city, region, regionCode: code, country, countryName: COUNTRY_NAMES[country] ?? country, postal, lat, lon, zone,
    phone: { prefix, digits: prefix.startsWith('+44') ? 3 : 2 },
  };
}

/** Home and office cities by ISO country code. */
export const CITIES: Readonly<Record<string, readonly Place[]>> = Object.fromEntries(
  Object.entries(ROWS)
    .filter(([country]) => country !== 'XX')
    .map(([country, rows]) => [country, rows.map((row) => toPlace(country, row))]),
);

const TRANSIT = new Map(ROWS.XX!.map((row) => [row[0], toPlace(TRANSIT_COUNTRY[row[0]]!, row)]));

/** A city by name: a home city, or a transit place (VPN exits, airports, operator locations). */
export function place(city: string): Place {
  const found = TRANSIT.get(city) ?? Object.values(CITIES).flat().find((p) => p.city === city);
  if (!found) throw new Error(`unknown simulator place ${city}`);
  return found;
}
