// The alert region (errors; role="alert") and a toast with an optional action (e.g. undo).
import { useEffect } from 'react';
import { useSessionStore } from '../state/sessionStore';
import { useT, type MessageKey } from '../platform/i18n/i18n';

const TOAST_MS = 8000;

export function Notices() {
  const t = useT();
  const alert = useSessionStore((s) => s.alert);
  const toast = useSessionStore((s) => s.toast);

  useEffect(() => {
    if (!toast || toast.sticky) return;
    const timer = setTimeout(() => useSessionStore.getState().showToast(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  return (
    <>
      <div role="alert" className={alert ? 'alert' : 'alert empty'}>
        {alert && (
          <>
            <span>{t(alert.key as MessageKey, alert.params)}</span>
            {alert.action && (
              <button className="button small primary" onClick={alert.action.run}>
                {t(alert.action.key as MessageKey)}
              </button>
            )}
            <button
              className="button small"
              onClick={() => useSessionStore.getState().showAlert(null)}
            >
              {t('common.close')}
            </button>
          </>
        )}
      </div>
      <div role="status" className={toast ? 'toast' : 'toast empty'}>
        {toast && (
          <>
            <span>{t(toast.key as MessageKey, toast.params)}</span>
            {toast.action && (
              <button
                className="button small"
                onClick={() => {
                  toast.action?.run();
                  useSessionStore.getState().showToast(null);
                }}
              >
                {t(toast.action.key as MessageKey)}
              </button>
            )}
            {toast.sticky && (
              <button
                className="button small"
                onClick={() => useSessionStore.getState().showToast(null)}
              >
                {t('common.close')}
              </button>
            )}
          </>
        )}
      </div>
    </>
  );
}
