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
};
