// The editor's toolbar: the way back, the title, history, adding lanes and steps, quick entry,
// export.
import { useState } from 'react';
import { useT } from '../app/i18n/i18n';
import { navigate } from '../app/router';
import { STEP_KINDS } from '../domain/schema/process';
import type { StepKind } from '../domain/model/types';
import { useDocumentStore } from '../state/documentStore';
import { services } from '../state/services';
import { useSessionStore } from '../state/sessionStore';
import { Menu } from '../ui/Menu';
import { downloadText } from '../ui/download';
import { addStepOperation } from './actions/addStep';
import { useLaneDialog } from './lanes/laneDialogStore';
import { QuickEntry } from './quickEntry/QuickEntry';

export function addStepAfterSelection(kind: StepKind): void {
  const store = useDocumentStore.getState();
  const session = useSessionStore.getState();
  const doc = store.doc;
  if (!doc) return;
  const selectedId = session.selectedStepIds[session.selectedStepIds.length - 1];
  const after = doc.steps.find((s) => s.id === selectedId);
  const laneId = after?.laneId ?? doc.lanes[0]?.id;
  if (!laneId) {
    session.showAlert({ key: 'editor.needLane' });
    return;
  }
  const { op, stepId } = addStepOperation(doc, { kind, laneId, afterId: after?.id });
  store.apply(op);
  session.select([stepId]);
  session.setEditing(stepId);
}

export function EditorToolbar() {
  const t = useT();
  const title = useDocumentStore((s) => s.doc?.title ?? '');
  const canUndo = useDocumentStore((s) => s.past.length > 0);
  const canRedo = useDocumentStore((s) => s.future.length > 0);
  const saveState = useSessionStore((s) => s.saveState);

  const exportJson = () => {
    const file = services().exportProcessFile();
    if (file) downloadText(file.name, file.text, 'application/json');
  };

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      <div className="toolbar-row">
        <a
          className="button ghost"
          href="/"
          onClick={(e) => {
            e.preventDefault();
            navigate('/');
          }}
        >
          ← {t('editor.back')}
        </a>
        <TitleField key={title} title={title} />
        <span className={`save-state save-${saveState}`} role="status">
          {t(`save.${saveState}`)}
        </span>
        <div className="spacer" />
        <button
          className="button"
          disabled={!canUndo}
          onClick={() => useDocumentStore.getState().undo()}
        >
          {t('editor.undo')}
        </button>
        <button
          className="button"
          disabled={!canRedo}
          onClick={() => useDocumentStore.getState().redo()}
        >
          {t('editor.redo')}
        </button>
        <Menu
          label={t('export.menu')}
          items={[{ label: t('export.json'), onSelect: exportJson }]}
        />
      </div>
      <div className="toolbar-row">
        <button className="button" onClick={() => useLaneDialog.getState().openAdd()}>
          {t('editor.addLane')}
        </button>
        <button className="button primary" onClick={() => addStepAfterSelection('activity')}>
          {t('editor.addActivity')}
        </button>
        <Menu
          label={t('editor.addStepOfKind')}
          items={STEP_KINDS.map((kind) => ({
            label: t(`kind.${kind}`),
            onSelect: () => addStepAfterSelection(kind),
          }))}
        />
        <QuickEntry />
      </div>
    </div>
  );
}

function TitleField({ title }: { title: string }) {
  const t = useT();
  const [value, setValue] = useState(title);
  const commit = () => {
    const next = value.trim();
    if (next && next !== title)
      useDocumentStore.getState().apply({ type: 'process.update', patch: { title: next } });
    else setValue(title);
  };
  return (
    <input
      className="title-input"
      aria-label={t('process.title')}
      value={value}
      maxLength={500}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setValue(title);
      }}
    />
  );
}
