// Placeholder until the drawio importer lands (issue 21): says so instead of guessing.
import { useSessionStore } from '../../state/sessionStore';

export async function importDrawioFile(name: string, _text: string): Promise<void> {
  useSessionStore.getState().showAlert({ key: 'import.error.unsupported', params: { file: name } });
  return Promise.resolve();
}
