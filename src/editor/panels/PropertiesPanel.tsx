// The side panel: the selected step or connection, or the process specification.
import { useT } from '../../platform/i18n/i18n';
import type { Process } from '../../domain/model/types';
import { useSessionStore } from '../../state/sessionStore';
import { ConnectionProperties } from './ConnectionProperties';
import { ProcessSpecification } from './ProcessSpecification';
import { StepProperties } from './StepProperties';

export function PropertiesPanel({ doc }: { doc: Process }) {
  const t = useT();
  const stepIds = useSessionStore((s) => s.selectedStepIds);
  const connectionIds = useSessionStore((s) => s.selectedConnectionIds);
  const step = stepIds.length === 1 ? doc.steps.find((s) => s.id === stepIds[0]) : undefined;
  const connection =
    stepIds.length === 0 && connectionIds.length === 1
      ? doc.connections.find((c) => c.id === connectionIds[0])
      : undefined;
  return (
    <aside className="properties" aria-label={t('props.panel')}>
      {step ? (
        <StepProperties doc={doc} step={step} />
      ) : connection ? (
        <ConnectionProperties doc={doc} connection={connection} />
      ) : stepIds.length > 1 ? (
        <div className="panel-body">
          <h2 className="panel-title">{t('props.multiple', { count: stepIds.length })}</h2>
        </div>
      ) : (
        <ProcessSpecification doc={doc} />
      )}
    </aside>
  );
}
