import type { PostalAddress } from '../model/identity-record.js';

/** One group of public company names or phrases that mark an address as a mail drop (D-02). */
export interface MailDropNames {
  kind: 'cmra' | 'virtual-mailbox' | 'forwarder';
  /** Where the names come from. */
  source: string;
  /** Names as written; matched case- and punctuation-insensitively on word boundaries. */
  names: readonly string[];
}

/**
 * Curated names of commercial mail-receiving agencies, virtual mailbox services and parcel
 * forwarders. These are public company names (no third-party list is copied); a match means mail
 * to the address is received by a business on the addressee's behalf.
 */
export const MAIL_DROP_NAMES: readonly MailDropNames[] = [
  {
    // Franchise CMRA chains (USPS-registered CMRAs, PS Form 1583), names as on the companies' own store locators.
    kind: 'cmra',
    source: 'company websites: theupsstore.com, mbe.com, postnet.com, pakmail.com, postalannex.com',
    names: ['The UPS Store', 'UPS Store', 'Mail Boxes Etc', 'Mailboxes Etc', 'PostNet', 'Pak Mail', 'PostalAnnex', 'Postal Annex'],
  },
  {
    // Virtual mailbox and virtual office operators that scan and forward mail for remote customers.
    kind: 'virtual-mailbox',
    source: 'company websites: ipostal1.com, anytimemailbox.com, earthclassmail.com, travelingmailbox.com, opusvirtualoffices.com, usglobalmail.com',
    names: ['iPostal1', 'iPostal 1', 'Anytime Mailbox', 'Earth Class Mail', 'Traveling Mailbox', 'Opus Virtual Offices', 'US Global Mail'],
  },
  {
    // Parcel forwarders/reshippers that give customers a US or UK warehouse address with a suite number.
    kind: 'forwarder',
    source: 'company websites: shipito.com, myus.com, stackry.com, planetexpress.com, forward2me.com, viabox.com; Borderlinx (closed 2017, still in old records)',
    names: ['Shipito', 'MyUS', 'MyUS.com', 'Stackry', 'Planet Express', 'Borderlinx', 'Forward2Me', 'Viabox', 'Shop and Ship'],
  },
  {
    // Generic phrases a forwarder or mail drop puts in the address line.
    kind: 'forwarder',
    source: 'molehunt threat notes D-02 (freight forwarders, mail drops)',
    names: ['Parcel Forwarding', 'Package Forwarding', 'Mail Forwarding', 'Freight Forwarder', 'Freight Forwarding', 'Reshipper', 'Reshipping'],
  },
];

/** Lower case, letters and digits only, single spaces, padded so `includes(' x ')` is a word match. */
function words(text: string): string {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, '').replace(/&/g, ' and ');
  return ` ${folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

const PO_BOX = [
  // P.O. Box, PO Box, P O Box, POBox, P.O.B., POB, Post Office Box, GPO Box (AU), PO Drawer.
  /\b(?:p\s*\.?\s*o\s*\.?\s*(?:box|b\b\.?|drawer)|post\s+office\s+(?:box|drawer)|g\s*\.?\s*p\s*\.?\s*o\s*\.?\s*box)\s*#?\s*\d/i,
  // A bare "Box 123" (rural and military boxes); "Box Hill Road" has no number after it.
  /(?:^|[\s,])box\s*#?\s*\d/i,
  // Australia/NZ locked and private bags, Canadian "case postale", German Postfach, Spanish apartado.
  /\b(?:locked\s+bag|private\s+bag|case\s+postale|postfach|apartado(?:\s+postal)?)\s*#?\s*\d/i,
  // US military post: "PSC 1234", "CMR 450", "APO AE 09012" written into the line.
  /\b(?:psc|cmr)\s+\d+/i,
  /\b[adf]po\s+a[aep]\b/i,
];

/** True when an address line is a post-office box, a bag or drawer, or a US military post address. */
export function isPoBox(line: string | undefined): boolean {
  return !!line && PO_BOX.some((pattern) => pattern.test(line));
}

/** `isPoBox` on the line, plus APO/FPO/DPO written as the city (the USPS form for military mail). */
export function isPoBoxAddress(address: PostalAddress): boolean {
  return isPoBox(address.line) || /^\s*[adf]\.?\s*p\.?\s*o\.?\s*$/i.test(address.city ?? '');
}

const PMB = /\b(?:p\s*\.?\s*m\s*\.?\s*b\b\.?|private\s+mail\s*box)\s*#?\s*\w/i;
// "c/o Acme Forwarding", "c/o XYZ Shipping Ltd": a receiving business named as the addressee.
const CARE_OF_FORWARDER = /\bc\s*\/\s*o\b[^,\n]*\b(?:forward\w*|reship\w*|logistics|freight)\b/i;
// Forwarders key a customer by a letter-prefixed account in the suite: "Suite SH-482913", "Unit MY 120394".
const CUSTOMER_SUITE = /(?:\bste|\bsuite|\bunit|#)\s*\.?\s*#?\s*[a-z]{1,4}[\s-]?\d{5,}\b/i;

/**
 * Why an address looks like a mail drop, CMRA or freight forwarder, or undefined when it does not.
 * Looks at the address line only; imported address lists are matched by the enricher.
 */
export function mailDropPattern(address: PostalAddress): string | undefined {
  const line = address.line;
  if (!line) return undefined;
  if (PMB.test(line)) return 'PMB / private mailbox designator (CMRA)';
  const text = words(line);
  for (const group of MAIL_DROP_NAMES) {
    const name = group.names.find((n) => text.includes(words(n)));
    if (name !== undefined) return `${group.kind === 'forwarder' ? 'freight forwarder' : group.kind === 'cmra' ? 'CMRA' : 'virtual mailbox'} name "${name}"`;
  }
  if (CARE_OF_FORWARDER.test(line)) return 'care-of a forwarding or logistics business';
  if (CUSTOMER_SUITE.test(line)) return 'suite holds a customer account number (forwarder warehouse pattern)';
  return undefined;
}
