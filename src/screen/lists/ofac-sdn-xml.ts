import type { ListParseResult, WatchEntry, WatchKind, WatchName } from '../watch-entry.js';
import { addUnique, listCountry, parseBirthDate, usDate } from './list-values.js';
import { addOfacFeature, parseOfacRemarks } from './ofac-remarks.js';
import { children, parseXml, text, texts, type XmlNode } from './xml-document.js';

/**
 * OFAC's legacy XML (`sdn.xml`, schema sdnList.xsd): `<sdnList>` with `<publshInformation>` (OFAC's
 * spelling) holding `Publish_Date` (MM/DD/YYYY), then one `<sdnEntry>` per listing with uid, names,
 * sdnType, programList, akaList (category strong/weak), idList (where "Digital Currency Address - XBT"
 * and e-mail addresses sit), nationality/citizenship, dates and places of birth, addresses and remarks.
 */

const ARRAYS = new Set([
  'sdnEntry', 'program', 'aka', 'id', 'address', 'nationality', 'citizenship', 'dateOfBirthItem', 'placeOfBirthItem',
]);

const KINDS: Record<string, WatchKind> = { individual: 'person', entity: 'organization', vessel: 'vessel', aircraft: 'aircraft' };

function fullName(node: XmlNode): string | undefined {
  const last = text(node, 'lastName');
  const first = text(node, 'firstName');
  if (last && first) return `${last}, ${first}`;
  return last ?? first;
}

function entryOf(node: XmlNode): WatchEntry | string {
  const uid = text(node, 'uid');
  const name = fullName(node);
  if (!uid || !name) return `sdnEntry ${uid ?? '(no uid)'}: ${uid ? 'no lastName' : 'no uid'}`;
  const remarks = parseOfacRemarks(text(node, 'remarks') ?? '');
  const names: WatchName[] = [{ value: name, type: 'primary' }];
  for (const aka of children(children(node, 'akaList')[0], 'aka')) {
    const value = fullName(aka);
    if (value && !names.some((n) => n.value === value)) names.push({ value, type: text(aka, 'category')?.toLowerCase() === 'weak' ? 'weak' : 'alias' });
  }
  for (const alias of remarks.aliases) if (!names.some((n) => n.value === alias.value)) names.push(alias);
  const identifiers = [...remarks.identifiers];
  for (const id of children(children(node, 'idList')[0], 'id')) addOfacFeature(identifiers, text(id, 'idType') ?? '', text(id, 'idNumber') ?? '');
  const countries = [...remarks.countries];
  const list = (outer: string, inner: string, field: string) => children(children(node, outer)[0], inner).map((n) => text(n, field));
  addUnique(countries, ...list('nationalityList', 'nationality', 'country').map(listCountry));
  addUnique(countries, ...list('citizenshipList', 'citizenship', 'country').map(listCountry));
  addUnique(countries, ...list('addressList', 'address', 'country').map(listCountry));
  addUnique(countries, ...list('placeOfBirthList', 'placeOfBirthItem', 'placeOfBirth').map((p) => listCountry(p?.split(',').pop())));
  const birthDates = [...remarks.birth_dates];
  for (const dob of list('dateOfBirthList', 'dateOfBirthItem', 'dateOfBirth')) if (dob) addUnique(birthDates, ...parseBirthDate(dob));
  const title = text(node, 'title');
  return {
    id: `ofac:${uid}`,
    kind: KINDS[(text(node, 'sdnType') ?? '').toLowerCase()] ?? 'unknown',
    names,
    programs: texts(children(node, 'programList')[0], 'program'),
    birth_dates: birthDates,
    countries,
    identifiers,
    ...(title ? { label: title } : {}),
    source: `sdn.xml uid ${uid}`,
  };
}

/** Reads OFAC's sdn.xml (or the consolidated list's cons.xml, same schema). */
export function parseOfacSdnXml(xml: string, fileName: string): ListParseResult {
  const parsed = parseXml(xml, ARRAYS);
  if (!parsed.ok) return { ok: false, error: `${fileName}: not well-formed XML (${parsed.error})` };
  const root = parsed.doc['sdnList'] as XmlNode | undefined;
  if (!root) return { ok: false, error: `${fileName}: no <sdnList> root element (not OFAC's sdn.xml)` };
  const publish = text(children(root, 'publshInformation')[0] ?? children(root, 'publishInformation')[0], 'Publish_Date');
  const entries: WatchEntry[] = [];
  const problems: string[] = [];
  for (const node of children(root, 'sdnEntry')) {
    const entry = entryOf(node);
    if (typeof entry === 'string') problems.push(`${fileName}: ${entry}`);
    else entries.push(entry);
  }
  if (entries.length === 0) return { ok: false, error: `${fileName}: no <sdnEntry> could be read${problems[0] ? ` (${problems[0]})` : ''}` };
  const date = usDate(publish);
  return {
    ok: true,
    list: {
      format: 'ofac-sdn-xml',
      title: /cons/i.test(fileName) ? 'ofac-consolidated' : 'ofac-sdn',
      ...(date ? { published: { date, detail: `Publish_Date ${publish}` } } : {}),
      entries,
      problems,
    },
  };
}
