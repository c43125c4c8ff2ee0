import { z } from 'zod';
import { RawRefSchema } from './raw-ref.js';

const GeoSchema = z.object({
  city_name: z.string().optional(),
  region_name: z.string().optional(),
  country_name: z.string().optional(),
  /** ISO 3166-1 alpha-2, upper case. Rules compare countries by this field only. */
  country_iso_code: z.string().regex(/^[A-Z]{2}$/).optional(),
  postal_code: z.string().optional(),
  location: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
});

const AsSchema = z.object({
  number: z.number().int().nonnegative().optional(),
  organization: z.object({ name: z.string().optional() }).optional(),
});

/** ECS `event.outcome` values. */
export const OutcomeSchema = z.enum(['success', 'failure', 'unknown']);

/**
 * A normalized record with ECS field names. Sources map vendor fields onto these names;
 * rules read only these names (and enrichments), never vendor namespaces. Vendor-specific
 * detail a later stage may need is kept under the vendor's own namespace (e.g. `okta.*`).
 */
export const EventSchema = z.looseObject({
  '@timestamp': z.iso.datetime({ offset: true }),
  event: z.object({
    id: z.string().min(1),
    dataset: z.string().min(1),
    action: z.string().min(1),
    kind: z.enum(['event', 'asset', 'state']).default('event'),
    category: z.array(z.string()).default([]),
    type: z.array(z.string()).default([]),
    outcome: OutcomeSchema.default('unknown'),
    reason: z.string().optional(),
  }),
  user: z
    .object({
      id: z.string().optional(),
      name: z.string().optional(),
      email: z.string().optional(),
      full_name: z.string().optional(),
    })
    .optional(),
  source: z.object({ ip: z.string().optional(), geo: GeoSchema.optional(), as: AsSchema.optional() }).optional(),
  user_agent: z.object({ original: z.string() }).optional(),
  host: z
    .object({
      name: z.string().optional(),
      id: z.string().optional(),
      hostname: z.string().optional(),
      os: z.object({ name: z.string().optional(), version: z.string().optional(), platform: z.string().optional() }).optional(),
    })
    .optional(),
  /** ECS device.*: the physical device (serial, model), e.g. from MDM or osquery system_info. */
  device: z
    .object({
      id: z.string().optional(),
      serial_number: z.string().optional(),
      manufacturer: z.string().optional(),
      model: z.object({ identifier: z.string().optional(), name: z.string().optional() }).optional(),
    })
    .optional(),
  /** ECS package.*: installed software (osquery programs, apps, deb/rpm/homebrew packages, browser extensions). */
  package: z.object({ name: z.string(), version: z.string().optional(), type: z.string().optional(), path: z.string().optional() }).optional(),
  /** ECS process.*: a running or started process. */
  process: z
    .object({
      pid: z.number().int().optional(),
      name: z.string().optional(),
      executable: z.string().optional(),
      command_line: z.string().optional(),
      parent: z.object({ pid: z.number().int().optional() }).optional(),
    })
    .optional(),
  /** ECS `network.name`: the name the organization gave the network segment (e.g. an Okta network zone). */
  network: z.object({ name: z.string().optional() }).optional(),
  molehunt: z.object({
    raw_ref: RawRefSchema,
    /** The identity record this event belongs to (see IdentityRecord.id), when the source knows it. */
    identity_id: z.string().optional(),
    /** The IdP's session or correlation id (Okta externalSessionId, Entra correlationId/sessionId). */
    session_id: z.string().optional(),
    /** How the device that signed in is managed (Entra deviceDetail, MDM): not ECS. */
    device_posture: z
      .object({ managed: z.boolean().optional(), compliant: z.boolean().optional(), trust_type: z.string().optional() })
      .optional(),
    /** The second factor used: method and the authenticator device or credential id (E-09 shared MFA device). */
    mfa: z.object({ method: z.string().optional(), device_id: z.string().optional(), provider: z.string().optional() }).optional(),
    /** The IdP's own risk verdict (Entra riskState/riskLevel, Okta threatSuspected, Google suspicious_login). */
    risk: z.object({ state: z.string().optional(), level: z.string().optional() }).optional(),
    /** A USB device as the host enumerated it (osquery usb_devices): IP-KVM signatures (F-04, F-05). */
    usb: z
      .object({
        vendor_id: z.string().optional(),
        product_id: z.string().optional(),
        vendor: z.string().optional(),
        product: z.string().optional(),
        serial: z.string().optional(),
        class: z.string().optional(),
        subclass: z.string().optional(),
        protocol: z.string().optional(),
        removable: z.boolean().optional(),
      })
      .optional(),
    /** An attached display (osquery connected_displays): EDID names reveal IP-KVMs (F-05). */
    display: z.object({ name: z.string().optional(), vendor: z.string().optional(), serial: z.string().optional() }).optional(),
    /** An SSH public key found on a device or account (I-02): its fingerprint, never the key material alone. */
    ssh_key: z.object({ fingerprint: z.string(), algorithm: z.string().optional(), comment: z.string().optional(), path: z.string().optional() }).optional(),
    /** A network interface (osquery interface_details). */
    interface: z.object({ name: z.string().optional(), mac: z.string().optional(), type: z.string().optional() }).optional(),
  }),
});

/** A normalized, ECS-named event. */
export type Event = z.infer<typeof EventSchema>;
/** The geo block shared by `source.geo` and enrichments. */
export type Geo = z.infer<typeof GeoSchema>;
