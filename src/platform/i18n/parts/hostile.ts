// Messages for files that cannot come in as they are: what the limit is, what is not supported,
// and a full disk during an import. Each says that nothing was changed.
export const hostileSv = {
  'import.error.fileTooLarge':
    '”{file}” är större än {max} MB, gränsen för filer som importeras. Inget har ändrats.',
  'import.error.quota':
    'Lagringsutrymmet är fullt, så ”{file}” kunde inte sparas. Inget har ändrats. Ta bort processer eller sparade versioner du inte behöver, eller exportera dem till fil, och försök igen.',
  'import.error.saveFailed': '”{file}” kunde inte sparas. Inget har ändrats. Försök igen.',
  'import.error.unsupported':
    '”{file}” är i ett format som inte kan importeras. Inget har ändrats. Importera en fil från Flödesverkstan, BPMN 2.0, draw.io, Visio (.vsdx) eller en tabell (.csv, .tsv).',
  'import.dropHint': 'Släpp filerna här för att importera dem',
  'bpmn.error.tooDeep':
    '”{file}” har element inuti varandra i mer än {max} nivåer, långt fler än i någon riktig processmodell, och läses inte. Inget har ändrats.',
  'bpmn.error.xinclude':
    '”{file}” hämtar delar från andra filer med XInclude, vilket inte stöds. Spara modellen som en enda BPMN-fil och importera den. Inget har ändrats.',
} as const;

export const hostileEn: Record<keyof typeof hostileSv, string> = {
  'import.error.fileTooLarge':
    '“{file}” is larger than {max} MB, the limit for imported files. Nothing was changed.',
  'import.error.quota':
    'Storage is full, so “{file}” could not be saved. Nothing was changed. Delete processes or saved versions you do not need, or export them to a file, and try again.',
  'import.error.saveFailed': '“{file}” could not be saved. Nothing was changed. Try again.',
  'import.error.unsupported':
    '“{file}” is in a format that cannot be imported. Nothing was changed. Import a Flödesverkstan file, BPMN 2.0, draw.io, Visio (.vsdx) or a table (.csv, .tsv).',
  'import.dropHint': 'Drop the files here to import them',
  'bpmn.error.tooDeep':
    '“{file}” nests elements more than {max} levels deep, far more than any real process model, and is not read. Nothing was changed.',
  'bpmn.error.xinclude':
    '“{file}” pulls in parts of other files with XInclude, which is not supported. Save the model as a single BPMN file and import that. Nothing was changed.',
};
