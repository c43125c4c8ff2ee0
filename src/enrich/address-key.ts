import type { PostalAddress } from '../model/identity-record.js';
import { countryCode } from '../model/country-codes.js';
import { parseAddressLine } from './address-line.js';
import { DIRECTIONALS, ORDINALS, STREET_TYPES, UNIT_WORDS, US_STATES } from './address-words.js';

export { isPoBox, isPoBoxAddress, mailDropPattern, MAIL_DROP_NAMES } from './address-mail-drop.js';
export { parseAddressLine } from './address-line.js';

/**
 * Folds text for comparison: accents stripped, lower case, apostrophes dropped ("Mary's" = "Marys")
 * except French elision (l', d'), every other non-letter, non-digit except `#` and `/` turned into a
 * space. Non-Latin letters survive unchanged (lower-cased), so they match only when spelled the same.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // French elision ("l'Église") is a word break; an English possessive ("Mary's") is not.
    .replace(/\b([ld])['’`](?=\p{L})/gu, '$1 ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}#/]+/gu, ' ')
    .trim();
}

interface LineParts {
  street: string[];
  units: string[];
}

/** Segments that name a person or a department rather than a place ("c/o J. Doe", "Attn: IT"). */
const ADDRESSEE = /^\s*(c\s*\/\s*o|care of|attn|attention)\b/i;

