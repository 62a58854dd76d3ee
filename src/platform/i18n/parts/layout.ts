// Messages for "Städa upp" (automatic layout).
export const layoutSv = {
  'layout.tidyUp': 'Städa upp',
  'layout.tidySelection': 'Städa upp markeringen',
  'layout.done': 'Flödet är uppstädat.',
  'layout.failed': 'Flödet kunde inte städas upp. Inget har ändrats.',
  'layout.changedMeanwhile': 'Flödet ändrades medan det städades – försök igen.',
  'layout.tidying': 'Städar upp…',
} as const;

export const layoutEn: Record<keyof typeof layoutSv, string> = {
  'layout.tidyUp': 'Tidy up',
  'layout.tidySelection': 'Tidy up selection',
  'layout.done': 'The flow is tidied up.',
  'layout.failed': 'The flow could not be tidied up. Nothing was changed.',
  'layout.changedMeanwhile': 'The flow changed while it was being tidied – try again.',
  'layout.tidying': 'Tidying up…',
};
