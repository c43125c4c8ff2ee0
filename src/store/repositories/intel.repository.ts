import type { Kysely } from 'kysely';
import type { ImportedIntel } from '../../enrich/define-enricher.js';
import type { Database } from '../schema.js';

/** One imported dataset, without its content. */
export type IntelDataset = Omit<Database['intel_datasets'], 'content'>;

/** The entries of an imported dataset, by type. */
export type IntelEntries =
  | { type: 'cidr' | 'tor'; cidrs: { cidr: string; provider?: string }[] }
  | { type: 'reshippers'; keys: { key: string; label: string }[] }
  | { type: 'email-iocs'; values: { value: string; label: string }[] }
  | { type: 'mmdb'; database_type: string; base64: string };

/** Stores user-imported intelligence (CIDR lists, Tor exits, reshipper addresses, e-mail IOCs). */
export class IntelRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores a dataset; importing one with the same name replaces it. */
  async put(dataset: IntelDataset, entries: IntelEntries): Promise<void> {
    await this.db.deleteFrom('intel_datasets').where('name', '=', dataset.name).execute();
    await this.db.insertInto('intel_datasets').values({ ...dataset, content: JSON.stringify(entries) }).execute();
  }

  async list(): Promise<IntelDataset[]> {
    return this.db.selectFrom('intel_datasets').select(['id', 'type', 'name', 'class', 'source_date', 'imported_at', 'records']).orderBy('imported_at', 'desc').execute();
  }

  /** Every imported dataset as the enrichers take it, newest first (newer data wins). */
  async imports(): Promise<ImportedIntel> {
    const rows = await this.db.selectFrom('intel_datasets').selectAll().orderBy('source_date', 'desc').execute();
    const out: { ipRanges: ImportedIntel['ipRanges'][number][]; addressKeys: ImportedIntel['addressKeys'][number][]; emailIocs: ImportedIntel['emailIocs'][number][]; mmdb: ImportedIntel['mmdb'][number][] } = { ipRanges: [], addressKeys: [], emailIocs: [], mmdb: [] };
    for (const row of rows) {
      const entries = JSON.parse(row.content) as IntelEntries;
      const origin = { dataset: row.name, date: row.source_date };
      if ('cidrs' in entries) {
        for (const c of entries.cidrs) out.ipRanges.push({ cidr: c.cidr, class: entries.type === 'tor' ? 'tor' : (row.class ?? 'proxy'), ...(c.provider ? { provider: c.provider } : {}), ...origin });
      } else if ('base64' in entries) {
        out.mmdb.push({ bytes: Buffer.from(entries.base64, 'base64'), ...origin });
      } else if ('keys' in entries) {
        for (const k of entries.keys) out.addressKeys.push({ key: k.key, label: k.label, ...origin });
      } else {
        for (const v of entries.values) out.emailIocs.push({ value: v.value, label: v.label, ...origin });
      }
    }
    return out;
  }
}
