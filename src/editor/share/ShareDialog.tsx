// Makes a share link for the open process: everything in the URL fragment, nothing on a server.
import { useMemo, useRef } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { toProcessFile } from '../../formats/json/processFile';
import { MAX_SHARE_FRAGMENT, encodeShareFragment } from '../../formats/share/shareLink';
import { documentSession } from '../../state/documentSession';
import { useRegisterStore } from '../../state/registerStore';
import { useSessionStore } from '../../state/sessionStore';
import { Dialog, DialogClose } from '../../ui/Dialog';

export function ShareDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  // Computed when the dialog opens; the link is a snapshot of the process at that moment.
  const result = useMemo(() => {
    if (!open) return null;
    const doc = documentSession.doc;
    if (!doc) return null;
    const json = JSON.stringify(toProcessFile(doc, useRegisterStore.getState().entries));
    return encodeShareFragment(json);
  }, [open]);
  const link = result?.ok ? `${location.origin}/share#${result.fragment}` : '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      useSessionStore.getState().showToast({ key: 'share.copied' });
    } catch {
      input.current?.select();
      useSessionStore.getState().showAlert({ key: 'share.copyFailed' });
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('share.dialogTitle')}
      description={t('share.dialogHelp')}
    >
      {result && !result.ok && (
        <p role="alert" className="share-too-large">
          {result.reason === 'tooLarge'
            ? t('share.tooLarge', { size: result.length, max: MAX_SHARE_FRAGMENT })
            : t('share.refused')}
        </p>
      )}
      {result?.ok && (
        <label className="field">
          <span>{t('share.link')}</span>
          <input ref={input} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <span className="hint">{t('share.linkLength', { size: link.length })}</span>
        </label>
      )}
      <div className="dialog-actions">
        <DialogClose className="button">{t('common.close')}</DialogClose>
        {result?.ok && (
          <button className="button primary" onClick={() => void copy()}>
            {t('share.copy')}
          </button>
        )}
      </div>
    </Dialog>
  );
}
