import type { ListParseResult, WatchEntry, WatchIdentifier, WatchKind, WatchName } from '../watch-entry.js';
import { addUnique, isoDate, listCountry } from './list-values.js';
import { addOfacFeature } from './ofac-remarks.js';
import { attr, children, parseXml, text, type XmlNode } from './xml-document.js';

/**
 * OFAC's advanced XML (`sdn_advanced.xml`, the UN/OFAC "Sanctions" schema): a normalized document whose
 * values are numeric references into `ReferenceValueSets`. Read here: `DateOfIssue` (the publication
 * date); each `DistinctParty/Profile` with its party type, every `Alias/DocumentedName` (the primary
 * name, a.k.a.s, low-quality aliases), and its `Feature`s — "Digital Currency Address - XBT/ETH/…",
 * e-mail, phone, website, birthdate (`DatePeriod`), nationality and citizenship (via `Locations`);
 * and the programs of each profile from `SanctionsEntries` (the `SanctionsMeasure` of type Program).
 */

const ARRAYS = new Set([
  'DistinctParty', 'Profile', 'Identity', 'Alias', 'DocumentedName', 'DocumentedNamePart', 'Feature', 'FeatureVersion',
  'VersionDetail', 'VersionLocation', 'Location', 'SanctionsEntry', 'SanctionsMeasure', 'AliasType', 'FeatureType',
  'PartySubType', 'PartyType', 'Country', 'SanctionsType', 'SanctionsProgram',
]);

type Refs = Map<string, Map<string, XmlNode>>;

/** ReferenceValueSets as set name → ID → element. */
function referenceValues(root: XmlNode): Refs {
  const refs: Refs = new Map();
  const sets = children(root, 'ReferenceValueSets')[0] ?? {};
  for (const [setName, set] of Object.entries(sets)) {
    if (setName.startsWith('@_') || typeof set !== 'object' || set === null) continue;
    const byId = new Map<string, XmlNode>();
    for (const [, items] of Object.entries(set as XmlNode)) {
      for (const item of Array.isArray(items) ? items : [items]) if (item && typeof item === 'object' && attr(item, 'ID')) byId.set(attr(item, 'ID')!, item as XmlNode);
    }
    refs.set(setName, byId);
  }
  return refs;
}

const refText = (refs: Refs, set: string, id: string | undefined): string | undefined => (id ? text(refs.get(set)?.get(id)) : undefined);

function kindOf(refs: Refs, profile: XmlNode): WatchKind {
  const sub = refs.get('PartySubTypeValues')?.get(attr(profile, 'PartySubTypeID') ?? '');
  const subName = (text(sub) ?? '').toLowerCase();
  if (subName === 'vessel') return 'vessel';
  if (subName === 'aircraft') return 'aircraft';
  const party = (refText(refs, 'PartyTypeValues', attr(sub, 'PartyTypeID')) ?? '').toLowerCase();
  return party === 'individual' ? 'person' : party === 'entity' ? 'organization' : 'unknown';
}

function namesOf(profile: XmlNode): WatchName[] {
  const names: WatchName[] = [];
  for (const identity of children(profile, 'Identity')) {
    for (const alias of children(identity, 'Alias')) {
      const type: WatchName['type'] = attr(alias, 'Primary') === 'true' ? 'primary' : attr(alias, 'LowQuality') === 'true' ? 'weak' : 'alias';
      for (const documented of children(alias, 'DocumentedName')) {
        const value = children(documented, 'DocumentedNamePart').map((part) => text(part, 'NamePartValue')).filter(Boolean).join(' ');
        if (value && !names.some((n) => n.value === value)) names.push({ value, type });
      }
    }
  }
  return names.sort((a, b) => Number(b.type === 'primary') - Number(a.type === 'primary'));
}

function datePeriodYear(version: XmlNode): string | undefined {
  const from = children(children(children(version, 'DatePeriod')[0], 'Start')[0], 'From')[0];
  const year = Number(text(from, 'Year'));
  if (!year) return undefined;
  const month = Number(text(from, 'Month'));
  const day = Number(text(from, 'Day'));
  return (month && day ? isoDate(year, month, day) : undefined) ?? String(year);
}

