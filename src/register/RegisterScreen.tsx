// The organisation register: the units and customer groups every lane refers to. Editing an
// entry here renames or recolours it in every process at once.
import { useId, useState } from 'react';
import { useT } from '../platform/i18n/i18n';
import type { RegisterEntry, RegisterKind } from '../domain/model/types';
import { findEntryByName, newRegisterEntry } from '../domain/register/register';
import { LIMITS } from '../domain/schema/limits';
import { CharCount } from '../editor/panels/LimitHint';
import { useRegisterStore } from '../state/registerStore';
import { saveRegisterEntries } from '../state/registerService';
import { useSessionStore } from '../state/sessionStore';
import { registerMode } from '../sharedLibrary/roles';
import { serverActions, useServer } from '../sharedLibrary/server';

const KINDS: RegisterKind[] = ['kundgrupp', 'forvaltning', 'bolag', 'extern'];

export function RegisterScreen() {
  const t = useT();
  const entries = useRegisterStore((s) => s.entries);
  const [name, setName] = useState('');
  const countId = useId();
  const [kind, setKind] = useState<RegisterKind>('forvaltning');
  // Signed in to a server, the register is the server's: admins write it there, others read it.
  const mode = useServer(registerMode);
  const readOnly = mode === 'readOnly';

  const save = (entry: RegisterEntry) => {
    if (mode === 'local') {
      saveRegisterEntries([entry]);
      return;
    }
    void serverActions.saveRegisterEntry(entry).then((result: 'ok' | 'offline' | 'refused') => {
      if (result === 'ok') return;
      const key = result === 'offline' ? 'serverRegister.offline' : 'serverRegister.refused';
      useSessionStore.getState().showAlert({ key });
    });
  };
  const add = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    if (findEntryByName(entries, trimmed)) {
      useSessionStore.getState().showAlert({ key: 'register.exists', params: { name: trimmed } });
      return;
    }
    save(newRegisterEntry(trimmed, entries, kind));
    setName('');
  };

  return (
    <main className="library" aria-labelledby="register-heading">
      <h1 id="register-heading">{t('register.heading')}</h1>
      <p className="hint">{t('register.help')}</p>
      {readOnly && (
        <p className="share-badge server-register-note">{t('serverRegister.readOnly')}</p>
      )}
      {KINDS.map((k) => (
        <section key={k} className="register-group" aria-labelledby={`register-${k}`}>
          <h2 id={`register-${k}`}>{t(`registerKind.${k}`)}</h2>
          <ul className="register-list">
            {entries
              .filter((e) => e.kind === k)
              .map((e) => (
                <RegisterRow
                  key={`${e.id}:${e.name}:${e.shortName}`}
                  entry={e}
                  onSave={save}
                  readOnly={readOnly}
                />
              ))}
          </ul>
        </section>
      ))}
      {!readOnly && (
        <form
          className="register-add"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <h2>{t('register.add')}</h2>
          <label className="field grow">
            <span>{t('register.name')}</span>
            <input
              value={name}
              maxLength={LIMITS.label}
              onChange={(e) => setName(e.target.value)}
              aria-describedby={countId}
            />
          </label>
          <CharCount id={countId} text={name} max={LIMITS.label} />
          <label className="field">
            <span>{t('register.kind')}</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as RegisterKind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`registerKind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <button className="button primary" type="submit" disabled={!name.trim()}>
            {t('register.addButton')}
          </button>
        </form>
      )}
    </main>
  );
}

function RegisterRow({
  entry,
  onSave,
  readOnly,
}: {
  entry: RegisterEntry;
  onSave(entry: RegisterEntry): void;
  readOnly: boolean;
}) {
  const t = useT();
  const [name, setName] = useState(entry.name);
  const [shortName, setShortName] = useState(entry.shortName);
  const countId = useId();
  const commit = (patch: Partial<RegisterEntry>) => {
    const next = { ...entry, ...patch };
    if (!next.name.trim()) {
      setName(entry.name);
      return;
    }
    if (JSON.stringify(next) !== JSON.stringify(entry)) onSave({ ...next, name: next.name.trim() });
  };
  return (
    <li
      className="register-row"
      style={{ ['--lane-color' as string]: entry.color }}
      role="group"
      aria-label={entry.name}
    >
      <span className="register-swatch" aria-hidden="true" />
      <label className="field grow">
        <span>{t('register.name')}</span>
        <input
          value={name}
          maxLength={LIMITS.label}
          readOnly={readOnly}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => commit({ name })}
          aria-describedby={`${countId}-name`}
        />
      </label>
      <CharCount id={`${countId}-name`} text={name} max={LIMITS.label} />
      <label className="field short">
        <span>{t('register.shortName')}</span>
        <input
          value={shortName}
          maxLength={LIMITS.shortName}
          readOnly={readOnly}
          onChange={(e) => setShortName(e.target.value)}
          onBlur={() => commit({ shortName: shortName.trim() })}
          aria-describedby={`${countId}-short`}
        />
      </label>
      <CharCount id={`${countId}-short`} text={shortName} max={LIMITS.shortName} />
      <label className="field color">
        <span>{t('register.color')}</span>
        <input
          type="color"
          disabled={readOnly}
          value={entry.color}
          onChange={(e) => commit({ color: e.target.value })}
        />
      </label>
    </li>
  );
}
