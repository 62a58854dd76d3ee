// Local mode's sign-in: a display name is all the server asks for on one laptop in one room.
import { useState, type FormEvent } from 'react';
import { useT, type MessageKey } from '../platform/i18n/i18n';
import { Dialog } from '../ui/Dialog';
import { serverActions } from './server';

const MAX_NAME = 100;

export function SignInDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim() || busy) return;
    setBusy(true);
    const result = await serverActions.signInLocal(name.trim());
    setBusy(false);
    if (result === 'ok') onClose();
    else setError(result === 'offline' ? 'account.signInOffline' : 'account.signInRefused');
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('account.signInTitle')}
      description={t('account.signInHelp')}
    >
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{t('account.yourName')}</span>
          <input
            autoFocus
            required
            autoComplete="name"
            maxLength={MAX_NAME}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {error && (
          <p role="alert" className="shared-error">
            {t(error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={!name.trim() || busy}>
            {t('account.signIn')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
