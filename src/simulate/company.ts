import type { Zone } from './clock.js';
import type { Egress } from './networks.js';
import type { Place } from './places.js';

/** A postal address as HR, ATS and shipping exports write it. */
export interface Address {
  line1: string;
  line2?: string;
  city: string;
  region: string;
  postal: string;
  country: string;
}

/** A USB device as osquery's usb_devices reports it, and when it appeared. */
export interface UsbDevice {
  at: number;
  vendorId: string;
  productId: string;
  vendor: string;
  product: string;
  serial: string;
  usbClass: string;
  subclass: string;
  protocol: string;
}

/** A process osquery saw (process_events), with when it ran. */
export interface ProcessRun {
  at: number;
  path: string;
  cmdline: string;
}

/** A company laptop: MDM record, shipment target and osquery host. */
export interface Device {
  serial: string;
  assetTag: string;
  hostname: string;
  hostUuid: string;
  os: 'macOS' | 'Windows';
  osVersion: string;
  model: string;
  manufacturer: string;
  hardwareModel: string;
  managed: boolean;
  enrolledAt: number;
  lastCheckIn: number;
  lastIp: string;
  /** Software installed when the laptop was set up, by catalog name (see software.ts). */
  software: string[];
  /** Software installed later, and when. */
  installs: { at: number; name: string }[];
  usb: UsbDevice[];
  processes: ProcessRun[];
  displays: { at: number; name: string; vendorId: string; serial: string }[];
  /** Registry or preference rows of custom queries (e.g. keyboard layouts), as osquery writes them. */
  custom: { at: number; query: string; columns: Record<string, string> }[];
}

/** One payout election row. Account numbers are synthetic; molehunt fingerprints them on ingest. */
export interface PayrollRow {
  effective: number;
  method: 'ach' | 'wire' | 'paypal' | 'payoneer' | 'wise' | 'crypto';
  payeeName: string;
  bankName?: string;
  bankCountry?: string;
  routing?: string;
  account?: string;
  wallet?: string;
  chain?: string;
}

/** A laptop shipment. */
export interface Shipment {
  id: string;
  shipDate: number;
  recipient: string;
  to: Address;
  carrier: string;
  status: string;
}

/** How and from where a person signs in. */
export interface Behavior {
  /** The zone the person's day really follows (an operator's may differ from the claimed one). */
  rhythmZone: Zone;
  startHour: number;
  hours: number;
  weekendWork: number;
  /** Share of sign-ins from a phone on a mobile carrier. */
  mobileShare: number;
  /** The phone's carrier gateway (US staff; elsewhere phones are on home Wi-Fi here). */
  mobileNet?: Egress;
  /** The phone's browser or authenticator app. */
  phoneAgent: string;
  /** Share of workdays on the corporate VPN (full tunnel). */
  corporateVpnShare: number;
  /** The connections an operator uses instead of home/office, with weights. */
  exits?: readonly (readonly [Egress, number])[];
  relay?: boolean;
  /** Whether the IdP sees a managed device. */
  managed: boolean;
  userAgent: string;
  /** Day indexes (0 = first simulated day) the person is signed in around the clock. */
  alwaysOnDays: number[];
  daysOff: number[];
  trips: Trip[];
}

/** A business trip: flights with airport sign-ins, a stay in another city. */
export interface Trip {
  firstDay: number;
  lastDay: number;
  stay: Egress;
  zone: Zone;
  legs: { day: number; from: Egress; to: Egress; departLocal: number; flightHours: number }[];
}

/** A person in the HR directory. */
export interface Employee {
  employeeId: string;
  firstName: string;
  lastName: string;
  email: string;
  personalEmail: string;
  phone: string;
  title: string;
  department: string;
  employmentType: 'full_time' | 'part_time' | 'contractor';
  start: number;
  home: Address;
  homePlace: Place;
  homeNet: Egress;
  timezone: Zone;
  arrangement: 'office' | 'hybrid' | 'remote';
  office?: string;
  idp: 'okta' | 'entra';
  idpUserId: string;
  managerEmail?: string;
  device: Device;
  shipments: Shipment[];
  payroll: PayrollRow[];
  behavior: Behavior;
  /** Sign-ins a scenario writes by hand (flights, first unmanaged sign-in), besides the daily routine. */
  extraSignIns: SignInPlan[];
}

/** One application in the ATS. */
export interface Applicant {
  applicantId: string;
  name: string;
  email: string;
  phone?: string;
  location: { city: string; region: string; country: string };
  sourceChannel: string;
  appliedAt: number;
  resumeText: string;
  photoFile?: string;
  /** 64-bit perceptual hash of the photo (16 hex digits), as an ATS-side hashing job would add it. */
  photoHash?: string;
  /** The browser's Accept-Language header when the candidate applied. */
  acceptLanguage?: string;
  linkedin?: string;
  github?: string;
  portfolio?: string;
  education: string;
  status: string;
  referredBy?: string;
  ip: string;
  employeeId?: string;
}

/** A sign-in before it is written in a vendor's format. */
export interface SignInPlan {
  at: number;
  net: Egress;
  kind: 'session' | 'sso';
  app: string;
  managed: boolean;
  userAgent: string;
  failed?: boolean;
}
