// Parsing draw.io XML with fast-xml-parser, after the checks that must come before any parsing:
// size, nesting depth, and no DTD at all (that closes entity expansion for good). Entities are
// decoded here, once, so "&amp;lt;" stays the text "&lt;" and never becomes markup.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { xmlNestingExceeds } from '../bpmn/xmlNesting';
import { MAX_DRAWIO_DEPTH } from './limits';

export type XmlError = 'tooDeep' | 'doctype' | 'notXml';
export type XmlNode = Record<string, unknown>;

const LISTS = new Set(['diagram', 'mxCell', 'UserObject', 'object', 'mxPoint']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  processEntities: false,
  htmlEntities: false,
  // A page's compressed text is a text node even when <diagram> has no attributes.
  alwaysCreateTextNode: true,
  isArray: (name) => LISTS.has(name),
});

export function parseXml(
  xml: string,
): { ok: true; root: XmlNode } | { ok: false; error: XmlError } {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { ok: false, error: 'doctype' };
  if (xmlNestingExceeds(xml, MAX_DRAWIO_DEPTH)) return { ok: false, error: 'tooDeep' };
  // The parser accepts a file cut short; the validator does not.
  if (XMLValidator.validate(xml) !== true) return { ok: false, error: 'notXml' };
  try {
    return { ok: true, root: parser.parse(xml) as XmlNode };
  } catch {
    // Element names such as __proto__ are refused by the parser itself.
    return { ok: false, error: 'notXml' };
  }
}

const NAMED: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** A character reference, or U+FFFD for one that names no character. */
function codePoint(n: number): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff)
    ? String.fromCodePoint(n)
    : '\uFFFD';
}

/** XML's five entities and numeric references, in one pass. */
export function decodeXml(text: string, named: ReadonlyMap<string, string> = NAMED): string {
  return text.replace(/&(#x[0-9a-f]{1,8}|#[0-9]{1,10}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#')
      return codePoint(
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)),
      );
    return named.get(ref.toLowerCase()) ?? whole;
  });
}

/** The attribute as text, decoded; '' when absent or not a string. */
export function attr(node: XmlNode | undefined, name: string): string {
  const value = node && Object.hasOwn(node, name) ? node[name] : undefined;
  return typeof value === 'string' ? decodeXml(value) : '';
}

/** The child elements of that name, always as a list. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node && Object.hasOwn(node, name) ? node[name] : undefined;
  if (Array.isArray(value))
    return value.filter((v): v is XmlNode => typeof v === 'object' && v !== null);
  return typeof value === 'object' && value !== null ? [value as XmlNode] : [];
}
