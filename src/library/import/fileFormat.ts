// Which importer a file goes to, from its name and its first characters. The name decides when it
// is unambiguous; ".xml" is shared by draw.io and BPMN, so there the content decides.

export type FileFormat = 'drawio' | 'table' | 'vsdx' | 'bpmn' | 'json';

/** `head`: the file's first few kilobytes as text (enough to see the root element). */
export function fileFormatOf(name: string, head: string): FileFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.drawio') || lower.endsWith('.dio')) return 'drawio';
  if (lower.endsWith('.vsdx')) return 'vsdx';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return 'table';
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) {
    // draw.io's own XML: <mxfile> with pages, or a bare <mxGraphModel> copied out of it.
    if (/<(mxfile|mxGraphModel)[\s>]/.test(text.slice(0, 4096))) return 'drawio';
    return 'bpmn';
  }
  if (lower.endsWith('.bpmn') || lower.endsWith('.xml')) return 'bpmn';
  // A zip (PK\3\4) under another name: only a Visio drawing is one of ours.
  if (text.startsWith('PK\u0003\u0004')) return 'vsdx';
  return 'json';
}
