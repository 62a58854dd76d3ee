// The versions of the open process: save one with a name, and per version show it, compare it
// with now, or restore it.
import { useRef, useState } from 'react';
import { useT } from '../platform/i18n/i18n';
import { cleanRevisionName, NAME_MAX } from '../domain/revisions/policy';
import type { RevisionEntry } from '../state/services';
import { useRevisions } from './useRevisions';
import { RevisionView } from './RevisionView';
import { restoreVersion, saveNamedVersion } from './versionActions';
import { useDateTimeFormat, useVersionLabel, versionTitle } from './versionLabels';

type Viewing = { entry: RevisionEntry; mode: 'preview' | 'compare' };

export function RevisionsPanel({
  processId,
  onRestored,
}: {
  processId: string;
  onRestored(): void;
}) {
  const t = useT();
  const list = useRevisions(processId);
  const [viewing, setViewing] = useState<Viewing | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const labelOf = useVersionLabel();

  const restore = async (entry: RevisionEntry) => {
    if ((await restoreVersion(entry.id, labelOf(entry))) === 'restored') onRestored();
  };

  if (viewing) {
    return (
      <RevisionView
        entry={viewing.entry}
        mode={viewing.mode}
        onMode={(mode) => setViewing({ ...viewing, mode })}
        onBack={() => {
          setViewing(null);
          requestAnimationFrame(() => listHeading.current?.focus());
        }}
        onRestore={() => void restore(viewing.entry)}
      />
    );
  }
  return (
    <div className="revisions">
      <SaveVersion />
      <h3 id="revisions-list" ref={listHeading} tabIndex={-1}>
        {t('history.list')}
      </h3>
      {list === null && <p className="hint">{t('history.loading')}</p>}
      {list?.length === 0 && <p className="hint">{t('history.empty')}</p>}
      {list && list.length > 0 && (
        <ol className="revision-list" aria-labelledby="revisions-list">
          {list.map((entry) => (
            <RevisionItem
              key={entry.id}
              entry={entry}
              label={labelOf(entry)}
              onView={(mode) => setViewing({ entry, mode })}
              onRestore={() => void restore(entry)}
            />
          ))}
        </ol>
      )}
    </div>
  );
}

function RevisionItem({
  entry,
  label,
  onView,
  onRestore,
}: {
  entry: RevisionEntry;
  label: string;
  onView(mode: Viewing['mode']): void;
  onRestore(): void;
}) {
  const t = useT();
  const format = useDateTimeFormat();
  return (
    <li className={`revision revision-${entry.kind}`}>
      <div className="revision-head">
        <strong>{versionTitle(t, entry)}</strong>
        <time dateTime={entry.createdAt}>{format.format(new Date(entry.createdAt))}</time>
      </div>
      <p className="hint">
        {entry.name ? `${t(`history.kind.${entry.kind}`)} · ` : ''}
        {t('history.counts', { steps: entry.steps, lanes: entry.lanes })}
      </p>
      <div className="revision-actions">
        <button
          className="button"
          aria-label={t('history.previewOf', { version: label })}
          onClick={() => onView('preview')}
        >
          {t('history.preview')}
        </button>
        <button
          className="button"
          aria-label={t('history.compareOf', { version: label })}
          onClick={() => onView('compare')}
        >
          {t('history.compare')}
        </button>
        <button
          className="button"
          aria-label={t('history.restoreOf', { version: label })}
          onClick={onRestore}
        >
          {t('history.restore')}
        </button>
      </div>
    </li>
  );
}

function SaveVersion() {
  const t = useT();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const clean = cleanRevisionName(name);
  if (!naming) {
    return (
      <button className="button primary" onClick={() => setNaming(true)}>
        {t('history.saveVersion')}
      </button>
    );
  }
  return (
    <form
      className="revision-save"
      onSubmit={(e) => {
        e.preventDefault();
        if (!clean || saving) return;
        setSaving(true);
        void saveNamedVersion(clean).then((saved) => {
          setSaving(false);
          if (saved) {
            setName('');
            setNaming(false);
          }
        });
      }}
    >
      <label className="field grow">
        <span>{t('history.name')}</span>
        <input
          autoFocus
          value={name}
          maxLength={NAME_MAX}
          placeholder={t('history.namePlaceholder')}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            // Escape leaves the naming, not the whole dialog.
            if (e.key === 'Escape') {
              e.stopPropagation();
              e.preventDefault();
              setNaming(false);
            }
          }}
        />
      </label>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => setNaming(false)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={!clean || saving}>
          {t('history.save')}
        </button>
      </div>
    </form>
  );
}
