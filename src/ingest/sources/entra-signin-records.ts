import { z } from 'zod';
import { flattenIssues, type ParseResult } from '../../model/parse-result.js';
import { sha256 } from '../hash.js';
import { EntraDateTime } from './entra-time.js';

/** The two shapes an Entra sign-in arrives in (Graph object, diagnostic record), read into one. */

const nullableString = z.string().nullish();

/** The fields of a Microsoft Graph `signIn` (and of `properties` in diagnostic records) that molehunt maps. */
export const SignInFields = z.object({
  id: nullableString,
  createdDateTime: nullableString,
  userDisplayName: nullableString,
  userPrincipalName: nullableString,
  userId: nullableString,
  userType: nullableString,
  appId: nullableString,
  appDisplayName: nullableString,
  ipAddress: nullableString,
  clientAppUsed: nullableString,
  correlationId: nullableString,
  sessionId: nullableString,
  uniqueTokenIdentifier: nullableString,
  conditionalAccessStatus: nullableString,
  isInteractive: z.boolean().nullish(),
  signInEventTypes: z.array(z.string()).nullish(),
  riskDetail: nullableString,
  riskLevelAggregated: nullableString,
  riskLevelDuringSignIn: nullableString,
  riskState: nullableString,
  riskEventTypes_v2: z.array(z.string()).nullish(),
  resourceDisplayName: nullableString,
  status: z
    .object({
      errorCode: z.union([z.number().int(), z.string()]).nullish(),
      failureReason: nullableString,
      additionalDetails: nullableString,
    })
    .nullish(),
  deviceDetail: z
    .object({
      deviceId: nullableString,
      displayName: nullableString,
      operatingSystem: nullableString,
      browser: nullableString,
      isCompliant: z.boolean().nullish(),
      isManaged: z.boolean().nullish(),
      trustType: nullableString,
    })
    .nullish(),
  location: z
    .object({
      city: nullableString,
      state: nullableString,
      countryOrRegion: nullableString,
      geoCoordinates: z
        .object({
          latitude: z.number().min(-90).max(90).nullish(),
          longitude: z.number().min(-180).max(180).nullish(),
          altitude: z.number().nullish(),
        })
        .nullish(),
    })
    .nullish(),
  authenticationDetails: z
    .array(
      z.object({
        authenticationMethod: nullableString,
        authenticationMethodDetail: nullableString,
        succeeded: z.boolean().nullish(),
        authenticationStepRequirement: nullableString,
        authenticationStepResultDetail: nullableString,
      }),
    )
    .nullish(),
  authenticationRequirement: nullableString,
  userAgent: nullableString,
  servicePrincipalId: nullableString,
  servicePrincipalName: nullableString,
});
export type SignInFields = z.infer<typeof SignInFields>;

/** A Graph `signIn` object: `id` and `createdDateTime` are what make it one. */
const GraphSignIn = SignInFields.extend({ id: z.string().min(1), createdDateTime: EntraDateTime });

/** An Azure Monitor diagnostic-settings record (Event Hub, storage account) of a sign-in log category. */
const DiagnosticRecord = z.object({
  time: EntraDateTime,
  category: z
    .string()
    .refine((category) => category.endsWith('SignInLogs'), {
      message: 'not a sign-in log category (expected SignInLogs, NonInteractiveUserSignInLogs, ServicePrincipalSignInLogs or ManagedIdentitySignInLogs)',
    })
    .nullish(),
  operationName: nullableString,
  resultType: z.union([z.string(), z.number().int()]).nullish(),
  resultDescription: nullableString,
  callerIpAddress: nullableString,
  correlationId: nullableString,
  properties: SignInFields.nullish(),
});

/** One sign-in, whichever of the two shapes it arrived in. */
export interface EntraSignIn {
  timestamp: string;
  /** The vendor id, or a content hash when a diagnostic record has none. */
  id: string;
  action: string;
  category: string | undefined;
  resultType: string | number | undefined;
  resultDescription: string | undefined;
  callerIp: string | undefined;
  correlationId: string | undefined;
  fields: SignInFields;
}

export type Actor = 'user' | 'service-principal' | 'managed-identity';

export const OPERATION = 'Sign-in activity';

/** Entra writes "" for many absent values (deviceId, trustType, servicePrincipalId). */
export function present(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}


/** Azure sometimes appends the client port to callerIpAddress (`1.2.3.4:5678`, `[::1]:5678`). */
export function withoutPort(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return v4 ? v4[1] : address;
}

/** JSON with sorted keys, so the same record hashes alike whatever its framing or key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Graph objects carry no top-level `time`, `category` or `properties`; diagnostic records always do. */
export const isDiagnostic = (record: Record<string, unknown>): boolean =>
  'properties' in record || 'category' in record || 'time' in record;

/** An Event Hub message (`records`) or a Graph page (`value`) that arrived as one NDJSON line. */
export function wrappedRecords(record: unknown): unknown[] | undefined {
  if (!isObject(record)) return undefined;
  if (isDiagnostic(record) || 'createdDateTime' in record) return undefined;
  const inner = record.records ?? record.value;
  return Array.isArray(inner) ? inner : undefined;
}

export function parseSignIn(record: unknown): ParseResult<EntraSignIn> {
  if (isObject(record) && isDiagnostic(record)) {
    const parsed = DiagnosticRecord.safeParse(record);
    if (!parsed.success) return { ok: false, issues: flattenIssues(parsed.error) };
    const diagnostic = parsed.data;
    const fields = diagnostic.properties ?? {};
    return {
      ok: true,
      value: {
        timestamp: diagnostic.time,
        // Without a vendor id, a hash of the record's content keeps re-ingesting idempotent; the raw
        // text's hash would not, because the same record reads differently in NDJSON and in a document.
        id: present(fields.id) ?? `sha256:${sha256(canonicalJson(record))}`,
        action: present(diagnostic.operationName) ?? OPERATION,
        category: present(diagnostic.category),
        resultType: diagnostic.resultType ?? undefined,
        resultDescription: present(diagnostic.resultDescription),
        callerIp: withoutPort(present(diagnostic.callerIpAddress)),
        correlationId: present(diagnostic.correlationId),
        fields,
      },
    };
  }
  const parsed = GraphSignIn.safeParse(record);
  if (!parsed.success) return { ok: false, issues: flattenIssues(parsed.error) };
  return {
    ok: true,
    value: {
      timestamp: parsed.data.createdDateTime,
      id: parsed.data.id,
      action: OPERATION,
      category: undefined,
      resultType: undefined,
      resultDescription: undefined,
      callerIp: undefined,
      correlationId: undefined,
      fields: parsed.data,
    },
  };
}
