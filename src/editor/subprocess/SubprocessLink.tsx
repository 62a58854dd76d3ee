// A subprocess step stands for a whole process: choose which, and go down into it. The way back
// up is the breadcrumb the editor shows while you are inside.
import { useT } from '../../platform/i18n/i18n';
import { navigate, processPath } from '../../platform/router';
import type { Process, Step } from '../../domain/model/types';
import { useLibraryStore } from '../../state/libraryStore';
import { documentSession } from '../../state/documentSession';
import { useSessionStore } from '../../state/sessionStore';
import { SelectField } from '../panels/fields';

export function SubprocessLink({ doc, step }: { doc: Process; step: Step }) {
  const t = useT();
  const processes = useLibraryStore((s) => s.processes).filter((p) => p.id !== doc.id);
  const linked = processes.find((p) => p.id === step.linkedProcessId);
  return (
    <>
      <SelectField<string>
        label={t('subprocess.linked')}
        value={step.linkedProcessId ?? ''}
        options={[
          { value: '', label: t('subprocess.none') },
          ...processes.map((p) => ({ value: p.id, label: p.title })),
        ]}
        onChange={(id) =>
          documentSession.apply({
            type: 'step.update',
            id: step.id,
            patch: { linkedProcessId: id || null },
          })
        }
      />
      {linked && (
        <button
          className="button wide-button"
          onClick={() => {
            const session = useSessionStore.getState();
            session.setTrail([...session.trail, { id: doc.id, title: doc.title }]);
            navigate(processPath(linked.id));
          }}
        >
          {t('subprocess.open', { title: linked.title })}
        </button>
      )}
    </>
  );
}

/** "Förskoleplats › Avgift": where you came down from, each a way back up. */
export function Breadcrumb({ doc }: { doc: Process }) {
  const t = useT();
  const trail = useSessionStore((s) => s.trail);
  if (trail.length === 0) return null;
  return (
    <nav className="breadcrumb" aria-label={t('subprocess.breadcrumb')}>
      <ol>
        {trail.map((crumb, i) => (
          <li key={`${i}-${crumb.id}`}>
            <a
              href={processPath(crumb.id)}
              onClick={(e) => {
                e.preventDefault();
                useSessionStore.getState().setTrail(trail.slice(0, i));
                navigate(processPath(crumb.id));
              }}
            >
              {crumb.title}
            </a>
          </li>
        ))}
        <li aria-current="page">{doc.title}</li>
      </ol>
    </nav>
  );
}
