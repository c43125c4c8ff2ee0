import type { EnrichContext } from '../define-enricher.js';
import type { IpClass, IpIntel } from '../enrichments.js';
import { CidrTable, SPECIAL, corporateNetworkMatcher, parseIpv4, parseIpv6 } from '../ip-ranges.js';
import { openMmdb } from './mmdb-lookup.js';
import { IP_CLASSES, type IpReference } from './reference.js';

/**
 * The ip.intel classification, without memoization (the enricher adds that). Precedence:
 * special-purpose (private) > corporate > imported ranges (newest first) > curated CIDR > curated ASN > unknown.
 */

interface Decided {
  class: IpClass;
  provider?: string;
  basis: string;
}

interface ImportedRow extends Decided {
  date: string;
}

const CLASS_SET: ReadonlySet<string> = new Set(IP_CLASSES);

export interface IpClassifierOptions {
  /** Look up the country (MMDB). Default true. */
  country?: boolean;
}

export type IpClassifier = (ip: string, network?: string) => IpIntel | undefined;

export function createIpClassifier(
  ctx: Pick<EnrichContext, 'corporateCidrs' | 'corporateNetworks' | 'imports'>,
  ref: IpReference | undefined,
  options: IpClassifierOptions = {},
): IpClassifier {
  const special = new CidrTable<Decided>();
  for (const [scope, address, prefix] of SPECIAL) {
    if (scope === 'documentation') continue; // behaves like public space, as in ip.scope
    special.add(`${address}/${prefix}`, { class: 'private', basis: `IANA special-purpose: ${address}/${prefix} (${scope})` });
  }
  const corporate = new CidrTable<Decided>();
  for (const cidr of ctx.corporateCidrs) corporate.add(cidr, { class: 'corporate', basis: `config corporate_egress_cidrs: ${cidr}` });
  const corporateNetwork = corporateNetworkMatcher(ctx.corporateNetworks);
  const imported = new CidrTable<ImportedRow>();
  for (const row of ctx.imports.ipRanges) {
    if (!CLASS_SET.has(row.class)) continue;
    imported.add(row.cidr, {
      class: row.class as IpClass,
      ...(row.provider ? { provider: row.provider } : {}),
      date: row.date,
      basis: `import ${row.dataset} (${row.date}): ${row.cidr} → ${row.class}${row.provider ? ` (${row.provider})` : ''}`,
    });
  }
  const hasImports = imported.size > 0;
  const hasCorporate = corporate.size > 0;
  const ranges = ref?.ranges;
  const hasRanges = !!ranges && ranges.size > 0;
  const asnV4 = ref?.asnV4;
  const asnV6 = ref?.asnV6;
  const asnClasses = ref?.asnClasses;
  const country = options.country === false ? undefined : ref?.country;
  // Imported MaxMind/IPinfo databases answer first, newest first: the user's data is fresher than ours.
  const importedDbs = [...ctx.imports.mmdb].sort((a, b) => (a.date < b.date ? 1 : -1)).map((m) => ({ ...m, db: openMmdb(m.bytes) }));
  const newest = (rows: ImportedRow[]): ImportedRow | undefined => {
    let best: ImportedRow | undefined;
    for (const row of rows) if (!best || row.date > best.date) best = row; // ties: the most specific (listed first)
    return best;
  };

  return (ip, network) => {
    let v4 = parseIpv4(ip);
    let v6: bigint | undefined;
    if (v4 < 0) {
      v6 = parseIpv6(ip);
      if (v6 === undefined) return undefined;
      if (v6 >> 32n === 0xffffn) {
        v4 = Number(v6 & 0xffffffffn); // IPv4-mapped
        v6 = undefined;
      }
    }
    const isV4 = v6 === undefined;
    const sp = isV4 ? special.matchV4(v4) : special.matchV6(v6!);
    if (sp) return { class: 'private', basis: sp[0]!.basis };

    const result: IpIntel = { class: 'unknown', basis: '' };
    let asn = -1;
    if (isV4) {
      if (asnV4) {
        const i = asnV4.indexOf(v4);
        if (i >= 0) {
          asn = asnV4.asnAt(i);
          result.asn = asn;
          result.as_org = asnV4.orgAt(i);
        }
      }
    } else if (asnV6) {
      const hit = asnV6.lookup(v6!);
      if (hit) {
        asn = hit.asn;
        result.asn = asn;
        result.as_org = hit.org;
      }
    }
    if (country) {
      const cc = country(ip);
      if (cc) result.country = cc;
    }
    const fromImports: string[] = [];
    for (const imported of importedDbs) {
      const answer = imported.db.lookup(ip);
      if (answer.country && !fromImports.some((f) => f.startsWith('country'))) {
        result.country = answer.country;
        fromImports.push(`country from import ${imported.dataset} (${imported.date})`);
      }
      if (answer.asn !== undefined && !fromImports.some((f) => f.startsWith('ASN'))) {
        asn = answer.asn;
        result.asn = answer.asn;
        if (answer.as_org) result.as_org = answer.as_org;
        else delete result.as_org;
        fromImports.push(`ASN from import ${imported.dataset} (${imported.date})`);
      }
    }

    let decided: Decided | undefined;
    if (hasCorporate) decided = (isV4 ? corporate.matchV4(v4) : corporate.matchV6(v6!))?.[0];
    if (!decided && network !== undefined && corporateNetwork(network)) decided = { class: 'corporate', basis: `corporate network zone: ${network}` };
    if (!decided && hasImports) decided = newest(isV4 ? imported.allV4(v4) : imported.allV6(v6!));
    if (!decided && hasRanges) decided = (isV4 ? ranges!.matchV4(v4) : ranges!.matchV6(v6!))?.[0];
    if (!decided && asn >= 0) decided = asnClasses?.get(asn);
    if (decided) {
      result.class = decided.class;
      if (decided.provider) result.provider = decided.provider;
      result.basis = decided.basis;
    } else {
      result.basis = asn >= 0 ? `no curated class for AS${asn}` : ref?.asnV4 ? 'no ASN for this address' : 'no IP reference data loaded';
    }
    if (fromImports.length > 0) result.basis += `; ${fromImports.join('; ')}`;
    return result;
  };
}
