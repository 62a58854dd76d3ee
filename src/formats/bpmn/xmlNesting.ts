// How deeply a BPMN file nests its elements, found without parsing it: the converter walks
// sub-processes and lane sets recursively, and a crafted file 5 000 levels deep would overflow
// the stack. Real models nest a few dozen levels at most.

/** Whether elements nest deeper than `limit`. Malformed text is left for the parser to refuse. */
export function xmlNestingExceeds(xml: string, limit: number): boolean {
  let depth = 0;
  let i = xml.indexOf('<');
  while (i !== -1) {
    const next = xml[i + 1];
    if (next === '/') {
      depth--;
      i = xml.indexOf('<', i + 2);
      continue;
    }
    if (next === '!' || next === '?') {
      // Comment, CDATA or processing instruction: text that may itself contain "<".
      const close = xml.startsWith('<!--', i)
        ? '-->'
        : xml.startsWith('<![CDATA[', i)
          ? ']]>'
          : '>';
      const end = xml.indexOf(close, i + 2);
      if (end === -1) return false;
      i = xml.indexOf('<', end + close.length);
      continue;
    }
    const end = tagEnd(xml, i + 1);
    if (end === -1) return false;
    if (xml[end - 1] !== '/' && ++depth > limit) return true;
    i = xml.indexOf('<', end + 1);
  }
  return false;
}

/** The ">" that ends the tag begun before `from`; a quoted attribute value may hold ">". */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let j = from; j < xml.length; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  return -1;
}
