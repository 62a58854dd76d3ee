// The header's sign-in corner: nothing without a server; else who is signed in, the way in or
// out, a short word when the server cannot be reached, and the open shared process's sync state.
import { useState } from 'react';
import { useT } from '../platform/i18n/i18n';
import { useCollab } from '../state/collab/store';
import { accountOf, hasServer, syncKey } from './roles';
import { serverActions, useServer } from './server';
import { SignInDialog } from './SignInDialog';
import './sharedLibrary.css';

export function HeaderAccount() {
  const t = useT();
  const status = useServer((s) => s.status);
  const mode = useServer((s) => s.mode);
  const user = useServer((s) => accountOf(s));
  const [signingIn, setSigningIn] = useState(false);
  if (!hasServer(status)) return null;

  const signIn = () => {
    if (mode === 'oidc') serverActions.signIn(location.pathname + location.search);
    else setSigningIn(true);
  };
  return (
    <div className="header-account" role="group" aria-label={t('account.region')}>
      {/* Local mode is one laptop's library, not the organisation's: say so where people look. */}
      {mode === 'local' && (
        <span className="header-mode" title={t('account.modeLocal')}>
          {t('account.localBadge')}
        </span>
      )}
      {user ? (
        <>
          <span className="header-user">{user.name}</span>
          <button className="button ghost small" onClick={() => void serverActions.signOut()}>
            {t('account.signOut')}
          </button>
        </>
      ) : (
        status !== 'offline' && (
          <button className="button ghost small" onClick={signIn}>
            {t('account.signIn')}
          </button>
        )
      )}
      {signingIn && <SignInDialog onClose={() => setSigningIn(false)} />}
    </div>
  );
}

/** A row of its own under the header's links while the server cannot be reached. */
export function OfflineNotice() {
  const t = useT();
  const offline = useServer((s) => s.status === 'offline');
  if (!offline) return null;
  return (
    <p role="status" className="header-offline">
      {t('account.offline')}
    </p>
  );
}

/** The open shared process's state: synced, syncing, offline or in conflict. */
export function SyncStatus({ id }: { id: string }) {
  const t = useT();
  const status = useServer((s) => s.status);
  const state = useServer((s) => s.sync[id]?.state);
  // Co-edited live, the room's connection says it (state/collab); else the HTTP sync's row.
  const live = useCollab((s) => s.rooms[id]);
  if (!hasServer(status) || !state) return null;
  const key = live ? (`syncStatus.${live}` as const) : syncKey(status, state);
  return (
    <>
      <span role="status" className={`sync-status sync-${key.slice('syncStatus.'.length)}`}>
        {t(key)}
      </span>
      {state === 'conflict' && (
        <button
          className="button ghost small"
          onClick={() => void serverActions.acknowledgeConflicts(id)}
        >
          {t('syncStatus.acknowledge')}
        </button>
      )}
    </>
  );
}
