// A course pack: every process in it is imported like a file of its own, none overwrites.
import type { PackReading } from '../../formats/json/coursePack';
import { isQuotaError } from '../../state/quotaError';
import { services } from '../../state/services';
import { useSessionStore } from '../../state/sessionStore';

export async function importPack(name: string, pack: Exclude<PackReading, { kind: 'notPack' }>) {
  const { showAlert, showToast } = useSessionStore.getState();
  if (pack.kind === 'invalid') {
    const key = { shape: 'pack.invalid', newerVersion: 'pack.newer', tooMany: 'pack.tooMany' }[
      pack.reason
    ];
    showAlert({ key, params: { file: name } });
    return;
  }
  if (pack.files.length === 0)
    return showAlert({ key: 'pack.noProcesses', params: { file: name } });
  let count = 0;
  let newer = 0;
  for (const file of pack.files) {
    try {
      const result = await services().importProcessFile(file);
      if (result.ok) count++;
      else if (result.error.code === 'newerVersion') newer++;
    } catch (e) {
      if (!isQuotaError(e)) throw e;
      return showAlert({ key: 'pack.quota', params: { file: name, count } });
    }
  }
  const failed = pack.files.length - count;
  const params = { file: name, count, failed, newer, unreadable: failed - newer };
  // Whatever was skipped stays on screen until closed: a toast would be gone in seconds.
  if (failed === 0) showToast({ key: 'pack.imported', params });
  else if (count === 0 && newer === 0) showAlert({ key: 'pack.nothingReadable', params });
  else if (count === 0 && newer === failed) showAlert({ key: 'pack.allNewer', params });
  else showAlert({ key: 'pack.importedSome', params });
}
