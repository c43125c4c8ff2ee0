import { z } from 'zod';
import { EventSchema } from '../../model/event.js';
import { SIGN_IN_FIELDS, SUBJECT_FIELD } from './ecs-view.js';

/** What the enrichers add (src/enrich/enrichments.ts), as custom rules name it. */
export const ENRICHMENT_FIELDS: readonly string[] = [
  'enrichment.ip_scope.scope',
  'enrichment.ip_scope.corporate',
  'enrichment.ip_scope.shared_by_design',
  'enrichment.ip_intel.class',
  'enrichment.ip_intel.provider',
  'enrichment.ip_intel.asn',
  'enrichment.ip_intel.as_org',
  'enrichment.ip_intel.country',
  'enrichment.ip_intel.basis',
  'enrichment.user_agent.browser',
  'enrichment.user_agent.browser_version',
  'enrichment.user_agent.os',
  'enrichment.user_agent.os_version',
  'enrichment.user_agent.device_type',
  'enrichment.user_agent.device',
];

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

/** The leaf field paths of an object schema (lists are leaves: any element may match). */
function leaves(schema: z.ZodType, prefix = ''): string[] {
  const s = unwrap(schema);
  if (!(s instanceof z.ZodObject)) return [prefix];
  return Object.entries(s.shape as Record<string, z.ZodType>).flatMap(([key, child]) => leaves(child, prefix === '' ? key : `${prefix}.${key}`));
}

/** The canonical fields of other events (src/model/event.ts), without the raw reference. */
export const EVENT_FIELDS: readonly string[] = leaves(EventSchema).filter((f) => !f.startsWith('molehunt.raw_ref'));

/** The fields a rule over `kind` can read. */
export function knownFields(kind: 'signin' | 'event' | 'any'): string[] {
  const own = kind === 'signin' ? SIGN_IN_FIELDS : kind === 'event' ? EVENT_FIELDS : [...new Set([...SIGN_IN_FIELDS, ...EVENT_FIELDS])];
  return [SUBJECT_FIELD, ...own, ...ENRICHMENT_FIELDS];
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/**
 * Why a field is not known for `kind` and what to do, or undefined when it is known. Unknown fields
 * are warnings: vendor namespaces of events (okta.*, payroll.*) can still be read as they are.
 */
export function unknownFieldHint(field: string, kind: 'signin' | 'event' | 'any'): { message: string; hint: string } | undefined {
  const known = knownFields(kind);
  if (known.includes(field)) return undefined;
  if (kind === 'signin' && EVENT_FIELDS.includes(field)) {
    return { message: `sign-ins have no field "${field}"`, hint: `sign-ins have ${SIGN_IN_FIELDS.join(', ')}; set logsource.kind to event or any to read ${field} of other events` };
  }
  const near = known.map((k) => ({ k, d: distance(field.toLowerCase(), k.toLowerCase()) })).sort((a, b) => a.d - b.d)[0];
  const vendor = /^(okta|entra|azure|google_workspace|osquery|payroll|logistics|ats|mdm)\./.test(field);
  return {
    message: `unknown field "${field}"`,
    hint: near && near.d <= 3
      ? `did you mean ${near.k}? (\`molehunt rules validate --fields\` lists the known fields)`
      : vendor
        ? 'vendor fields are read as they are but are not part of the canonical model and may change; prefer a canonical field (`molehunt rules validate --fields`)'
        : 'a field nobody writes never matches; `molehunt rules validate --fields` lists the known fields',
  };
}
