// Reading one XML part of a Visio package into plain objects. No DTD is ever read (none of
// Visio's parts has one, and that closes entity expansion for good); depth is checked before
// parsing; names like __proto__ make fast-xml-parser throw, which the caller turns into a refusal.
import { XMLParser } from 'fast-xml-parser';
import { xmlNestingExceeds } from '../bpmn/xmlNesting';

/** A parsed element: attributes as strings, child elements as arrays, text under '#text'. */
export type XmlNode = { readonly [key: string]: unknown };

export const MAX_PART_CHARS = 20 * 1024 * 1024;
/** Visio nests groups in groups; a few dozen levels is already unusual. */
export const MAX_PART_DEPTH = 200;

export class VsdxXmlError extends Error {
  constructor(readonly reason: 'doctype' | 'tooDeep' | 'tooLarge' | 'notXml') {
    super(reason);
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: '#text',
  parseAttributeValue: false,
  parseTagValue: false,
  processEntities: true,
  trimValues: false,
  // A text-only element is an object like any other (its text under '#text').
  alwaysCreateTextNode: true,
  // Every element is a list, so one shape and many shapes are read the same way.
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

export function parsePart(xml: string): XmlNode {
  if (xml.length > MAX_PART_CHARS) throw new VsdxXmlError('tooLarge');
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new VsdxXmlError('doctype');
  if (xmlNestingExceeds(xml, MAX_PART_DEPTH)) throw new VsdxXmlError('tooDeep');
  let parsed: unknown;
  try {
    parsed = parser.parse(xml, true);
  } catch {
    throw new VsdxXmlError('notXml');
  }
  if (!parsed || typeof parsed !== 'object') throw new VsdxXmlError('notXml');
  return parsed as XmlNode;
}

/** Child elements by name; only the node's own keys (never something inherited). */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  if (!node || !Object.hasOwn(node, name)) return [];
  const value = node[name];
  return Array.isArray(value)
    ? value.filter((v): v is XmlNode => !!v && typeof v === 'object')
    : [];
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  if (!node || !Object.hasOwn(node, name)) return undefined;
  const value = node[name];
  return typeof value === 'string' ? value : undefined;
}

/** The text of an element as plain text: markup (cp, pp, fld) dropped, whitespace collapsed. */
export function plainText(node: XmlNode | undefined): string {
  if (!node) return '';
  const own = Object.hasOwn(node, '#text') ? node['#text'] : '';
  const text = typeof own === 'string' ? own : Array.isArray(own) ? own.join(' ') : '';
  return text.replace(/\s+/g, ' ').trim();
}
