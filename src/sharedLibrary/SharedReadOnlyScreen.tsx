// A shared process the person may only read, at its usual address /p/<id>: the flow on the
// viewer's read-only canvas, no editing controls, and one way forward — a copy of one's own.
// The server refuses a reader's writes anyway; this screen keeps the UI from offering them.
import { useEffect, useState } from 'react';
import { useT, type MessageKey } from '../platform/i18n/i18n';
import { navigate, processPath } from '../platform/router';
import type { Process } from '../domain/model/types';
import { useDocument } from '../state/documentSession';
import { useRegisterStore } from '../state/registerStore';
import { services } from '../state/services';
import { ReadOnlyFlow } from '../viewer/ReadOnlyFlow';
import { serverActions, useServer } from './server';
import './sharedLibrary.css';

type Opened = { id: string; doc: Process } | { id: string; error: MessageKey } | null;

export function SharedReadOnlyScreen({ id }: { id: string }) {
  const t = useT();
  const register = useRegisterStore((s) => s.entries);
  const [opened, setOpened] = useState<Opened>(null);
  const [copyError, setCopyError] = useState<MessageKey | null>(null);
  const item = useServer((s) => s.library.find((i) => i.id === id));
  // A newer revision in the server's list (someone edited): read the process again.
  const revision = item?.revision;
  // Opened in the document session too, so a live room (read-only for a reader) brings others'
  // edits in as they happen; the copy read above shows until then.
  const live = useDocument((s) => (s.doc?.id === id ? s.doc : null));

  useEffect(() => {
    let current = true;
    void (async () => {
      const local = await serverActions.ensureLocal(id);
      const doc = local === 'ok' ? await services().readProcess(id) : null;
      if (doc && current) await services().openProcess(id);
      if (!current) return;
      if (doc) setOpened({ id, doc });
      else
        setOpened({
          id,
          error: local === 'offline' ? 'sharedLib.openOffline' : 'sharedLib.openMissing',
        });
    })();
    return () => {
      current = false;
    };
  }, [id, revision]);

  const shown = opened?.id === id ? opened : null;
  if (!shown) {
    return (
      <main className="editor-message" aria-busy="true">
        {t('common.loading')}
      </main>
    );
  }
  if ('error' in shown) {
    return (
      <main className="editor-message">
        <h1>{t('editor.missing')}</h1>
        <p role="alert">{t(shown.error, { title: item?.title ?? id })}</p>
        <button className="button primary" onClick={() => navigate('/')}>
          {t('editor.back')}
        </button>
      </main>
    );
  }
  const doc = live ?? shown.doc;
  const copy = async () => {
    const result = await serverActions.copyToMine(id);
    if (result === 'offline' || result === 'missing')
      setCopyError(result === 'offline' ? 'sharedLib.offline' : 'sharedLib.openMissing');
    else navigate(processPath(result));
  };
  return (
    <main className="shared-readonly" aria-labelledby="shared-readonly-title">
      <div className="shared-readonly-head">
        <div>
          <p className="share-badge">{t('sharedLib.readOnly')}</p>
          <h1 id="shared-readonly-title">{doc.title}</h1>
          <p className="hint">{t('sharedLib.readOnlyHelp')}</p>
        </div>
        <div className="toolbar">
          <button className="button" onClick={() => navigate('/')}>
            {t('editor.back')}
          </button>
          <button className="button primary" onClick={() => void copy()}>
            {t('sharedLib.copy')}
          </button>
        </div>
      </div>
      {copyError && (
        <p role="alert" className="shared-error">
          {t(copyError, { title: doc.title })}
        </p>
      )}
      <div className="shared-readonly-canvas">
        <ReadOnlyFlow doc={doc} register={register} label={t('sharedLib.viewerCanvas')} />
      </div>
    </main>
  );
}
