// Is our storage safe from eviction, and how much is used? Shown so a person can judge the risk
// and ask the browser for persistent storage.
import { useCallback, useEffect, useState } from 'react';
import { useLanguage, useT } from '../platform/i18n/i18n';
import { services, type StorageStatus } from '../state/services';
import { formatBytes } from './formatBytes';

export function StorageSection() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const refresh = useCallback(() => void services().storage.status().then(setStatus), []);
  useEffect(refresh, [refresh]);

  return (
    <section className="settings-section" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('settings.storage')}</h2>
      <p className="hint">{t('settings.storageHelp')}</p>
      {status && (
        <>
          <p data-testid="persist-status">
            {status.persisted === true
              ? t('settings.persisted')
              : status.persisted === false
                ? t('settings.notPersisted')
                : t('settings.persistUnknown')}
          </p>
          {status.persisted === false && (
            <button
              className="button"
              onClick={() => void services().storage.requestPersistence().then(refresh)}
            >
              {t('settings.askPersist')}
            </button>
          )}
          <p>
            {status.usage !== null && status.quota !== null
              ? t('settings.usage', {
                  used: formatBytes(status.usage, language),
                  quota: formatBytes(status.quota, language),
                })
              : t('settings.usageUnknown')}
          </p>
        </>
      )}
    </section>
  );
}
