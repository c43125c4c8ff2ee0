import type { WatchIdentifier, WatchName } from '../watch-entry.js';
import { githubHandle } from '../identifier-keys.js';
import { addUnique, listCountry, parseBirthDate } from './list-values.js';

/**
 * OFAC's legacy formats put most facts in one free-text Remarks field, as `;`-separated items:
 * `DOB 12 Jul 1986; nationality China; Email Address x@y; Digital Currency Address - XBT 1abc…;
 * a.k.a. 'snowsjohn'; Phone Number 8613…`. Items may start with `alt.`. This reads the items
 * screening uses and ignores the rest (passports, registrations, vessel data).
 */

/** What the remarks say that screening can use. */
export interface RemarkFacts {
  aliases: WatchName[];
  birth_dates: string[];
  countries: string[];
  identifiers: WatchIdentifier[];
}

/** OFAC's feature label for a wallet, e.g. `Digital Currency Address - XBT`, with the asset. */
export const DIGITAL_CURRENCY = /^Digital Currency Address - ([A-Z0-9]+)$/i;

/** Adds an identifier from an OFAC feature or id type label (`Email Address`, `Website`, a wallet…). */
export function addOfacFeature(identifiers: WatchIdentifier[], label: string, value: string): boolean {
  const v = value.trim().replace(/\.$/, '');
  if (!v) return false;
  const wallet = DIGITAL_CURRENCY.exec(label.trim());
  const push = (id: WatchIdentifier) => {
    if (!identifiers.some((x) => x.type === id.type && x.value === id.value)) identifiers.push(id);
  };
  if (wallet) push({ type: 'wallet', value: v.split(/\s+/)[0]!, chain: wallet[1]!.toUpperCase() });
  else if (/^e-?mail( address)?$/i.test(label)) push({ type: 'email', value: v });
  else if (/^(phone( number)?|telephone|tel\.?)$/i.test(label)) push({ type: 'phone', value: v });
  else if (/^website$/i.test(label)) {
    const handle = githubHandle(v);
    if (handle && /github\.com/i.test(v)) push({ type: 'github', value: handle });
    else push({ type: 'url', value: v });
  } else return false;
  return true;
}

const ITEM = /^(?:alt\.\s+)?(.+?)\s*$/i;
const LABELLED = /^(Digital Currency Address - [A-Z0-9]+|Email Address|E-Mail Address|Phone Number|PHONE|Telephone|Website)\s+(.+)$/i;

/** Reads a Remarks text (sdn.csv column 12 plus its sdn_comments.csv continuation). */
export function parseOfacRemarks(remarks: string): RemarkFacts {
  const facts: RemarkFacts = { aliases: [], birth_dates: [], countries: [], identifiers: [] };
  for (const raw of remarks.split(/;\s+/)) {
    const item = ITEM.exec(raw.replace(/\.$/, ''))?.[1] ?? '';
    const aka = /^(?:a|f|n)\.k\.a\.,?\s+'(.+)'$/i.exec(item);
    if (aka) {
      if (!facts.aliases.some((a) => a.value === aka[1])) facts.aliases.push({ value: aka[1]!, type: 'alias' });
      continue;
    }
    const dob = /^DOB\s+(.+)$/i.exec(item);
    if (dob) {
      addUnique(facts.birth_dates, ...parseBirthDate(dob[1]!));
      continue;
    }
    const nation = /^(?:nationality|citizen|citizenship)\s+(.+)$/i.exec(item);
    if (nation) {
      addUnique(facts.countries, listCountry(nation[1]));
      continue;
    }
    const pob = /^POB\s+(.+)$/i.exec(item);
    if (pob) {
      addUnique(facts.countries, listCountry(pob[1]!.split(',').pop()));
      continue;
    }
    const labelled = LABELLED.exec(item);
    if (labelled) addOfacFeature(facts.identifiers, labelled[1]!, labelled[2]!);
  }
  return facts;
}
