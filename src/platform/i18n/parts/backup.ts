// Messages for the workspace backup: making one, restoring one, and the reminder.
export const backupSv = {
  'backup.heading': 'Säkerhetskopia',
  'backup.help':
    'En fil med alla processer, organisationsregistret och sparade versioner. Spara den utanför webbläsaren, på datorn eller i en delad mapp.',
  'backup.lastMade': 'Senaste säkerhetskopia: {date}.',
  'backup.never': 'Ingen säkerhetskopia är gjord i den här webbläsaren.',
  'backup.make': 'Säkerhetskopiera allt',
  'backup.restore': 'Återställ från säkerhetskopia…',
  'backup.made': 'Säkerhetskopian sparades som ”{file}”.',
  'backup.failed': 'Säkerhetskopian kunde inte göras. Exportera gärna processerna en och en.',
  'backup.error.tooLarge':
    '”{file}” är för stor för att vara en säkerhetskopia. Inget har ändrats.',
  'backup.error.notJson':
    '”{file}” är ingen säkerhetskopia (ingen giltig JSON). Inget har ändrats.',
  'backup.error.notBackup':
    '”{file}” är ingen säkerhetskopia från Flödesverkstan. En enskild process eller ett kurspaket importerar du i biblioteket. Inget har ändrats.',
  'backup.error.newerVersion':
    '”{file}” är gjord av en nyare version av Flödesverkstan (version {version}). Uppdatera appen och försök igen. Inget har ändrats.',
  'backup.error.invalid': '”{file}” är skadad eller ofullständig. Inget har ändrats.',
  'backup.error.unreadable': '”{file}” kunde inte läsas. Inget har ändrats.',
  'backup.error.restoreFailed': 'Återställningen kunde inte slutföras. Inget har ändrats.',
  'backup.error.nothingReadable':
    'Inget i ”{file}” gick att läsa ({count} delar hoppades över), så det finns inget att återställa. Inget har ändrats.',
  'backup.replaceRefused': 'Går inte här: filen innehåller inget som gick att läsa.',
  'backup.registerSummary':
    'Organisationsregistret i filen: {units} enheter och {groups} kundgrupper.',
  'backup.registerAdded': 'Nya i organisationsregistret ({count})',
  'backup.registerRemoved': 'Tas bort ur organisationsregistret ({count})',
  'backup.replaceUndone': 'Arbetsytan är tillbaka som den var före återställningen.',
  'backup.undoFailed': 'Arbetsytan kunde inte tas tillbaka. Inget har ändrats.',
  'backup.safetyCopy':
    'Arbetsytan som ersattes {date} finns kvar i den här webbläsaren och kan tas tillbaka.',
  'backup.safetyCopyRestore': 'Ta tillbaka arbetsytan från före ersättningen',
  'backup.dialogTitle': 'Återställ från säkerhetskopia',
  'backup.dialogFile':
    '”{file}”, gjord {date}: {processes} processer och {revisions} sparade versioner.',
  'backup.skipped': '{count} delar av filen gick inte att läsa och hoppas över.',
  'backup.mode': 'Hur vill du återställa?',
  'backup.merge': 'Slå ihop med det som finns här',
  'backup.mergeHelp':
    'Inget här tas bort eller skrivs över. En process som finns på båda ställena men skiljer sig kommer in som en kopia.',
  'backup.replace': 'Ersätt allt med säkerhetskopian',
  'backup.replaceHelp':
    'Allt som inte finns i filen tas bort från den här webbläsaren: processer, sparade versioner och organisationsregistrets poster. Det som ersätts sparas först i webbläsaren, så att du kan ångra.',
  'backup.saveCurrentFirst': 'Säkerhetskopiera det som finns här först',
  'backup.preview': 'Det här händer',
  'backup.added': 'Läggs till ({count})',
  'backup.replaced': 'Ersätts med filens version ({count})',
  'backup.removed': 'Tas bort ({count})',
  'backup.copied': 'Finns här med annat innehåll – kommer in som kopia ({count})',
  'backup.unchanged': 'Redan likadana ({count})',
  'backup.revisions': 'Sparade versioner: {added} läggs till, {removed} tas bort.',
  'backup.more': '… och {count} till',
  'backup.doRestore': 'Återställ',
  'backup.restored':
    'Säkerhetskopian är återställd: {added} tillagda, {replaced} ersatta, {removed} borttagna, {copied} kopior.',
  'backup.copySuffix': '(från säkerhetskopia)',
  'backup.reminderLabel': 'Påminnelse om säkerhetskopia',
  'backup.reminderNever':
    'Dina processer finns bara i den här webbläsaren, och du har inte säkerhetskopierat dem. Webbläsaren kan rensa sin lagring.',
  'backup.reminderOld':
    'Senaste säkerhetskopian gjordes {date}. Dina processer finns bara i den här webbläsaren.',
  'backup.reminderNow': 'Säkerhetskopiera nu',
  'backup.reminderLater': 'Påminn mig senare',
} as const;

