// Messages for course packs: several processes in one file.
export const packSv = {
  'pack.export': 'Exportera kurspaket',
  'pack.exportHelp': 'Alla processer som visas i listan, i en fil.',
  'pack.title': 'Kurspaket {date}',
  'pack.imported': 'Kurspaketet ”{file}” gav {count} processer i biblioteket.',
  'pack.importedSome':
    'Kurspaketet ”{file}” gav {count} processer. {failed} hoppades över: {newer} gjorda i en nyare version av Flödesverkstan (uppdatera appen för att läsa dem) och {unreadable} som inte gick att läsa.',
  'pack.nothingReadable':
    'Ingen process i kurspaketet ”{file}” gick att läsa ({unreadable} st.). Inget har ändrats.',
  'pack.allNewer':
    'Processerna i kurspaketet ”{file}” är gjorda i en nyare version av Flödesverkstan. Uppdatera appen för att läsa dem. Inget har ändrats.',
  'pack.noProcesses': 'Kurspaketet ”{file}” innehåller inga processer. Inget har ändrats.',
  'pack.quota':
    'Lagringsutrymmet tog slut under importen av kurspaketet ”{file}”: {count} processer hann sparas, resten inte. Ta bort processer eller sparade versioner du inte behöver och importera igen.',
  'pack.invalid': '”{file}” ser ut som ett kurspaket men går inte att läsa. Inget har ändrats.',
  'pack.newer':
    '”{file}” är ett kurspaket från en nyare version av Flödesverkstan. Inget har ändrats.',
  'pack.tooMany': '”{file}” innehåller för många processer. Inget har ändrats.',
  'pack.empty': 'Det finns inga processer i listan att lägga i ett kurspaket.',
} as const;

export const packEn: Record<keyof typeof packSv, string> = {
  'pack.export': 'Export course pack',
  'pack.exportHelp': 'All processes shown in the list, in one file.',
  'pack.title': 'Course pack {date}',
  'pack.imported': 'The course pack “{file}” added {count} processes to the library.',
  'pack.importedSome':
    'The course pack “{file}” added {count} processes. {failed} were skipped: {newer} made in a newer version of Flödesverkstan (update the app to read them) and {unreadable} that could not be read.',
  'pack.nothingReadable':
    'No process in the course pack “{file}” could be read ({unreadable} in all). Nothing was changed.',
  'pack.allNewer':
    'The processes in the course pack “{file}” were made in a newer version of Flödesverkstan. Update the app to read them. Nothing was changed.',
  'pack.noProcesses': 'The course pack “{file}” holds no processes. Nothing was changed.',
  'pack.quota':
    'Storage ran out while importing the course pack “{file}”: {count} processes were saved, the rest were not. Delete processes or saved versions you do not need and import again.',
  'pack.invalid': '“{file}” looks like a course pack but cannot be read. Nothing was changed.',
  'pack.newer':
    '“{file}” is a course pack from a newer version of Flödesverkstan. Nothing was changed.',
  'pack.tooMany': '“{file}” holds too many processes. Nothing was changed.',
  'pack.empty': 'There are no processes in the list to put in a course pack.',
};
