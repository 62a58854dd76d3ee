// Placeholder until the table importer lands (issue 21): says so instead of guessing.
import { useSessionStore } from '../../state/sessionStore';

export async function importTableFile(file: File): Promise<void> {
  useSessionStore
    .getState()
    .showAlert({ key: 'import.error.unsupported', params: { file: file.name } });
  return Promise.resolve();
}
