// Messages for the process landscape (processkarta).
export const landscapeSv = {
  'app.navLandscape': 'Processkarta',
  'landscape.heading': 'Processkarta',
  'landscape.help':
    'Alla processer i den här webbläsaren efter kategori: ledning överst, huvudprocesserna från kundens behov till värde, stöd under.',
  'landscape.ledningsprocess': 'Ledningsprocesser',
  'landscape.huvudprocess': 'Huvudprocesser',
  'landscape.stodprocess': 'Stödprocesser',
  'landscape.need': 'Kundens behov',
  'landscape.value': 'Värde för kunden',
  'landscape.empty': 'Inga processer i den här kategorin ännu.',
  'landscape.toBe': 'önskat läge',
  'landscape.print': 'Skriv ut eller spara som PDF',
  'matrix.heading': 'Involvering: processer och enheter',
  'matrix.help': 'Antal steg och överlämningar per enhet i varje process. Tomt = deltar inte.',
  'matrix.process': 'Process',
  'matrix.cell': '{steps} steg · {handovers} överl.',
  'matrix.cellLabel': '{unit} i {process}: {steps} steg, {handovers} överlämningar',
  'matrix.empty': 'Inga processer med enheter ännu.',
} as const;

export const landscapeEn: Record<keyof typeof landscapeSv, string> = {
  'app.navLandscape': 'Process map',
  'landscape.heading': 'Process landscape',
  'landscape.help':
    'Every process in this browser by category: management on top, the main processes from customer need to value, support below.',
  'landscape.ledningsprocess': 'Management processes',
  'landscape.huvudprocess': 'Main processes',
  'landscape.stodprocess': 'Support processes',
  'landscape.need': 'Customer need',
  'landscape.value': 'Value for the customer',
  'landscape.empty': 'No processes in this category yet.',
  'landscape.toBe': 'to-be',
  'landscape.print': 'Print or save as PDF',
  'matrix.heading': 'Involvement: processes and units',
  'matrix.help': 'Steps and handovers per unit in each process. Empty = not involved.',
  'matrix.process': 'Process',
  'matrix.cell': '{steps} steps · {handovers} hand.',
  'matrix.cellLabel': '{unit} in {process}: {steps} steps, {handovers} handovers',
  'matrix.empty': 'No processes with units yet.',
};
