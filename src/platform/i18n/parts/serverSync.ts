// Messages of the shared library's sync engine (state/server/sync.ts): a merge with the server's
// copy settled fields that both sides had changed.
export const serverSyncSv = {
  'serverSync.conflict':
    '{count} fält i ”{title}” hade ändrats både här och i det delade biblioteket. Ändringarna härifrån behölls: granska processen.',
  'serverSync.denied':
    'Du har inte längre rätt att redigera ”{title}” tillsammans med andra. Det du ser nu sparas bara på den här datorn.',
};

export const serverSyncEn: Record<keyof typeof serverSyncSv, string> = {
  'serverSync.conflict':
    '{count} fields of “{title}” had been changed both here and in the shared library. The changes made here were kept: please review the process.',
  'serverSync.denied':
    'You may no longer edit “{title}” with others. What you see now is kept on this computer only.',
};
