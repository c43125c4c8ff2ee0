import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * XML reading for the list parsers: validate first (so a broken file gets its line and column, not a
 * half-read list), then parse into plain objects with every value a string and namespace prefixes gone.
 */

/** A parsed element: child elements by name, attributes as `@_name`, text as `#text`. */
export type XmlNode = Record<string, unknown>;

/** Parses XML text; `arrays` names elements that may repeat (always returned as arrays). */
export function parseXml(text: string, arrays: ReadonlySet<string>): { ok: true; doc: XmlNode } | { ok: false; error: string } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, error: `line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}` };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => arrays.has(name),
  });
  return { ok: true, doc: parser.parse(text) as XmlNode };
}

/** The child element(s) `name` as an array (absent → empty). */
export function children(node: unknown, name: string): XmlNode[] {
  if (node === null || typeof node !== 'object') return [];
  const value = (node as XmlNode)[name];
  if (value === undefined || value === null || value === '') return [];
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => (typeof v === 'string' ? [{ '#text': v }] : v !== null && typeof v === 'object' ? [v as XmlNode] : []));
}

/** The text of child `name` (or of the node itself with no name), trimmed; undefined when empty. */
export function text(node: unknown, name?: string): string | undefined {
  const value = name === undefined ? node : node !== null && typeof node === 'object' ? (node as XmlNode)[name] : undefined;
  const raw = Array.isArray(value) ? value[0] : value;
  const out = typeof raw === 'string' ? raw : raw !== null && typeof raw === 'object' ? (raw as XmlNode)['#text'] : undefined;
  return typeof out === 'string' && out.trim() !== '' ? out.trim() : undefined;
}

/** The texts of every child `name`. */
export function texts(node: unknown, name: string): string[] {
  return children(node, name).map((c) => text(c)).filter((t): t is string => t !== undefined);
}

/** An attribute value. */
export function attr(node: unknown, name: string): string | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const value = (node as XmlNode)[`@_${name}`];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The name of the document's root element (ignoring the `?xml` declaration). */
export function rootName(doc: XmlNode): string | undefined {
  return Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
}
