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
  host: z.object({ name: z.string().optional(), id: z.string().optional() }).optional(),
  device: z.object({ id: z.string().optional() }).optional(),
  /** ECS `network.name`: the name the organization gave the network segment (e.g. an Okta network zone). */
  network: z.object({ name: z.string().optional() }).optional(),
  molehunt: z.object({
    raw_ref: RawRefSchema,
    /** The identity record this event belongs to (see IdentityRecord.id), when the source knows it. */
    identity_id: z.string().optional(),
  }),
});

/** A normalized, ECS-named event. */
export type Event = z.infer<typeof EventSchema>;
/** The geo block shared by `source.geo` and enrichments. */
export type Geo = z.infer<typeof GeoSchema>;
