// How the outcome of reading a file is said in the alert region.
import type { LoadError } from '../../domain/load/loadDocument';
import { translate, useLanguage, type MessageKey } from '../../platform/i18n/i18n';
import { useSessionStore, type Message } from '../../state/sessionStore';

export function importErrorMessage(error: LoadError, fileName: string): Message {
  return {
    key: `import.error.${error.code}`,
    params: { file: fileName, detail: error.detail ?? '', version: error.version ?? '' },
  };
}

/** The file's bytes, or null after saying it could not be read (a file gone, a permission). */
export async function readBytes(file: File): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    useSessionStore.getState().showAlert({
      key: 'import.error.unreadable',
      params: { file: file.name },
    });
    return null;
  }
}

/** Notices are written in the language of the moment they are made (their lists are joined). */
export function importTranslator() {
  const language = useLanguage.getState().language;
  return (key: MessageKey, params?: Record<string, string | number>) =>
    translate(language, key, params);
}
