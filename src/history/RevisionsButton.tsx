// "Versioner" in the editor's toolbar: opens the revision history of the open process.
import { useState } from 'react';
import { useT } from '../platform/i18n/i18n';
import { useDocument } from '../state/documentSession';
import { Dialog, DialogClose } from '../ui/Dialog';
import { RevisionsPanel } from './RevisionsPanel';

export function RevisionsButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const processId = useDocument((s) => s.doc?.id ?? null);
  return (
    <>
      <button className="button" onClick={() => setOpen(true)}>
        {t('history.button')}
      </button>
      {open && processId && (
        <Dialog
          open
          onOpenChange={setOpen}
          title={t('history.title')}
          description={t('history.help')}
        >
          <RevisionsPanel processId={processId} onRestored={() => setOpen(false)} />
          <div className="dialog-actions">
            <DialogClose className="button">{t('common.close')}</DialogClose>
          </div>
        </Dialog>
      )}
    </>
  );
}
