// The "Delat bibliotek" tab: what the server lists for this person (the cached list while it
// cannot be reached), searchable; a title opens the process, a copy makes it one's own.
import { useMemo, useState } from 'react';
import { formatDateTime, useLanguage, useT, type MessageKey } from '../platform/i18n/i18n';
import { navigate, processPath } from '../platform/router';
import { useSessionStore } from '../state/sessionStore';
import { filterShared, roleKey } from './roles';
import { serverActions, useServer, type SharedItem } from './server';

export function SharedLibraryPanel() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const status = useServer((s) => s.status);
  const library = useServer((s) => s.library);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<{ key: MessageKey; title: string } | null>(null);
  const shown = useMemo(() => filterShared(library, query), [library, query]);

  const open = async (item: SharedItem) => {
    setError(null);
    const result = await serverActions.ensureLocal(item.id);
    if (result === 'ok') navigate(processPath(item.id));
    else
      setError({
        key: result === 'offline' ? 'sharedLib.openOffline' : 'sharedLib.openMissing',
        title: item.title,
      });
  };
  const copy = async (item: SharedItem) => {
    setError(null);
    const result = await serverActions.copyToMine(item.id);
    if (result === 'offline' || result === 'missing') {
      const key = result === 'offline' ? 'sharedLib.openOffline' : 'sharedLib.openMissing';
      setError({ key, title: item.title });
      return;
    }
    useSessionStore.getState().showToast({
      key: 'sharedLib.copied',
      params: { title: item.title },
      action: { key: 'sharedLib.openCopy', run: () => navigate(processPath(result)) },
    });
  };

  if (status === 'signedOut') return <p className="empty">{t('sharedLib.signedOut')}</p>;
  return (
    <>
      {status === 'offline' && (
        <p className="shared-notice" role="status">
          {t('sharedLib.lastFetched')}
        </p>
      )}
      <div className="filters" role="search">
        <label className="field grow">
          <span>{t('sharedLib.search')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('sharedLib.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
      </div>
      {error && (
        <p role="alert" className="shared-error">
          {t(error.key, { title: error.title })}
        </p>
      )}
      {library.length === 0 && (
        <div className="empty">
          <p className="empty-title">{t('sharedLib.empty')}</p>
          <p>{t('sharedLib.emptyHelp')}</p>
        </div>
      )}
      {library.length > 0 && shown.length === 0 && (
        <p className="empty">{t('sharedLib.noMatch')}</p>
      )}
      {shown.length > 0 && (
        <table className="process-table shared-table">
          <caption className="visually-hidden">
            {t('sharedLib.tableCaption', { count: shown.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('process.title')}</th>
              <th scope="col">{t('sharedLib.owner')}</th>
              <th scope="col">{t('sharedLib.role')}</th>
              <th scope="col">{t('sharedLib.changed')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={item.id}>
                <th scope="row">
                  <button className="link-button" onClick={() => void open(item)}>
                    {item.title}
                  </button>
                  {item.tags.length > 0 && (
                    <span className="tags">
                      {item.tags.map((tag) => (
                        <span key={tag} className="tag">
                          {tag}
                        </span>
                      ))}
                    </span>
                  )}
                </th>
                <td>{item.ownerName}</td>
                <td>
                  <span className={`role-badge role-${item.role}`}>{t(roleKey(item.role))}</span>
                </td>
                <td>
                  {formatDateTime(language, item.changedAt)}
                  {item.changedByName && (
                    <span className="changed-by">
                      {t('sharedLib.changedBy', { name: item.changedByName })}
                    </span>
                  )}
                </td>
                <td className="row-actions">
                  <button className="button small" onClick={() => void copy(item)}>
                    {t('sharedLib.copy')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
