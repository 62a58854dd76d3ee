// Messages for course packs: several processes in one file.
export const packSv = {
  'pack.export': 'Exportera kurspaket',
  'pack.exportHelp': 'Alla processer som visas i listan, i en fil.',
  'pack.title': 'Kurspaket {date}',
  'pack.imported': 'Kurspaketet ”{file}” gav {count} processer i biblioteket.',
  'pack.importedSome':
    'Kurspaketet ”{file}” gav {count} processer; {failed} gick inte att läsa och hoppades över.',
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
    'The course pack “{file}” added {count} processes; {failed} could not be read and were skipped.',
  'pack.invalid': '“{file}” looks like a course pack but cannot be read. Nothing was changed.',
  'pack.newer':
    '“{file}” is a course pack from a newer version of Flödesverkstan. Nothing was changed.',
  'pack.tooMany': '“{file}” holds too many processes. Nothing was changed.',
  'pack.empty': 'There are no processes in the list to put in a course pack.',
};
