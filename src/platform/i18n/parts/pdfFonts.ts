// Messages of the PDF's embedded font (formats/pdf/fonts, editor/export/MissingCharacters).
export const pdfFontsSv = {
  'pdfFonts.missing': 'Tecken som PDF-typsnittet saknar och som skrivs som {placeholder}: {chars}',
  'pdfFonts.missingHelp':
    'Typsnittet har latinska (även samiska), grekiska och kyrilliska bokstäver, pilar och valutatecken, men till exempel inte emojier.',
} as const;

export const pdfFontsEn: Record<keyof typeof pdfFontsSv, string> = {
  'pdfFonts.missing': 'Characters the PDF font lacks, printed as {placeholder}: {chars}',
  'pdfFonts.missingHelp':
    'The font has Latin (Sámi too), Greek and Cyrillic letters, arrows and currency signs, but not, for example, emoji.',
};