export const backupEn: Record<keyof typeof backupSv, string> = {
  'backup.heading': 'Backup',
  'backup.help':
    'One file with every process, the organisation register and saved versions. Keep it outside the browser, on your computer or in a shared folder.',
  'backup.lastMade': 'Last backup: {date}.',
  'backup.never': 'No backup has been made in this browser.',
  'backup.make': 'Back up everything',
  'backup.restore': 'Restore from backup…',
  'backup.made': 'The backup was saved as “{file}”.',
  'backup.failed': 'The backup could not be made. Export the processes one by one to be safe.',
  'backup.error.tooLarge': '“{file}” is too large to be a backup. Nothing was changed.',
  'backup.error.notJson': '“{file}” is not a backup (not valid JSON). Nothing was changed.',
  'backup.error.notBackup':
    '“{file}” is not a Flödesverkstan backup. Import a single process or a course pack in the library. Nothing was changed.',
  'backup.error.newerVersion':
    '“{file}” was made by a newer version of Flödesverkstan (version {version}). Update the app and try again. Nothing was changed.',
  'backup.error.invalid': '“{file}” is damaged or incomplete. Nothing was changed.',
  'backup.error.unreadable': '“{file}” could not be read. Nothing was changed.',
  'backup.error.restoreFailed': 'The restore could not be completed. Nothing was changed.',
  'backup.error.nothingReadable':
    'Nothing in “{file}” could be read ({count} parts were skipped), so there is nothing to restore. Nothing was changed.',
  'backup.replaceRefused': 'Not possible here: the file holds nothing that could be read.',
  'backup.registerSummary':
    'The organisation register in the file: {units} units and {groups} customer groups.',
  'backup.registerAdded': 'New in the organisation register ({count})',
  'backup.registerRemoved': 'Removed from the organisation register ({count})',
  'backup.replaceUndone': 'The workspace is back as it was before the restore.',
  'backup.undoFailed': 'The workspace could not be put back. Nothing was changed.',
  'backup.safetyCopy':
    'The workspace replaced on {date} is still kept in this browser and can be put back.',
  'backup.safetyCopyRestore': 'Put back the workspace from before the replace',
  'backup.dialogTitle': 'Restore from backup',
  'backup.dialogFile':
    '“{file}”, made {date}: {processes} processes and {revisions} saved versions.',
  'backup.skipped': '{count} parts of the file could not be read and are skipped.',
  'backup.mode': 'How do you want to restore?',
  'backup.merge': 'Merge with what is here',
  'backup.mergeHelp':
    'Nothing here is removed or overwritten. A process that is in both places but differs comes in as a copy.',
  'backup.replace': 'Replace everything with the backup',
  'backup.replaceHelp':
    'Everything not in the file is removed from this browser: processes, saved versions and organisation register entries. What is replaced is kept in the browser first, so you can undo.',
  'backup.saveCurrentFirst': 'Back up what is here first',
  'backup.preview': 'What will happen',
  'backup.added': 'Added ({count})',
  'backup.replaced': 'Replaced by the file’s version ({count})',
  'backup.removed': 'Removed ({count})',
  'backup.copied': 'Here with other content – comes in as a copy ({count})',
  'backup.unchanged': 'Already the same ({count})',
  'backup.revisions': 'Saved versions: {added} added, {removed} removed.',
  'backup.more': '… and {count} more',
  'backup.doRestore': 'Restore',
  'backup.restored':
    'The backup is restored: {added} added, {replaced} replaced, {removed} removed, {copied} copies.',
  'backup.copySuffix': '(from backup)',
  'backup.reminderLabel': 'Backup reminder',
  'backup.reminderNever':
    'Your processes live only in this browser, and you have not backed them up. The browser may clear its storage.',
  'backup.reminderOld':
    'The last backup was made {date}. Your processes live only in this browser.',
  'backup.reminderNow': 'Back up now',
  'backup.reminderLater': 'Remind me later',
};
