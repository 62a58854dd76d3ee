// Editing a connection: its label (a decision's outcome) and its kind.
import { useState, type FormEvent } from 'react';
import { useT } from '../platform/i18n/i18n';
import type { ConnectionKind } from '../domain/model/types';
import { documentSession, useDocument } from '../state/documentSession';
import { Dialog } from '../ui/Dialog';

export function ConnectionDialog({ id, onClose }: { id: string; onClose(): void }) {
  const t = useT();
  const connection = useDocument((s) => s.doc?.connections.find((c) => c.id === id));
  const [label, setLabel] = useState(connection?.label ?? '');
  const [kind, setKind] = useState<ConnectionKind>(connection?.kind ?? 'flow');
  if (!connection) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    documentSession.apply({ type: 'connection.update', id, patch: { label: label.trim(), kind } });
    onClose();
  };
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t('connection.title')}>
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>{t('connection.label')}</span>
          <input
            autoFocus
            maxLength={500}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('connection.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as ConnectionKind)}>
            <option value="flow">{t('connection.flow')}</option>
            <option value="information">{t('connection.information')}</option>
          </select>
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
