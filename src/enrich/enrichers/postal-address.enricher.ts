import type { ImportedIntel } from '../define-enricher.js';
import type { AddressIntel } from '../enrichments.js';
import type { PostalAddress } from '../../model/identity-record.js';
import { addressKey, buildingKey } from '../address-key.js';
import { defineIdentityEnricher } from '../define-enricher.js';
import { isPoBoxAddress, mailDropPattern } from '../address-mail-drop.js';

type ImportedKey = ImportedIntel['addressKeys'][number];

function importedBasis(entry: ImportedKey, wholeBuilding: boolean): string {
  const where = wholeBuilding ? 'building on imported list' : 'on imported list';
  return `${where} "${entry.label}" (dataset ${entry.dataset}, ${entry.date})`;
}

/** Keys each postal address, flags PO boxes and mail drops (D-01, D-02, D-03). */
export default defineIdentityEnricher({
  id: 'postal.address',
  title: 'Postal address key, PO box and mail drop',
  description:
    'Gives every postal address on an identity record a matching key, so that one house spelled two ways ' +
    '("123 Main St., Apt 4" and "123 MAIN STREET #4") is recognised as one place when comparing a ship-to ' +
    'with the home address (D-01) and counting people per address (D-03). Flags post-office boxes and ' +
    'military post, and mail drops — commercial mail-receiving agencies, virtual mailboxes and parcel ' +
    'forwarders — by PMB designators, company names, or an imported address list (D-02).',
  reads: ['identifiers.addresses'],
  writes: 'addresses',
  dataSources: [
    {
      id: 'molehunt.mail-drop-names',
      name: 'Curated builtin list of CMRA, virtual-mailbox and parcel-forwarder company names (src/enrich/address-mail-drop.ts)',
      origin: 'builtin',
      licence: 'project (curated names)',
      date: '2026-11-21',
    },
  ],
  prepare(ctx) {
    // Forwarders and CMRAs are listed by building; each customer gets a suite there, so a key without units matches too.
    const imported = new Map<string, ImportedKey>();
    for (const entry of ctx.imports.addressKeys) if (!imported.has(entry.key)) imported.set(entry.key, entry);

    const intel = (address: PostalAddress): AddressIntel => {
      const key = addressKey(address);
      const building = buildingKey(address);
      // Without a street the key names a whole town; no list entry can vouch for that.
      const hasStreet = !building.endsWith('|');
      const exact = hasStreet ? imported.get(key) : undefined;
      const listed = exact ?? (hasStreet ? imported.get(building) : undefined);
      const reasons = [mailDropPattern(address), listed && importedBasis(listed, !exact)].filter((r): r is string => !!r);
      return {
        role: address.role,
        key,
        po_box: isPoBoxAddress(address),
        mail_drop: reasons.length > 0,
        ...(reasons.length > 0 ? { mail_drop_basis: reasons.join('; ') } : {}),
      };
    };
    return (record) => record.identifiers.addresses.map(intel);
  },
});
