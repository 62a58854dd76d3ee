// Messages of the journal (what a reload or crash did not get to save, put back on the next
// start) and of merges between two tabs that changed the same field.
export const journalSv = {
  'journal.recoveredOne': 'Återställde en ändring i ”{title}” som inte hann sparas.',
  'journal.recovered': 'Återställde {count} ändringar i ”{title}” som inte hann sparas.',
  'journal.recoveredPartly':
    'Återställde {count} ändringar i ”{title}” som inte hann sparas. {skipped} gick inte att göra, eftersom processen har ändrats sedan dess.',
  'journal.recoveredMany':
    'Återställde {count} ändringar i {processes} processer som inte hann sparas.',
  'journal.conflictStep':
    '”{field}” i steget ”{step}” ändrades samtidigt i en annan flik. Ändringen i den här fliken behölls.',
  'journal.conflictConnection':
    '”{field}” på kopplingen {step} ändrades samtidigt i en annan flik. Ändringen i den här fliken behölls.',
  'journal.conflictProcess':
    '”{field}” ändrades samtidigt i en annan flik. Ändringen i den här fliken behölls.',
  'journal.conflictRemoved':
    'Steget ”{step}” togs bort på ett ställe men ändrades på ett annat. Det finns kvar, med ändringen.',
  'journal.conflictMany':
    '{count} fält ändrades samtidigt i en annan flik. Ändringarna i den här fliken behölls.',
  'journal.someField': 'Ett fält',
};

export const journalEn: Record<keyof typeof journalSv, string> = {
  'journal.recoveredOne': 'Restored one change to “{title}” that had not been saved.',
  'journal.recovered': 'Restored {count} changes to “{title}” that had not been saved.',
  'journal.recoveredPartly':
    'Restored {count} changes to “{title}” that had not been saved. {skipped} could not be made, as the process has changed since.',
  'journal.recoveredMany':
    'Restored {count} changes to {processes} processes that had not been saved.',
  'journal.conflictStep':
    '“{field}” of the step “{step}” was changed in another tab at the same time. The change in this tab was kept.',
  'journal.conflictConnection':
    '“{field}” of the connection {step} was changed in another tab at the same time. The change in this tab was kept.',
  'journal.conflictProcess':
    '“{field}” was changed in another tab at the same time. The change in this tab was kept.',
  'journal.conflictRemoved':
    'The step “{step}” was removed in one place but changed in another. It is kept, with the change.',
  'journal.conflictMany':
    '{count} fields were changed in another tab at the same time. The changes in this tab were kept.',
  'journal.someField': 'A field',
};
