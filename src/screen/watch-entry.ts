import { z } from 'zod';

/**
 * The one internal shape every watch list is read into, whatever its format: OFAC SDN, the UN
 * consolidated list, OpenSanctions entities, wallet lists and IOC files.
 */

/** What a listed entry is. Applicant names are compared only with `person` and `unknown` entries. */
export const WatchKindSchema = z.enum(['person', 'organization', 'vessel', 'aircraft', 'indicator', 'unknown']);
export type WatchKind = z.infer<typeof WatchKindSchema>;

/** The identifier kinds a list can name and an applicant can carry. */
export const IdentifierTypeSchema = z.enum(['email', 'domain', 'phone', 'wallet', 'github', 'ipv4', 'ipv6', 'url']);
export type IdentifierType = z.infer<typeof IdentifierTypeSchema>;

/** A listed name. `weak`: the issuer's own low-quality alias (OFAC "weak", UN "Low"). */
export const WatchNameSchema = z.object({
  value: z.string().min(1),
  type: z.enum(['primary', 'alias', 'weak']),
});
export type WatchName = z.infer<typeof WatchNameSchema>;

/** A listed identifier, as the list wrote it (matching keys are computed when the index is built). */
export const WatchIdentifierSchema = z.object({
  type: IdentifierTypeSchema,
  value: z.string().min(1),
  /** For wallets: the chain or asset the list names (XBT, ETH, TRX…). */
  chain: z.string().optional(),
});
export type WatchIdentifier = z.infer<typeof WatchIdentifierSchema>;

/** One entry of a watch list. */
export const WatchEntrySchema = z.object({
  /** Unique within its list, e.g. `ofac:36` or `un:KPi.066`. */
  id: z.string().min(1),
  kind: WatchKindSchema,
  names: z.array(WatchNameSchema).default([]),
  /** Sanctions programs or list tags (DPRK3, CYBER2, UN DPRK…). */
  programs: z.array(z.string()).default([]),
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a range or "circa" is written as the years it covers. */
  birth_dates: z.array(z.string()).default([]),
  /** ISO 3166-1 alpha-2 codes of nationality, citizenship, birth or address. */
  countries: z.array(z.string()).default([]),
  identifiers: z.array(WatchIdentifierSchema).default([]),
  /** A short description (an IOC's label, a listing's title). */
  label: z.string().optional(),
  /** Where in the source file, e.g. `sdn.csv ent_num 36`. */
  source: z.string().optional(),
  /** An IOC's own date, when it has one. */
  date: z.string().optional(),
});
export type WatchEntry = z.infer<typeof WatchEntrySchema>;

/** The formats `molehunt lists import` reads. */
export const LIST_FORMATS = [
  'ofac-sdn-csv',
  'ofac-sdn-xml',
  'ofac-sdn-advanced-xml',
  'un-consolidated-xml',
  'opensanctions-ftm',
  'wallet-list',
  'molehunt-ioc-csv',
  'molehunt-ioc-json',
  'stix-2.1',
] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

/** Where a list's publication date came from: the file itself, the --date flag, or the file's modification time. */
export type DateBasis = 'file' | 'flag' | 'mtime';

/** A list as a parser returns it. `published` is set only when the file itself carries a date. */
export interface ParsedWatchList {
  format: ListFormat;
  /** A default name for the list (`ofac-sdn`, `un-sc-consolidated`…). */
  title: string;
  published?: { date: string; detail: string };
  entries: WatchEntry[];
  /** `file line N: problem` for every record that could not be read (the rest is kept). */
  problems: string[];
}

/** A parser's answer: the list, or why the file as a whole cannot be read. */
export type ListParseResult = { ok: true; list: ParsedWatchList } | { ok: false; error: string };
