// Messages of the shared library's sync engine (state/server/sync.ts): a merge with the server's
// copy settled fields that both sides had changed.
export const serverSyncSv = {
  'serverSync.conflict':
    '{count} fält i ”{title}” hade ändrats både här och i det delade biblioteket. Ändringarna härifrån behölls: granska processen.',
};

export const serverSyncEn: Record<keyof typeof serverSyncSv, string> = {
  'serverSync.conflict':
    '{count} fields of “{title}” had been changed both here and in the shared library. The changes made here were kept: please review the process.',
};
