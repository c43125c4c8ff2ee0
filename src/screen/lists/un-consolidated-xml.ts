import type { ListParseResult, WatchEntry, WatchName } from '../watch-entry.js';
import { addUnique, isoDay, listCountry, parseBirthDate } from './list-values.js';
import { attr, children, parseXml, text, texts, type XmlNode } from './xml-document.js';

/**
 * The UN Security Council Consolidated List (sc-sanctions.xsd): `<CONSOLIDATED_LIST dateGenerated=…>`
 * with `<INDIVIDUALS>` and `<ENTITIES>`. A name is FIRST_NAME…FOURTH_NAME (for Korean names FIRST_NAME
 * is the family name: KIM / JONG SIK); aliases carry a QUALITY (Good, Low); NAME_ORIGINAL_SCRIPT is
 * the name in its own script; UN_LIST_TYPE is the sanctions regime (DPRK, ISIL (Da'esh) & Al-Qaida…).
 */

const ARRAYS = new Set([
  'INDIVIDUAL', 'ENTITY', 'INDIVIDUAL_ALIAS', 'ENTITY_ALIAS', 'INDIVIDUAL_ADDRESS', 'ENTITY_ADDRESS', 'INDIVIDUAL_DATE_OF_BIRTH',
  'INDIVIDUAL_PLACE_OF_BIRTH', 'NATIONALITY', 'VALUE', 'INDIVIDUAL_DOCUMENT',
]);

function aliases(node: XmlNode, tag: string): WatchName[] {
  return children(node, tag)
    .map((a) => ({ value: text(a, 'ALIAS_NAME') ?? '', type: /low/i.test(text(a, 'QUALITY') ?? '') ? ('weak' as const) : ('alias' as const) }))
    .filter((a) => a.value !== '');
}

function birthDates(node: XmlNode): string[] {
  const out: string[] = [];
  for (const dob of children(node, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const date = text(dob, 'DATE');
    const year = text(dob, 'YEAR');
    const from = text(dob, 'FROM_YEAR');
    const to = text(dob, 'TO_YEAR');
    if (date) addUnique(out, ...parseBirthDate(date));
    else if (from && to) addUnique(out, ...parseBirthDate(`${from} to ${to}`));
    else if (year) addUnique(out, ...parseBirthDate(/approx/i.test(text(dob, 'TYPE_OF_DATE') ?? '') ? `circa ${year}` : year));
  }
  return out;
}

function entryOf(node: XmlNode, kind: 'person' | 'organization'): WatchEntry | string {
  const ref = text(node, 'REFERENCE_NUMBER') ?? text(node, 'DATAID');
  const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((f) => text(node, f)).filter(Boolean).join(' ');
  if (!ref || !primary) return `${kind === 'person' ? 'INDIVIDUAL' : 'ENTITY'} ${ref ?? '(no REFERENCE_NUMBER)'}: ${ref ? 'no FIRST_NAME' : 'no REFERENCE_NUMBER or DATAID'}`;
  const names: WatchName[] = [{ value: primary, type: 'primary' }];
  const original = text(node, 'NAME_ORIGINAL_SCRIPT');
  if (original) names.push({ value: original, type: 'alias' });
  for (const alias of aliases(node, kind === 'person' ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) if (!names.some((n) => n.value === alias.value)) names.push(alias);
  const countries: string[] = [];
  addUnique(countries, ...texts(children(node, 'NATIONALITY')[0], 'VALUE').map(listCountry));
  for (const tag of ['INDIVIDUAL_ADDRESS', 'ENTITY_ADDRESS', 'INDIVIDUAL_PLACE_OF_BIRTH']) addUnique(countries, ...children(node, tag).map((a) => listCountry(text(a, 'COUNTRY'))));
  const designation = texts(children(node, 'DESIGNATION')[0], 'VALUE').join('; ');
  return {
    id: `un:${ref}`,
    kind,
    names,
    programs: [text(node, 'UN_LIST_TYPE')].filter((p): p is string => !!p),
    birth_dates: kind === 'person' ? birthDates(node) : [],
    countries,
    identifiers: [],
    ...(designation ? { label: designation.slice(0, 300) } : {}),
    source: `UN reference ${ref}`,
  };
}

/** Reads the UN Security Council consolidated list XML. */
export function parseUnConsolidatedXml(xml: string, fileName: string): ListParseResult {
  const parsed = parseXml(xml, ARRAYS);
  if (!parsed.ok) return { ok: false, error: `${fileName}: not well-formed XML (${parsed.error})` };
  const root = parsed.doc['CONSOLIDATED_LIST'] as XmlNode | undefined;
  if (!root) return { ok: false, error: `${fileName}: no <CONSOLIDATED_LIST> root element (not the UN consolidated list)` };
  const entries: WatchEntry[] = [];
  const problems: string[] = [];
  const read = (nodes: XmlNode[], kind: 'person' | 'organization') => {
    for (const node of nodes) {
      const entry = entryOf(node, kind);
      if (typeof entry === 'string') problems.push(`${fileName}: ${entry}`);
      else entries.push(entry);
    }
  };
  read(children(children(root, 'INDIVIDUALS')[0], 'INDIVIDUAL'), 'person');
  read(children(children(root, 'ENTITIES')[0], 'ENTITY'), 'organization');
  if (entries.length === 0) return { ok: false, error: `${fileName}: no INDIVIDUAL or ENTITY could be read${problems[0] ? ` (${problems[0]})` : ''}` };
  const generated = attr(root, 'dateGenerated');
  const date = isoDay(generated);
  return { ok: true, list: { format: 'un-consolidated-xml', title: 'un-sc-consolidated', ...(date ? { published: { date, detail: `dateGenerated ${generated}` } } : {}), entries, problems } };
}
