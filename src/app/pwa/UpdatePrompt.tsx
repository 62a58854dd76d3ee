// Offers a new version of the app when its service worker is waiting. Non-modal: the user
// decides when; the page never reloads by itself, and pending edits are written first.
// First, before any module defines a zod schema (see strictCsp.ts); App.tsx imports this file
// first for the same reason.
import './strictCsp';
import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { services } from '../../state/services';
import { useSessionStore } from '../../state/sessionStore';
import { useT } from '../../platform/i18n/i18n';
import { acceptUpdate } from './updateFlow';
import './UpdatePrompt.css';

// A long editing session would otherwise only learn of a new version on its next navigation.
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function UpdatePrompt() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [registration] = useState<{ current?: ServiceWorkerRegistration }>(() => ({}));
  const {
    needRefresh: [needRefresh],
  } = useRegisterSW({
    onRegisteredSW(_url, r) {
      registration.current = r;
      if (r) setInterval(() => void r.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
    // vite-plugin-pwa would otherwise call location.reload() whenever a new worker takes over,
    // also when another tab accepted the update: that would reload under someone editing here.
    onNeedReload: () => undefined,
  });

  const accept = async () => {
    setBusy(true);
    const outcome = await acceptUpdate({
      flush: () => services().flush(),
      activateWaiting: (controlling) => {
        const waiting = registration.current?.waiting;
        if (!waiting) return false;
        navigator.serviceWorker.addEventListener('controllerchange', controlling, { once: true });
        // The message Workbox's generated worker answers with skipWaiting().
        waiting.postMessage({ type: 'SKIP_WAITING' });
        return true;
      },
      reload: () => window.location.reload(),
    });
    if (outcome === 'flush-failed') {
      setBusy(false);
      useSessionStore.getState().showAlert({ key: 'pwa.saveFailed' });
    }
  };

  return (
    <div aria-live="polite">
      {needRefresh && (
        <section className="update-banner" aria-label={t('pwa.banner')}>
          <span>{t('pwa.updateReady')}</span>
          <button className="button small primary" disabled={busy} onClick={() => void accept()}>
            {busy ? t('pwa.reloading') : t('pwa.reload')}
          </button>
        </section>
      )}
    </div>
  );
}
