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
};
