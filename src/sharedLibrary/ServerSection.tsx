// Settings' "Server" section: which kind of server this is, who is signed in, sign-out and a
// sync on demand. Absent without a server.
import { useState } from 'react';
import { useT } from '../platform/i18n/i18n';
import { useSessionStore } from '../state/sessionStore';
import { accountOf, hasServer, roleKey } from './roles';
import { serverActions, useServer } from './server';
import './sharedLibrary.css';

export function ServerSection() {
  const t = useT();
  const status = useServer((s) => s.status);
  const mode = useServer((s) => s.mode);
  const user = useServer((s) => accountOf(s));
  const [syncing, setSyncing] = useState(false);
  if (!hasServer(status)) return null;

  const syncNow = async () => {
    setSyncing(true);
    try {
      await serverActions.syncNow();
      const reached = useServer.getState().status !== 'offline';
      useSessionStore
        .getState()
        .showToast({ key: reached ? 'account.syncDone' : 'account.offline' });
    } finally {
      setSyncing(false);
    }
  };
  return (
    <section className="settings-section" aria-labelledby="settings-server">
      <h2 id="settings-server">{t('account.server')}</h2>
      {status === 'offline' && <p className="shared-notice">{t('account.offline')}</p>}
      <dl className="server-facts">
        <dt>{t('account.mode')}</dt>
        <dd>{t(mode === 'oidc' ? 'account.modeOidc' : 'account.modeLocal')}</dd>
        <dt>{t('account.who')}</dt>
        <dd>{user ? user.name : t('account.signedOut')}</dd>
        {user && user.roles.length > 0 && (
          <>
            <dt>{t('account.roles')}</dt>
            <dd>{user.roles.map((r) => t(roleKey(r))).join(', ')}</dd>
          </>
        )}
      </dl>
      {user && (
        <div className="toolbar">
          <button className="button" disabled={syncing} onClick={() => void syncNow()}>
            {t('account.syncNow')}
          </button>
          <button className="button" onClick={() => void serverActions.signOut()}>
            {t('account.signOut')}
          </button>
        </div>
      )}
    </section>
  );
}
