// Messages for the settings screen: storage, backup and the app itself.
export const settingsSv = {
  'app.navSettings': 'Inställningar',
  'settings.heading': 'Inställningar och lagring',
  'settings.storage': 'Lagring i den här webbläsaren',
  'settings.storageHelp':
    'Dina processer finns bara i den här webbläsaren. Ta en säkerhetskopia till fil ibland.',
  'settings.persisted':
    'Lagringen är beständig: webbläsaren rensar den inte för att frigöra plats.',
  'settings.notPersisted':
    'Lagringen är inte beständig: webbläsaren kan rensa den när utrymmet tar slut.',
  'settings.persistUnknown': 'Webbläsaren kan inte berätta om lagringen är beständig.',
  'settings.askPersist': 'Be om beständig lagring',
  'settings.usage': 'Använt {used} av {quota}.',
  'settings.usageUnknown': 'Webbläsaren kan inte berätta hur mycket utrymme som används.',
  'storage.quota':
    'Lagringsutrymmet är fullt, så den senaste ändringen kunde inte sparas. Den finns kvar här och sparas så snart det går. Exportera processen till en fil för säkerhets skull.',
  'storage.exportNow': 'Exportera till fil',
  'storage.deletedElsewhere':
    'Processen har tagits bort i en annan flik. Det du ser finns bara kvar här tills du ändrar något – då sparas den igen.',
  'storage.upgradedTitle': 'En nyare version är öppen',
  'storage.upgradedHelp':
    'Flödesverkstan har uppdaterats i en annan flik. Allt du gjort här är sparat. Ladda om sidan för att fortsätta med den nya versionen.',
  'storage.reload': 'Ladda om',
} as const;

export const settingsEn: Record<keyof typeof settingsSv, string> = {
  'app.navSettings': 'Settings',
  'settings.heading': 'Settings and storage',
  'settings.storage': 'Storage in this browser',
  'settings.storageHelp':
    'Your processes live only in this browser. Make a backup to a file now and then.',
  'settings.persisted': 'Storage is persistent: the browser will not clear it to free space.',
  'settings.notPersisted':
    'Storage is not persistent: the browser may clear it when space runs out.',
  'settings.persistUnknown': 'The browser cannot tell whether storage is persistent.',
  'settings.askPersist': 'Ask for persistent storage',
  'settings.usage': '{used} of {quota} used.',
  'settings.usageUnknown': 'The browser cannot tell how much space is used.',
  'storage.quota':
    'Storage is full, so the latest change could not be saved. It is still here and will be saved as soon as possible. Export the process to a file to be safe.',
  'storage.exportNow': 'Export to file',
  'storage.deletedElsewhere':
    'The process was deleted in another tab. What you see is only kept here until you change something – then it is saved again.',
  'storage.upgradedTitle': 'A newer version is open',
  'storage.upgradedHelp':
    'Flödesverkstan was updated in another tab. Everything you did here is saved. Reload the page to go on with the new version.',
  'storage.reload': 'Reload',
};
