// "Dela till biblioteket": a local process goes into the shared library with the rights chosen
// here, one select per person and group. The result is a toast; a refusal stays in the dialog.
import { useEffect, useId, useState } from 'react';
import { useT, type MessageKey } from '../platform/i18n/i18n';
import { useSessionStore } from '../state/sessionStore';
import { Dialog } from '../ui/Dialog';
import { serverActions, useServer, type AccessChoice, type Principals } from './server';

type Choice = AccessChoice['role'] | 'none';
const key = (type: AccessChoice['principalType'], id: string) => `${type}:${id}`;

export function ShareToLibraryDialog({
  process,
  onClose,
}: {
  process: { id: string; title: string };
  onClose(): void;
}) {
  const t = useT();
  const me = useServer((s) => s.user?.id);
  const [principals, setPrincipals] = useState<Principals | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [error, setError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void serverActions.principals().then((answer: Principals | 'offline') => {
      if (!live) return;
      if (answer === 'offline') setError('sharedLib.offline');
      else setPrincipals(answer);
    });
    return () => {
      live = false;
    };
  }, []);

  const share = async () => {
    setBusy(true);
    setError(null);
    const access: AccessChoice[] = [];
    for (const [k, role] of Object.entries(choices)) {
      if (role === 'none') continue;
      const [principalType, ...rest] = k.split(':');
      access.push({
        principalType: principalType as AccessChoice['principalType'],
        principalId: rest.join(':'),
        role,
      });
    }
    const result = await serverActions.share(process.id, access);
    setBusy(false);
    if (result === 'ok') {
      useSessionStore
        .getState()
        .showToast({ key: 'sharedLib.sharedToast', params: { title: process.title } });
      onClose();
    } else setError(result === 'offline' ? 'sharedLib.offline' : 'sharedLib.refused');
  };

  const users = principals?.users.filter((u) => u.id !== me) ?? [];
  const groups = principals?.groups ?? [];
  const firstKey = users[0] ? key('user', users[0].id) : groups[0] && key('group', groups[0]);
  const row = (type: AccessChoice['principalType'], id: string, name: string) => (
    <AccessRow
      key={key(type, id)}
      // The people arrive after the dialog opened: the first choice gets the focus then.
      autoFocus={key(type, id) === firstKey}
      name={name}
      value={choices[key(type, id)] ?? 'none'}
      onChange={(role) => setChoices({ ...choices, [key(type, id)]: role })}
    />
  );
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('sharedLib.shareTitle')}
      description={t('sharedLib.shareHelp', { title: process.title })}
    >
      <div className="form share-access" aria-busy={principals === null && !error}>
        {principals === null && !error && <p className="hint">{t('common.loading')}</p>}
        {principals && users.length === 0 && groups.length === 0 && (
          <p className="hint">{t('sharedLib.noPrincipals')}</p>
        )}
        {users.length > 0 && (
          <fieldset>
            <legend>{t('sharedLib.people')}</legend>
            {users.map((u) => row('user', u.id, u.name))}
          </fieldset>
        )}
        {groups.length > 0 && (
          <fieldset>
            <legend>{t('sharedLib.groups')}</legend>
            {groups.map((g) => row('group', g, g))}
          </fieldset>
        )}
        {error && (
          <p role="alert" className="shared-error">
            {t(error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={busy || principals === null}
            onClick={() => void share()}
          >
            {t('sharedLib.share')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

function AccessRow(props: {
  name: string;
  value: Choice;
  autoFocus: boolean;
  onChange(role: Choice): void;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="access-row">
      <label htmlFor={id}>{props.name}</label>
      <select
        id={id}
        autoFocus={props.autoFocus}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as Choice)}
      >
        <option value="none">{t('sharedLib.noAccess')}</option>
        <option value="reader">{t('role.reader')}</option>
        <option value="editor">{t('role.editor')}</option>
      </select>
    </div>
  );
}
