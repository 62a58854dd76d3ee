// The flow as numbered text beside the canvas (domain/analysis/textView): for a review read
// aloud, and for whoever cannot see the diagram. Choosing a step selects it on the canvas; a step
// chosen on the canvas scrolls into view here. Labels and outcomes can be edited in place.
import { useDeferredValue, useMemo } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { noteLine, textView, textViewToText, type TextEntry } from '../../domain/analysis/textView';
import type { Process } from '../../domain/model/types';
import { fileNameFor } from '../../formats/json/processFile';
import { useRegisterStore } from '../../state/registerStore';
import { useSessionStore } from '../../state/sessionStore';
import { downloadText } from '../../ui/download';
import { textViewLabels } from '../export/labels';
import { TextEntryItem } from './TextEntryItem';

export function TextView({ doc }: { doc: Process }) {
  const t = useT();
  const register = useRegisterStore((s) => s.entries);
  const labels = useMemo(() => textViewLabels(t), [t]);
  // Behind the canvas in priority: an edit shows there first, and the text follows.
  const deferred = useDeferredValue(doc);
  const view = useMemo(() => textView(deferred, register, labels), [deferred, register, labels]);
  const empty = !view.flow.length && !view.loose.length;
  const list = (entries: TextEntry[]) => (
    // role="list": a list without markers is still read as a list (Safari drops it otherwise).
    // The numbers are written out, because the lines refer to each other by them.
    <ol className="text-view-list" role="list">
      {entries.map((e) => (
        <TextEntryItem key={e.stepId} entry={e} labels={labels} />
      ))}
    </ol>
  );
  return (
    <section className="text-view" aria-labelledby="text-view-title">
      <div className="text-view-head">
        <h2 id="text-view-title" className="panel-title">
          {t('textview.heading')}
        </h2>
        <button
          type="button"
          className="button small"
          disabled={empty}
          onClick={() =>
            downloadText(
              fileNameFor(doc.title, 'txt'),
              textViewToText(view, labels),
              'text/plain;charset=utf-8',
            )
          }
        >
          {t('textview.download')}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('textview.close')}
          title={t('textview.close')}
          onClick={() => useSessionStore.getState().setView({ showTextView: false })}
        >
          ×
        </button>
      </div>
      <p className="hint">{t('textview.help')}</p>
      {empty ? <p>{t('textview.empty')}</p> : list(view.flow)}
      {view.unreached.length > 0 && (
        <>
          <h3>{labels.unreached}</h3>
          {list(view.unreached)}
        </>
      )}
      {view.loose.length > 0 && (
        <>
          <h3>{labels.loose}</h3>
          <ul className="text-view-loose">
            {view.loose.map((n) => (
              <li key={n.stepId}>{noteLine(n)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
