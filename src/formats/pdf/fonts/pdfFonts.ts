// The PDF's own font: DejaVu Sans, cut at build time to Latin (with Extended-A/B and Additional),
// Greek, Cyrillic, punctuation, arrows and currency (scripts/pdfFonts.ts). Registered in each
// jsPDF document, which embeds only the glyphs a document uses; svg2pdf finds it by the SVG's
// font-family. Browser-only (fetches the font files, which the service worker precaches).
import type { jsPDF } from 'jspdf';
import { bold, regular } from 'virtual:pdf-fonts';
import { replaceMissing } from './glyphs';

export { missingGlyphs, replaceMissing } from './glyphs';
export { PLACEHOLDER } from './ranges';

/** The family name in jsPDF and in the SVG the diagram is drawn from. */
export const PDF_FONT = 'DejaVu Sans';

let files: Promise<[string, string]> | null = null;

async function binary(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`PDF font ${url}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // jsPDF's virtual file system takes a binary string (or base64).
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return text;
}

/**
 * Only for the benchmark's before/after comparison: `?pdfFont=helvetica` in the page's address
 * builds the PDF with jsPDF's standard Helvetica (WinAnsi only) as before the font was embedded.
 */
function standardFontWanted(): boolean {
  return typeof location !== 'undefined' && location.search.includes('pdfFont=helvetica');
}

/**
 * Registers the font (normal and bold) in this document and returns its family name. The files
 * are fetched once per page load. Every text the document is given from here on through text(),
 * splitTextToSize() or getTextWidth() has the characters the font lacks replaced by □.
 */
export async function addPdfFonts(pdf: jsPDF): Promise<string> {
  if (standardFontWanted()) return 'helvetica';
  files ??= Promise.all([binary(regular), binary(bold)]);
  let loaded: [string, string];
  try {
    loaded = await files;
  } catch (error) {
    files = null; // A later export tries again.
    throw error;
  }
  pdf.addFileToVFS('DejaVuSans.ttf', loaded[0]);
  pdf.addFileToVFS('DejaVuSans-Bold.ttf', loaded[1]);
  pdf.addFont('DejaVuSans.ttf', PDF_FONT, 'normal', 'Identity-H');
  pdf.addFont('DejaVuSans-Bold.ttf', PDF_FONT, 'bold', 'Identity-H');
  guardText(pdf);
  return PDF_FONT;
}

type Text = string | string[];
const mapText = <T extends Text>(text: T): T =>
  (typeof text === 'string' ? replaceMissing(text) : text.map(replaceMissing)) as T;

/** Routes this document's text calls through replaceMissing (svg2pdf's calls too). */
function guardText(pdf: jsPDF) {
  const text = pdf.text.bind(pdf);
  const split = pdf.splitTextToSize.bind(pdf);
  const width = pdf.getTextWidth.bind(pdf);
  pdf.text = ((value: Text, ...rest: unknown[]) =>
    (text as (...args: unknown[]) => jsPDF)(mapText(value), ...rest)) as jsPDF['text'];
  pdf.splitTextToSize = ((value: string, ...rest: unknown[]) =>
    (split as (...args: unknown[]) => string[])(
      replaceMissing(value),
      ...rest,
    )) as jsPDF['splitTextToSize'];
  pdf.getTextWidth = (value: string) => width(replaceMissing(value));
}
