// "Ångra" after a replace, and the same from Inställningar later: the workspace the replace took
// away comes back as it was stored (services().workspace.undoReplace).
import { navigate } from '../platform/router';
import { documentSession } from '../state/documentSession';
import { services } from '../state/services';
import { useSessionStore } from '../state/sessionStore';

export async function undoReplace(): Promise<void> {
  const { showAlert, showToast } = useSessionStore.getState();
  try {
    await services().flush();
    // The open process may be one that goes; it is read again when next opened.
    documentSession.load(null);
    if (!(await services().workspace.undoReplace())) throw new Error('No safety copy');
    showToast({ key: 'backup.replaceUndone' });
    navigate('/');
  } catch (e) {
    console.error(e);
    showAlert({ key: 'backup.undoFailed' });
  }
}
