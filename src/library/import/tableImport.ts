// A .csv or .tsv file through Importera: its bytes (the encoding is detected: Swedish Excel
// writes Windows-1252) become a new process named after the file, laid out as "Städa upp" lays
// out, then the same import as our own files. The notice says how the columns were read and
// what was skipped; a file that cannot be a table changes nothing and says why.
import { navigate, processPath } from '../../platform/router';
import type { MessageKey } from '../../platform/i18n/i18n';
import { services } from '../../state/services';
import { useRegisterStore } from '../../state/registerStore';
import { useSessionStore } from '../../state/sessionStore';
import { importErrorMessage, importTranslator, readBytes } from './importMessages';

export async function importTableFile(file: File): Promise<void> {
  const { showAlert, showToast } = useSessionStore.getState();
  const t = importTranslator();
  const [{ tableFileToProcess }, { noticeDetails, noticeNeedsReading, tableErrorMessage }] =
    await Promise.all([
      import('../../formats/table/importTable'),
      import('../../editor/tablePaste/tableMessages'),
    ]);
  const bytes = await readBytes(file);
  if (!bytes) return;
  const converted = tableFileToProcess(bytes, {
    title: file.name.replace(/\.(csv|tsv|txt)$/i, ''),
    register: useRegisterStore.getState().entries,
    defaultLaneName: t('table.defaultLane'),
  });
  if (!converted.ok) {
    const error = tableErrorMessage(converted);
    const message = t(error.key as MessageKey, error.params);
    showAlert({ key: 'table.errorInFile', params: { file: file.name, message } });
    return;
  }
  const { tidyProcess } = await import('../../editor/tidy/tidyProcess');
  const process = await tidyProcess(converted.file.process);
  const result = await services().importProcessFile(JSON.stringify({ ...converted.file, process }));
  if (!result.ok) {
    showAlert(importErrorMessage(result.error, file.name));
    return;
  }
  const details = noticeDetails(converted.notice, t);
  showToast({
    key: 'table.fileDone',
    params: { file: file.name, count: process.steps.length, details },
    sticky: noticeNeedsReading(converted.notice),
  });
  navigate(processPath(result.id));
}
