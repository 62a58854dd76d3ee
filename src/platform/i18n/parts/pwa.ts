// Messages for the installable, offline app: the offer of a new version.
export const pwaSv = {
  'pwa.banner': 'Ny version',
  'pwa.updateReady': 'Ny version finns — ladda om när det passar. Det du har gjort sparas först.',
  'pwa.reload': 'Ladda om',
  'pwa.reloading': 'Sparar …',
  'pwa.saveFailed':
    'Ändringarna kunde inte sparas, så sidan laddas inte om. Exportera processen till en fil först.',
} as const;

export const pwaEn: Record<keyof typeof pwaSv, string> = {
  'pwa.banner': 'New version',
  'pwa.updateReady':
    'A new version is available — reload when it suits you. Your work is saved first.',
  'pwa.reload': 'Reload',
  'pwa.reloading': 'Saving …',
  'pwa.saveFailed':
    'Your changes could not be saved, so the page will not reload. Export the process to a file first.',
};
