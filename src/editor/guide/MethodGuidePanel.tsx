// The method guide beside the diagram: the steps of "från stuprör till flöden", what each asks
// for, and a tick once the process has it.
import { useT } from '../../platform/i18n/i18n';
import { METHOD_STEPS, methodProgress } from '../../domain/analysis/methodGuide';
import type { Process } from '../../domain/model/types';

export function MethodGuidePanel({ doc }: { doc: Process }) {
  const t = useT();
  const progress = methodProgress(doc);
  return (
    <aside className="key-figures method-guide" aria-labelledby="guide-title">
      <h2 id="guide-title" className="panel-title">
        {t('guide.title')}
      </h2>
      <ol className="guide-list">
        {METHOD_STEPS.map((step) => (
          <li key={step} className={progress[step] ? 'guide-done' : 'guide-todo'}>
            <span className="guide-mark" aria-hidden="true">
              {progress[step] ? '✓' : '○'}
            </span>
            <div>
              <strong>{t(`guide.${step}`)}</strong>{' '}
              <span className="visually-hidden">
                ({progress[step] ? t('guide.done') : t('guide.todo')})
              </span>
              <p className="hint">{t(`guide.${step}Help`)}</p>
            </div>
          </li>
        ))}
      </ol>
    </aside>
  );
}
