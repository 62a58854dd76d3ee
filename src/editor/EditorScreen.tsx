// The editor of one process, at /p/<id>.
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { useT } from '../app/i18n/i18n';
import { navigate } from '../app/router';
import { useDocumentStore } from '../state/documentStore';
import { services } from '../state/services';
import { useSessionStore } from '../state/sessionStore';
import { FlowCanvas } from './canvas/FlowCanvas';
import { Announcer } from './a11y/Announcer';
import { KeyFiguresPanel } from './figures/KeyFiguresPanel';
import { MethodGuidePanel } from './guide/MethodGuidePanel';
import { ParkingLot } from './workshop/ParkingLot';
import { Breadcrumb } from './subprocess/SubprocessLink';
import { WorkshopBar } from './workshop/WorkshopBar';
import { ConnectionDialog } from './ConnectionDialog';
import { EditorToolbar } from './EditorToolbar';
import { LaneDialogs } from './lanes/LaneDialogs';
import { Palette } from './Palette';
import { PropertiesPanel } from './panels/PropertiesPanel';
import { PrintDiagram } from './print/PrintDiagram';
import { TextView } from './textview/TextView';
import { useEditorKeys } from './useEditorKeys';

type OpenState = 'loading' | 'ok' | 'missing' | 'unreadable';

export function EditorScreen({ id }: { id: string }) {
  const t = useT();
  const [state, setState] = useState<{ id: string; result: OpenState }>({ id, result: 'loading' });
  const doc = useDocumentStore((s) => s.doc);
  const showKeyFigures = useSessionStore((s) => s.showKeyFigures);
  const showGuide = useSessionStore((s) => s.showGuide);
  const showTextView = useSessionStore((s) => s.showTextView);
  const workshop = useSessionStore((s) => s.workshop);
  const [editingConnection, setEditingConnection] = useState<string | null>(null);
  useEditorKeys();

  useEffect(() => {
    let cancelled = false;
    useSessionStore.getState().select([]);
    void services()
      .openProcess(id)
      .then((result) => !cancelled && setState({ id, result }));
    return () => {
      cancelled = true;
    };
  }, [id]);

  const result = state.id === id ? state.result : 'loading';
  if (result === 'missing' || result === 'unreadable') {
    return (
      <main className="editor-message">
        <h1>{t(result === 'missing' ? 'editor.missing' : 'editor.unreadable')}</h1>
        <button className="button primary" onClick={() => navigate('/')}>
          {t('editor.back')}
        </button>
      </main>
    );
  }
  if (result === 'loading' || !doc || doc.id !== id) {
    return (
      <main className="editor-message" aria-busy="true">
        {t('common.loading')}
      </main>
    );
  }
  const canvas = (
    <div className="canvas">
      <ReactFlowProvider>
        <FlowCanvas doc={doc} onEditConnection={setEditingConnection} />
      </ReactFlowProvider>
      {doc.lanes.length === 0 && <p className="canvas-hint">{t('editor.emptyHint')}</p>}
    </div>
  );
  // One tree for both modes: switching to workshop mode must not remount the canvas.
  return (
    <main
      className={workshop ? 'editor workshop' : 'editor'}
      aria-label={t(workshop ? 'workshop.aria' : 'editor.aria', { title: doc.title })}
    >
      {workshop ? (
        <WorkshopBar title={doc.title} />
      ) : (
        <>
          <h1 className="visually-hidden">{doc.title}</h1>
          <Breadcrumb doc={doc} />
          <EditorToolbar />
        </>
      )}
      <div className="editor-body">
        {!workshop && <Palette />}
        {canvas}
        {showTextView && !workshop && <TextView doc={doc} />}
        {workshop ? (
          <aside className="workshop-side" aria-label={t('workshop.parkingLot')}>
            <ParkingLot doc={doc} />
          </aside>
        ) : showKeyFigures || showGuide ? (
          // One column on the right: guide and figures above the properties; the canvas keeps
          // its room.
          <div className="side-column">
            {showGuide && <MethodGuidePanel doc={doc} />}
            {showKeyFigures && <KeyFiguresPanel doc={doc} />}
            <PropertiesPanel doc={doc} />
          </div>
        ) : (
          <PropertiesPanel doc={doc} />
        )}
      </div>
      <LaneDialogs />
      <Announcer />
      <PrintDiagram />
      {editingConnection && (
        <ConnectionDialog id={editingConnection} onClose={() => setEditingConnection(null)} />
      )}
    </main>
  );
}
