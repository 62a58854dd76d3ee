// "Importera": reads the chosen file and hands its text to the import service; reports the
// outcome. A broken file changes nothing stored and says why in the alert region.
import { useRef, type ChangeEvent } from 'react';
import { navigate, processPath } from '../app/router';
import type { LoadError } from '../domain/load/loadDocument';
import { services } from '../state/services';
import { useSessionStore, type Message } from '../state/sessionStore';

/** Files larger than this are refused before reading: no real process comes near it. */
const MAX_FILE_BYTES = 25 * 1024 * 1024;

export function importErrorMessage(error: LoadError, fileName: string): Message {
  return {
    key: `import.error.${error.code}`,
    params: { file: fileName, detail: error.detail ?? '', version: error.version ?? '' },
  };
}

export function useFileImport() {
  const inputRef = useRef<HTMLInputElement>(null);
  const { showAlert, showToast } = useSessionStore.getState();

  async function onChange(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    showAlert(null);
    if (file.size > MAX_FILE_BYTES) {
      showAlert({ key: 'import.error.tooLarge', params: { file: file.name } });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      showAlert({ key: 'import.error.unreadable', params: { file: file.name } });
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
        accept=".json,application/json"
        hidden
        onChange={(e) => void onChange(e)}
        data-testid="import-file"
      />
    ),
  };
}
