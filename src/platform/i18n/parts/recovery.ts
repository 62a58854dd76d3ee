// Messages of input limits (every field says how much it takes) and of the recovery view (a
// stored process that cannot be read: what could be read, a readable copy, versions, raw JSON).
export const recoverySv = {
  'limits.chars': '{used} av {max} tecken',
  'limits.items': '{used} av högst {max}',
  'limits.cutItems': 'Bara de {max} första sparades ({count} angavs).',
  'limits.tagsHint': 'Skilj flera med kommatecken, högst {max} tecken per tagg.',
  'limits.cutLabel': 'Texten var längre än {max} tecken och kortades.',
  'limits.pasteCut': '{count} rader var längre än {max} tecken och kortades.',
  'limits.pasteDropped':
    'Bara de {max} första raderna klistrades in ({count} fanns); långa rader kortas till {chars} tecken.',
  'limits.packSkipped':
    'Kurspaketet har inte med det som inte kunde läsas: {titles}. Öppna processen för att rädda det som går.',
  'recovery.aria': 'Återställ processen {title}',
  'recovery.heading': 'Processen kunde inte läsas som den är sparad',
  'recovery.intro':
    'Något i den sparade processen följer inte filformatet, så den går inte att öppna som den är. Det här gick att läsa:',
  'recovery.titleLabel': 'Titel',
  'recovery.counts':
    '{lanes} av {lanesFound} simbanor, {steps} av {stepsFound} steg och {connections} av {connectionsFound} kopplingar',
  'recovery.stepList': 'Steg som gick att läsa',
  'recovery.moreSteps': '… och {count} till',
  'recovery.nothing': 'Inget i den sparade raden ser ut som en process.',
  'recovery.saveCopy': 'Spara en läsbar kopia',
  'recovery.saveCopyHint':
    'Kopian får det som gick att läsa och öppnas som en ny process. Originalet lämnas orört.',
  'recovery.copySuffix': '(återställd)',
  'recovery.rawFileName': '{title} rådata',
  'recovery.copySaved': 'En läsbar kopia sparades.',
  'recovery.versions': 'Versioner',
  'recovery.versionsHint':
    'Återställ ersätter den oläsbara processen med en sparad version. Det som gick att läsa sparas först som en egen version.',
  'recovery.noVersions': 'Processen har inga sparade versioner.',
  'recovery.restore': 'Återställ',
  'recovery.restoreOf': 'Återställ {version}',
  'recovery.restored': 'Versionen återställdes.',
  'recovery.export': 'Exportera rådata (JSON)',
  'recovery.exportHint': 'Raden precis som den är sparad, till exempel för att laga den för hand.',
  'recovery.failed': 'Det gick inte. Försök igen, eller exportera rådata.',
} as const;

export const recoveryEn: Record<keyof typeof recoverySv, string> = {
  'limits.chars': '{used} of {max} characters',
  'limits.items': '{used} of at most {max}',
  'limits.cutItems': 'Only the first {max} were saved ({count} were given).',
  'limits.tagsHint': 'Separate several with commas, at most {max} characters a tag.',
  'limits.cutLabel': 'The text was longer than {max} characters and was shortened.',
  'limits.pasteCut': '{count} lines were longer than {max} characters and were shortened.',
  'limits.pasteDropped':
    'Only the first {max} lines were pasted ({count} were there); long lines are shortened to {chars} characters.',
  'limits.packSkipped':
    'The course pack leaves out what could not be read: {titles}. Open the process to save what can be saved.',
  'recovery.aria': 'Recover the process {title}',
  'recovery.heading': 'The process could not be read as it is stored',
  'recovery.intro':
    'Something in the stored process does not follow the file format, so it cannot be opened as it is. This could be read:',
  'recovery.titleLabel': 'Title',
  'recovery.counts':
    '{lanes} of {lanesFound} lanes, {steps} of {stepsFound} steps and {connections} of {connectionsFound} connections',
  'recovery.stepList': 'Steps that could be read',
  'recovery.moreSteps': '… and {count} more',
  'recovery.nothing': 'Nothing in the stored row looks like a process.',
  'recovery.saveCopy': 'Save a readable copy',
  'recovery.saveCopyHint':
    'The copy gets what could be read and opens as a new process. The original is left as it is.',
  'recovery.copySuffix': '(recovered)',
  'recovery.rawFileName': '{title} raw data',
  'recovery.copySaved': 'A readable copy was saved.',
  'recovery.versions': 'Versions',
  'recovery.versionsHint':
    'Restore replaces the unreadable process with a saved version. What could be read is first kept as a version of its own.',
  'recovery.noVersions': 'The process has no saved versions.',
  'recovery.restore': 'Restore',
  'recovery.restoreOf': 'Restore {version}',
  'recovery.restored': 'The version was restored.',
  'recovery.export': 'Export raw data (JSON)',
  'recovery.exportHint': 'The row exactly as it is stored, for instance to mend it by hand.',
  'recovery.failed': 'That did not work. Try again, or export the raw data.',
};