interface ProfileFacts {
  identifiers: WatchIdentifier[];
  birth_dates: string[];
  countries: string[];
}

function featuresOf(refs: Refs, locations: Map<string, XmlNode>, profile: XmlNode): ProfileFacts {
  const facts: ProfileFacts = { identifiers: [], birth_dates: [], countries: [] };
  for (const feature of children(profile, 'Feature')) {
    const label = refText(refs, 'FeatureTypeValues', attr(feature, 'FeatureTypeID')) ?? '';
    for (const version of children(feature, 'FeatureVersion')) {
      if (/^birthdate$/i.test(label)) addUnique(facts.birth_dates, datePeriodYear(version));
      for (const detail of children(version, 'VersionDetail')) addOfacFeature(facts.identifiers, label, text(detail) ?? '');
      if (/country|nationality|citizenship|place of birth|location/i.test(label)) {
        for (const ref of children(version, 'VersionLocation')) {
          const country = children(locations.get(attr(ref, 'LocationID') ?? ''), 'LocationCountry')[0];
          addUnique(facts.countries, listCountry(refText(refs, 'CountryValues', attr(country, 'CountryID'))));
        }
      }
    }
  }
  return facts;
}

/** Profile id → program codes, from SanctionsEntries. */
function programsByProfile(refs: Refs, root: XmlNode): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const entry of children(children(root, 'SanctionsEntries')[0], 'SanctionsEntry')) {
    const profile = attr(entry, 'ProfileID') ?? text(entry, 'ProfileID');
    if (!profile) continue;
    const list = out.get(profile) ?? [];
    for (const measure of children(entry, 'SanctionsMeasure')) {
      const type = refText(refs, 'SanctionsTypeValues', attr(measure, 'SanctionsTypeID'));
      const program = refText(refs, 'SanctionsProgramValues', attr(measure, 'SanctionsProgramID')) ?? (type && /program/i.test(type) ? text(measure, 'Comment') : undefined);
      addUnique(list, program);
    }
    out.set(profile, list);
  }
  return out;
}

/** Reads OFAC's sdn_advanced.xml. */
export function parseOfacAdvancedXml(xml: string, fileName: string): ListParseResult {
  const parsed = parseXml(xml, ARRAYS);
  if (!parsed.ok) return { ok: false, error: `${fileName}: not well-formed XML (${parsed.error})` };
  const root = parsed.doc['Sanctions'] as XmlNode | undefined;
  if (!root) return { ok: false, error: `${fileName}: no <Sanctions> root element (not OFAC's advanced XML)` };
  const refs = referenceValues(root);
  const locations = new Map(children(children(root, 'Locations')[0], 'Location').map((l) => [attr(l, 'ID') ?? '', l] as const));
  const programs = programsByProfile(refs, root);
  const entries: WatchEntry[] = [];
  const problems: string[] = [];
  for (const party of children(children(root, 'DistinctParties')[0], 'DistinctParty')) {
    for (const profile of children(party, 'Profile')) {
      const id = attr(profile, 'ID') ?? attr(party, 'FixedRef');
      const names = namesOf(profile);
      if (!id || names.length === 0) {
        problems.push(`${fileName}: DistinctParty ${attr(party, 'FixedRef') ?? '?'} has no ${id ? 'DocumentedName' : 'Profile ID'}`);
        continue;
      }
      entries.push({ id: `ofac:${id}`, kind: kindOf(refs, profile), names, programs: programs.get(id) ?? [], ...featuresOf(refs, locations, profile), source: `${fileName} Profile ${id}` });
    }
  }
  if (entries.length === 0) return { ok: false, error: `${fileName}: no DistinctParty could be read${problems[0] ? ` (${problems[0]})` : ''}` };
  const issue = children(root, 'DateOfIssue')[0];
  const date = isoDate(Number(text(issue, 'Year')), Number(text(issue, 'Month')), Number(text(issue, 'Day')));
  return { ok: true, list: { format: 'ofac-sdn-advanced-xml', title: 'ofac-sdn', ...(date ? { published: { date, detail: 'DateOfIssue' } } : {}), entries, problems } };
}
