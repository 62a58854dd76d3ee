// "Importera": reads the chosen file and hands its text to the import service; reports the
// outcome. A broken file changes nothing stored and says why in the alert region.
import { useRef, type ChangeEvent } from 'react';
import { navigate, processPath } from '../platform/router';
import { translate, useLanguage, type MessageKey } from '../platform/i18n/i18n';
import { loadDocument, type LoadError } from '../domain/load/loadDocument';
import { MAX_BPMN_CHARS, MAX_XML_DEPTH } from '../formats/importLimits';
import { readCoursePack, type PackReading } from '../formats/json/coursePack';
import { isQuotaError } from '../state/quotaError';
import { services } from '../state/services';
import { useSessionStore, type Message } from '../state/sessionStore';

/** Files larger than this are refused before reading: no real process comes near it. */
const MAX_FILE_MB = 25;
const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

export function importErrorMessage(error: LoadError, fileName: string): Message {
  return {
    key: `import.error.${error.code}`,
    params: { file: fileName, detail: error.detail ?? '', version: error.version ?? '' },
  };
}

/** A course pack: every process in it is imported like a file of its own, none overwrites. */
async function importPack(name: string, pack: Exclude<PackReading, { kind: 'notPack' }>) {
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

function isBpmn(name: string, text: string): boolean {
  return (
    /\.(bpmn|xml)$/i.test(name) ||
    text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('<')
  );
}

/** BPMN goes through its converter (loaded on demand), then the same import as our own files. */
async function importBpmnFile(name: string, text: string) {
  const { showAlert, showToast } = useSessionStore.getState();
  const t = (key: MessageKey) => translate(useLanguage.getState().language, key);
  const { importBpmn } = await import('../formats/bpmn/importBpmn');
  const converted = await importBpmn(text, {
    title: name.replace(/\.(bpmn|xml)$/i, ''),
    defaultLaneName: t('bpmn.defaultLane'),
  });
  if (!converted.ok) {
    const max = { tooLarge: MAX_BPMN_CHARS / 1024 / 1024, tooDeep: MAX_XML_DEPTH };
    const params = { file: name, max: (max as Record<string, number>)[converted.error] ?? '' };
    showAlert({ key: `bpmn.error.${converted.error}`, params });
    return;
  }
  let fileText = JSON.stringify(converted.file);
  if (!converted.hasLayout) {
    const loaded = loadDocument(fileText);
    if (loaded.ok) {
      const { tidyProcess } = await import('../editor/tidy/tidyProcess');
      const process = await tidyProcess(loaded.file.process);
      fileText = JSON.stringify({ ...loaded.file, process });
    }
  }
  const result = await services().importProcessFile(fileText);
  if (!result.ok) {
    showAlert(importErrorMessage(result.error, name));
    return;
  }
  const list = converted.simplified
    .slice(0, 6)
    .map((s) => s.name || s.type.replace('bpmn:', ''))
    .join(', ');
  showToast(
    converted.simplified.length > 0
      ? {
          key: 'bpmn.simplified',
          params: {
            file: name,
            count: converted.simplified.length,
            list: converted.simplified.length > 6 ? `${list} …` : list,
          },
        }
      : { key: 'bpmn.done', params: { file: name } },
  );
  navigate(processPath(result.id));
}

export function useFileImport() {
  const inputRef = useRef<HTMLInputElement>(null);
  const { showAlert, showToast } = useSessionStore.getState();

  async function onChange(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    showAlert(null);
    try {
      await importFile(file);
    } catch (error) {
      // A full disk, or storage that failed otherwise: said, never an unhandled rejection.
      console.error(error);
      showAlert({
        key: isQuotaError(error) ? 'import.error.quota' : 'import.error.saveFailed',
        params: { file: file.name },
      });
    }
  }

  async function importFile(file: File) {
    if (file.size > MAX_FILE_BYTES) {
      showAlert({
        key: 'import.error.fileTooLarge',
        params: { file: file.name, max: MAX_FILE_MB },
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      showAlert({ key: 'import.error.unreadable', params: { file: file.name } });
      return;
    }
    const pack = readCoursePack(text);
    if (pack.kind !== 'notPack') {
      await importPack(file.name, pack);
      return;
    }
    if (isBpmn(file.name, text)) {
      await importBpmnFile(file.name, text);
      return;
    }
    const result = await services().importProcessFile(text);
    if (!result.ok) {
      showAlert(importErrorMessage(result.error, file.name));
      return;
    }
    const repaired = result.warnings
      .filter((w) => w.code !== 'migrated')
      .reduce((n, w) => n + w.count, 0);
    showToast(
      repaired > 0
        ? { key: 'import.doneRepaired', params: { count: repaired } }
        : { key: 'import.done', params: { file: file.name } },
    );
    navigate(processPath(result.id));
  }

  return {
    inputRef,
    open: () => inputRef.current?.click(),
    input: (
      <input
        ref={inputRef}
        type="file"
        accept=".json,.bpmn,.xml,application/json,application/xml,text/xml"
        hidden
        onChange={(e) => void onChange(e)}
        data-testid="import-file"
      />
    ),
  };
}
