// The page picker for a draw.io file with several pages: every page checked at first, "Alla"
// checks or clears them all; each checked page becomes a process of its own.
import { useState } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { isQuotaError } from '../../state/quotaError';
import { useSessionStore } from '../../state/sessionStore';
import { Dialog } from '../../ui/Dialog';
import { useDrawioPages, type PendingDrawio } from './drawioPagesStore';

export function DrawioPagesDialog() {
  const pending = useDrawioPages((s) => s.queue[0]);
  // Keyed by the file's own number, so a second file starts from its own pages.
  return pending ? <PagePicker key={pending.id} pending={pending} /> : null;
}

function PagePicker({ pending }: { pending: PendingDrawio }) {
  const t = useT();
  const close = useDrawioPages((s) => s.close);
  const [picked, setPicked] = useState<ReadonlySet<number>>(
    () => new Set(pending.pages.map((_, i) => i)),
  );
  const all = picked.size === pending.pages.length;
  const toggle = (i: number, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(i);
    else next.delete(i);
    setPicked(next);
  };
  const submit = () => {
    close();
    const pages = [...picked].sort((a, b) => a - b);
    // The importer is its own chunk, loaded with the file that needed it.
    void import('./drawioImport')
      .then((m) => m.importDrawioPages(pending.file, pending.text, pages))
      .catch((error: unknown) => {
        // A full disk, or storage that failed otherwise: said, as for any other import.
        console.error(error);
        useSessionStore.getState().showAlert({
          key: isQuotaError(error) ? 'import.error.quota' : 'import.error.saveFailed',
          params: { file: pending.file },
        });
      });
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && close()}
      title={t('drawio.pagesTitle')}
      description={t('drawio.pagesDescription', {
        file: pending.file,
        count: pending.pages.length,
      })}
    >
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (picked.size > 0) submit();
        }}
      >
        <fieldset className="field checks">
          <legend className="visually-hidden">{t('drawio.pagesTitle')}</legend>
          <label>
            <input
              type="checkbox"
              checked={all}
              // Some but not all pages: neither checked nor clear, as a person would read it.
              ref={(el) => {
                if (el) el.indeterminate = picked.size > 0 && !all;
              }}
              onChange={(e) =>
                setPicked(new Set(e.target.checked ? pending.pages.map((_, i) => i) : []))
              }
            />
            <strong>{t('drawio.pagesAll')}</strong>
          </label>
          {pending.pages.map((name, i) => (
            <label key={i}>
              <input
                type="checkbox"
                checked={picked.has(i)}
                onChange={(e) => toggle(i, e.target.checked)}
              />
              {name}
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={picked.size === 0}>
            {t('drawio.pagesImport', { count: picked.size })}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
