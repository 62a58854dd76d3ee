// Placeholder until the vsdx importer lands (issue 21): says so instead of guessing.
import { useSessionStore } from '../../state/sessionStore';

export async function importVsdxFile(file: File): Promise<void> {
  useSessionStore
    .getState()
    .showAlert({ key: 'import.error.unsupported', params: { file: file.name } });
  return Promise.resolve();
}
