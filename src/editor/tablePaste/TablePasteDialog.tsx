// "Klistra in tabell" in the editor's toolbar. The form (and the table parser with it) loads
// when the dialog first opens, so the editor does not carry it.
import { lazy, Suspense, useState } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import './TablePaste.css';

const TablePasteForm = lazy(() => import('./TablePasteForm'));

export function TablePasteButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button className="button" onClick={() => setOpen(true)}>
        {t('table.menuItem')}
      </button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={t('table.title')}
        description={t('table.help')}
      >
        {open && (
          <Suspense fallback={<p className="hint">{t('common.loading')}</p>}>
            <TablePasteForm onDone={() => setOpen(false)} />
          </Suspense>
        )}
      </Dialog>
    </>
  );
}
