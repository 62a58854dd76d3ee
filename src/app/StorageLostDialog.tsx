// Shown when another tab upgraded the database: this tab has written what it had and let go of
// storage, so the only way on is a reload with the new code.
import { Dialog } from '../ui/Dialog';
import { useSessionStore } from '../state/sessionStore';
import { useT } from '../platform/i18n/i18n';

export function StorageLostDialog() {
  const t = useT();
  const lost = useSessionStore((s) => s.storageLost);
  return (
    <Dialog
      open={lost === 'upgraded'}
      // It cannot be dismissed: working on would mean writing with old code.
      onOpenChange={() => undefined}
      title={t('storage.upgradedTitle')}
      description={t('storage.upgradedHelp')}
    >
      <div className="dialog-actions">
        <button className="button primary" onClick={() => location.reload()}>
          {t('storage.reload')}
        </button>
      </div>
    </Dialog>
  );
}
