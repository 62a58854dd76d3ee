// "Importera" and a file dropped on the library: one way in for every format. The file's name and
// first characters pick the converter (each loaded on demand); a broken file changes nothing
// stored and says why in the alert region.
import { navigate, processPath } from '../../platform/router';
import { readCoursePack } from '../../formats/json/coursePack';
import { isQuotaError } from '../../state/quotaError';
import { services } from '../../state/services';
import { useSessionStore } from '../../state/sessionStore';
import { fileFormatOf } from './fileFormat';
import { importPack } from './packImport';
import { importErrorMessage } from './importMessages';

/** Files larger than this are refused before reading: no real process comes near it. */
const MAX_FILE_MB = 25;
const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

export async function importFile(file: File): Promise<void> {
  const { showAlert } = useSessionStore.getState();
  if (file.size > MAX_FILE_BYTES) {
    showAlert({ key: 'import.error.fileTooLarge', params: { file: file.name, max: MAX_FILE_MB } });
    return;
  }
  let head: string;
  try {
    head = await file.slice(0, 4096).text();
  } catch {
    showAlert({ key: 'import.error.unreadable', params: { file: file.name } });
    return;
  }
  const format = fileFormatOf(file.name, head);
  // Binary or encoded formats read the bytes themselves (a zip; Windows-1252 text).
  if (format === 'vsdx') return (await import('./vsdxImport')).importVsdxFile(file);
  if (format === 'table') return (await import('./tableImport')).importTableFile(file);
  let text: string;
  try {
    text = await file.text();
  } catch {
    showAlert({ key: 'import.error.unreadable', params: { file: file.name } });
    return;
  }
  if (format === 'drawio')
    return (await import('./drawioImport')).importDrawioFile(file.name, text);
  if (format === 'bpmn') return (await import('./bpmnImport')).importBpmnFile(file.name, text);
  const pack = readCoursePack(text);
  if (pack.kind !== 'notPack') return importPack(file.name, pack);
  await importOwnFile(file.name, text);
}

async function importOwnFile(name: string, text: string) {
  const { showAlert, showToast } = useSessionStore.getState();
  const result = await services().importProcessFile(text);
  if (!result.ok) {
    showAlert(importErrorMessage(result.error, name));
    return;
  }
  const repaired = result.warnings
    .filter((w) => w.code !== 'migrated')
    .reduce((n, w) => n + w.count, 0);
  showToast(
    repaired > 0
      ? { key: 'import.doneRepaired', params: { count: repaired } }
      : { key: 'import.done', params: { file: name } },
  );
  navigate(processPath(result.id));
}

/** One file from the chooser or a drop: whatever storage throws is said, never unhandled. */
export async function runImport(file: File): Promise<void> {
  const { showAlert } = useSessionStore.getState();
  showAlert(null);
  try {
    await importFile(file);
  } catch (error) {
    // A full disk, or storage that failed otherwise.
    console.error(error);
    showAlert({
      key: isQuotaError(error) ? 'import.error.quota' : 'import.error.saveFailed',
      params: { file: file.name },
    });
  }
}