function splitLine(line: string): LineParts {
  const kept = line
    .split(/[,;\n]/)
    .filter((segment) => !ADDRESSEE.test(segment))
    .join(' ')
    // Dotted directionals ("N.W.") would otherwise fold into two letters that also name streets ("E St").
    .replace(/\b([NnSs])\.\s?([EeWw])\.?(?=\s|$)/g, '$1$2')
    // Australian "4/12 Oak Rd" is unit 4 at number 12.
    .replace(/^\s*([\p{L}\p{N}]+)\s*\/\s*(\d+[\p{L}]?)\b/u, 'unit $1 $2')
    // "4-B" and "B-4" are one unit identifier; "123-45" (Queens) keeps its hyphen as a space on both sides.
    .replace(/(\d)-(\p{L})\b/gu, '$1$2')
    .replace(/\b(\p{L})-(\d)/gu, '$1$2');
  const tokens = foldText(kept.replace(/#/g, ' # ')).replace(/\//g, ' ').split(' ').filter(Boolean);
  const street: string[] = [];
  const units: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const unit = UNIT_WORDS.get(token);
    if (unit !== undefined) {
      // "Apt #4", "Suite No 4": skip stacked designators up to the identifier.
      let j = i + 1;
      while (j < tokens.length && (UNIT_WORDS.get(tokens[j]!) === '#' || tokens[j] === 'no')) j++;
      let value = tokens[j];
      // A forwarder's customer number ("Suite SH-1234") is one identifier, not a unit "sh" and a stray 1234.
      if (value !== undefined && /^[a-z]{1,4}$/.test(value) && /^\d+$/.test(tokens[j + 1] ?? '')) {
        value += tokens[j + 1];
        j++;
      }
      if (value !== undefined) units.push(`${unit}${value}`);
      i = j;
      continue;
    }
    const next = tokens[i + 1];
    // "North West" written as words is one directional; "N E St" (North E Street) stays two words.
    if ((token === 'north' || token === 'south') && (next === 'east' || next === 'west')) {
      street.push(`${token[0]}${next[0]}`);
      i++;
      continue;
    }
    street.push(normalizeWord(token));
  }
  return { street, units };
}

function normalizeWord(token: string): string {
  if (token === 'saint') return 'st';
  return ORDINALS.get(token) ?? DIRECTIONALS.get(token) ?? STREET_TYPES.get(token) ?? token;
}

/** Postal codes compared as the postal service reads them. */
export function normalizePostalCode(postalCode: string | undefined, country: string | undefined): string {
  if (!postalCode) return '';
  const compact = postalCode.toUpperCase().replace(/[^A-Z0-9]/g, '');
  // ZIP+4 names a block face or a building; the 5-digit ZIP is what every source agrees on.
  if (country === 'US' && /^\d{9}$|^\d{5}$/.test(compact)) return compact.slice(0, 5);
  return compact;
}

function normalizeCity(city: string | undefined): string {
  if (!city) return '';
  return foldText(city)
    .split(' ')
    .map((w) => (w === 'saint' ? 'st' : w === 'sainte' ? 'ste' : w === 'mount' ? 'mt' : w === 'fort' ? 'ft' : w))
    .join(' ');
}

function normalizeRegion(region: string | undefined, country: string | undefined): string {
  if (!region) return '';
  const folded = foldText(region);
  return (country === 'US' || country === undefined ? US_STATES.get(folded) : undefined) ?? folded;
}

/** A whole address written into `line` alone is split into fields when its tail is recognisable. */
function fielded(address: PostalAddress): PostalAddress {
  if (!address.line || address.city || address.region || address.postal_code) return address;
  const parsed = parseAddressLine(address.line, address.role);
  if (!parsed || (address.country && countryCode(address.country) !== parsed.country)) return address;
  return parsed;
}

function parts(original: PostalAddress): { head: string; street: string[]; units: string[] } {
  const address = fielded(original);
  const country = countryCode(address.country) ?? (address.country ? foldText(address.country) : undefined);
  const postal = normalizePostalCode(address.postal_code, country);
  // The postal code already pins the region, and regions are spelled many ways ("OR", "Oreg.", "Oregon").
  const region = postal ? '' : normalizeRegion(address.region, country);
  const { street, units } = splitLine(address.line ?? '');
  return { head: [country ?? '', postal, region, normalizeCity(address.city)].join('|'), street, units };
}

/**
 * A matching key for a postal address: two spellings of one house give the same key, two flats in
 * one building do not. Format: `country|postal|region|city|street units`, e.g.
 * `US|97209||portland|123 main st #4`.
 *
 * Folds case, accents, punctuation and whitespace; keeps the house number; unifies unit forms (Apt,
 * Apartment, Unit, Suite, Ste, Flat, Room, PMB, `#` → `#4`) and moves them to the end; abbreviates
 * street types (USPS Publication 28 plus UK/AU forms: Street → st, Road → rd, Close → cl, Parade → pde…),
 * directionals (North West → nw) and written ordinals (First → 1st); "Saint" → st; drops `c/o` and `Attn`
 * segments; country → ISO alpha-2; US ZIP+4 → 5 digits; other postal codes upper-cased without spaces or
 * hyphens; the region is used only when there is no postal code (US state names → codes).
 *
 * A whole address written into `line` alone is split first when it ends like a US, Canadian or UK
 * address ("1200 Example Pike, Nashville, TN 37201"; see `parseAddressLine`).
 *
 * Not handled (there is no libpostal here): other single-line addresses (their city and postal code
 * stay part of the street text, so they will not match the same address split into fields);
 * transliteration (non-Latin scripts match only the identical spelling); a unit written without a
 * designator ("123 Main St 4") or as "3rd floor" vs "Fl 3"; a missing house number (the key then
 * names a street, not a house — callers should not treat such keys as one place); missing country or
 * postal code on one side only; street-name typos.
 */
export function addressKey(address: PostalAddress): string {
  const { head, street, units } = parts(address);
  return `${head}|${[...street, ...units].join(' ')}`;
}

/** The key of the building without its units: matches every suite or flat at one street address. */
export function buildingKey(address: PostalAddress): string {
  const { head, street, units } = parts(address);
  return `${head}|${street.join(' ')}${units.filter((u) => u.startsWith('bldg')).map((u) => ` ${u}`).join('')}`;
}

/** The unit identifiers of an address line, in unified form (`#4`, `bldg2`, `fl3`). */
export function addressUnits(line: string | undefined): string[] {
  return splitLine(line ?? '').units;
}
