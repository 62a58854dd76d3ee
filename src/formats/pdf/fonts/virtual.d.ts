// The cut PDF fonts' asset URLs, from scripts/pdfFonts.ts (a Vite plugin).
declare module 'virtual:pdf-fonts' {
  export const regular: string;
  export const bold: string;
}
