// A process opened from a share link: shown read-only, with one way forward — save a copy.
// Nothing is stored until the user asks, and saving never overwrites (services().import...).
import { useMemo, useState } from 'react';
import { useT } from '../platform/i18n/i18n';
import type { MessageKey } from '../platform/i18n/i18n';
import { navigate, processPath } from '../platform/router';
import { stepsByLane } from '../domain/analysis/readingOrder';
import type { ProcessFile } from '../domain/model/types';
import { parseProcessFile } from '../formats/json/processFile';
import { decodeShareFragment } from '../formats/share/shareLink';
import { isQuotaError } from '../state/quotaError';
import { services } from '../state/services';
import { useSessionStore } from '../state/sessionStore';
import { ReadOnlyFlow } from '../viewer/ReadOnlyFlow';

type Opened = { ok: true; file: ProcessFile; text: string } | { ok: false; reason: MessageKey };

function openFragment(hash: string): Opened {
  const decoded = decodeShareFragment(hash);
  if (!decoded.ok) {
    const reason = (
      {
        corrupt: 'share.corrupt',
        tooLarge: 'share.tooLargeLink',
        unsupported: 'share.unsupported',
      } as const
    )[decoded.reason];
    return { ok: false, reason };
  }
  const loaded = parseProcessFile(decoded.text);
  if (!loaded.ok)
    return {
      ok: false,
      reason: loaded.error.code === 'newerVersion' ? 'share.unsupported' : 'share.invalid',
    };
  return { ok: true, file: loaded.file, text: decoded.text };
}

export function ShareScreen() {
  const t = useT();
  // The fragment is read once: the screen shows what the link carried when it was opened.
  const [hash] = useState(() => location.hash);
  const opened = useMemo(() => openFragment(hash), [hash]);
  const [saving, setSaving] = useState(false);

  if (!opened.ok) {
    return (
      <main className="editor-message" aria-labelledby="share-error">
        <h1 id="share-error">{t('share.openFailed')}</h1>
        <p role="alert">{t(opened.reason)}</p>
        <button className="button primary" onClick={() => navigate('/')}>
          {t('editor.back')}
        </button>
      </main>
    );
  }

  const { process, register } = opened.file;
  const nameOf = (registerId: string) =>
    register.find((e) => e.id === registerId)?.name ?? registerId;
  const saveCopy = async () => {
    setSaving(true);
    let result;
    try {
      result = await services().importProcessFile(opened.text);
    } catch (e) {
      // A full disk: said, and the button works again once there is room.
      console.error(e);
      const key = isQuotaError(e) ? 'import.error.quota' : 'import.error.saveFailed';
      useSessionStore.getState().showAlert({ key, params: { file: process.title } });
      return;
    } finally {
      setSaving(false);
    }
    if (!result.ok) {
      useSessionStore.getState().showAlert({ key: 'share.invalid' });
      return;
    }
    useSessionStore.getState().showToast({ key: 'share.saved', params: { title: process.title } });
    navigate(processPath(result.id));
  };

  return (
    <main className="library share" aria-labelledby="share-title">
      <div className="library-head">
        <div>
          <p className="share-badge">{t('share.readOnly')}</p>
          <h1 id="share-title">{process.title}</h1>
          <p className="hint">{t('share.readOnlyHelp')}</p>
        </div>
        <button className="button primary" disabled={saving} onClick={() => void saveCopy()}>
          {t('share.saveCopy')}
        </button>
      </div>
      {/* The editor's canvas, read-only: labels are DOM text (never markup), as in the editor. */}
      <ReadOnlyFlow doc={process} register={register} label={t('share.viewer.canvas')} />
      <section aria-labelledby="share-steps">
        <h2 id="share-steps">{t('share.stepsByLane')}</h2>
        {stepsByLane(process).map(({ lane, steps }) => (
          <section key={lane.id} className="share-lane" aria-label={nameOf(lane.registerId)}>
            <h3>{nameOf(lane.registerId)}</h3>
            {steps.length === 0 ? (
              <p className="hint">{t('share.noSteps')}</p>
            ) : (
              <ol>
                {steps.map((s) => (
                  <li key={s.id}>
                    <span className="share-kind">{t(`kind.${s.kind}`)}:</span> {s.label}
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </section>
    </main>
  );
}
