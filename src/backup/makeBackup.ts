// "Säkerhetskopiera allt": the whole workspace as one download, and the time noted so the
// reminder knows when the last one was made. Pending edits are written first, so the file holds
// what the person sees.
import { backupFileName, serializeBackup } from '../formats/backup/backupFile';
import { services } from '../state/services';
import { useSessionStore } from '../state/sessionStore';
import { downloadText } from '../ui/download';

export async function makeBackup(now: Date = new Date()): Promise<boolean> {
  const { showAlert, showToast } = useSessionStore.getState();
  try {
    await services().flush();
    const text = serializeBackup(await services().workspace.read(), now);
    const name = backupFileName(now);
    downloadText(name, text, 'application/json');
    await services().backup.noteMade(now);
    showToast({ key: 'backup.made', params: { file: name } });
    return true;
  } catch (e) {
    // A workspace too large for one string, or storage that does not answer.
    console.error(e);
    showAlert({ key: 'backup.failed' });
    return false;
  }
}
