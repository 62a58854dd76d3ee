// How the outcome of reading a file is said in the alert region.
import type { LoadError } from '../../domain/load/loadDocument';
import type { Message } from '../../state/sessionStore';

export function importErrorMessage(error: LoadError, fileName: string): Message {
  return {
    key: `import.error.${error.code}`,
    params: { file: fileName, detail: error.detail ?? '', version: error.version ?? '' },
  };
}
