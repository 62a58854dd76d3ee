// Properties of the selected connection: its label (a decision's outcome) and kind.
import { useT } from '../../platform/i18n/i18n';
import type { Connection, ConnectionKind, Process } from '../../domain/model/types';
import { documentSession } from '../../state/documentSession';
import { LIMITS } from '../../domain/schema/limits';
import { SelectField, TextField } from './fields';
import { charHint } from './LimitHint';

export function ConnectionProperties({
  doc,
  connection,
}: {
  doc: Process;
  connection: Connection;
}) {
  const t = useT();
  const apply = documentSession.apply;
  const label = (id: string) => doc.steps.find((s) => s.id === id)?.label || t('editor.unnamed');
  return (
    <div className="panel-body" key={connection.id}>
      <h2 className="panel-title">{t('connection.title')}</h2>
      <p className="hint">
        {label(connection.from)} → {label(connection.to)}
      </p>
      <TextField
        label={t('connection.label')}
        value={connection.label}
        maxLength={LIMITS.label}
        hint={charHint(connection.label, LIMITS.label)}
        onCommit={(value) =>
          apply({ type: 'connection.update', id: connection.id, patch: { label: value.trim() } })
        }
      />
      <SelectField<ConnectionKind>
        label={t('connection.kind')}
        value={connection.kind}
        options={[
          { value: 'flow', label: t('connection.flow') },
          { value: 'information', label: t('connection.information') },
        ]}
        onChange={(kind) =>
          apply({ type: 'connection.update', id: connection.id, patch: { kind } })
        }
      />
    </div>
  );
}
