// The editor of one process, at /p/<id>.
import { useSharedTimer } from './workshop/useSharedTimer';
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { useT } from '../platform/i18n/i18n';
import { navigate } from '../platform/router';
import { useDocument } from '../state/documentSession';
import { services } from '../state/services';
import { useSessionStore } from '../state/sessionStore';
import { FlowCanvas } from './canvas/FlowCanvas';
import { Announcer } from './a11y/Announcer';
import { KeyFiguresPanel } from './figures/KeyFiguresPanel';
import { MethodGuidePanel } from './guide/MethodGuidePanel';
import { ParkingLot } from './workshop/ParkingLot';
import { Breadcrumb } from './subprocess/SubprocessLink';
import { WorkshopBar } from './workshop/WorkshopBar';
import { HereNow } from './presence/HereNow';
import { ConnectionDialog } from './ConnectionDialog';
import { EditorToolbar } from './EditorToolbar';
import { LaneDialogs } from './lanes/LaneDialogs';
import { Palette } from './Palette';
import { PropertiesPanel } from './panels/PropertiesPanel';
import { PrintDiagram } from './print/PrintDiagram';
import { RecoveryView } from './recovery/RecoveryView';
import { TextView } from './textview/TextView';
import { useEditorKeys } from './useEditorKeys';
import { ErrorBoundary } from '../ui/ErrorBoundary';

type OpenState = 'loading' | 'ok' | 'missing' | 'unreadable';

export function EditorScreen({ id }: { id: string }) {
  const t = useT();
  const [state, setState] = useState<{ id: string; result: OpenState }>({ id, result: 'loading' });
  // Bumped to open the process again (after the recovery view restored a version).
  const [opening, setOpening] = useState(0);
  const doc = useDocument((s) => s.doc);
  const showKeyFigures = useSessionStore((s) => s.showKeyFigures);
  const showGuide = useSessionStore((s) => s.showGuide);
  const showTextView = useSessionStore((s) => s.showTextView);
  const workshop = useSessionStore((s) => s.workshop);
  const [editingConnection, setEditingConnection] = useState<string | null>(null);
  useEditorKeys();
  useSharedTimer();

  useEffect(() => {
    let cancelled = false;
    useSessionStore.getState().select([]);
    void services()
      .openProcess(id)
      .then((result) => !cancelled && setState({ id, result }));
    return () => {
      cancelled = true;
    };
  }, [id, opening]);

  const result = state.id === id ? state.result : 'loading';
  if (result === 'unreadable') {
    const reopen = () => {
      setState({ id, result: 'loading' });
      setOpening((n) => n + 1);
    };
    return <RecoveryView id={id} onRestored={reopen} />;
  }
  if (result === 'missing') {
    return (
      <main className="editor-message">
        <h1>{t('editor.missing')}</h1>
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
      <ErrorBoundary resetKey={id}>
        <ReactFlowProvider>
          <FlowCanvas doc={doc} onEditConnection={setEditingConnection} />
        </ReactFlowProvider>
      </ErrorBoundary>
      {doc.lanes.length === 0 && <p className="canvas-hint">{t('editor.emptyHint')}</p>}
    </div>
  );
  // One tree for both modes: switching to workshop mode must not remount the canvas.
  return (
    <main
      className={workshop ? 'editor workshop' : 'editor'}
      aria-label={t(workshop ? 'workshop.aria' : 'editor.aria', { title: doc.title })}
    >
      {/* Each panel fails on its own: the rest of the editor keeps working (issue 15). */}
      <ErrorBoundary resetKey={id}>
        {workshop ? (
          <WorkshopBar title={doc.title} />
        ) : (
          <>
            <h1 className="visually-hidden">{doc.title}</h1>
            <Breadcrumb doc={doc} />
            <EditorToolbar />
          </>
        )}
      </ErrorBoundary>
      <div className="editor-body">
        <ErrorBoundary resetKey={id}>{!workshop && <Palette />}</ErrorBoundary>
        {canvas}
        <ErrorBoundary resetKey={id}>
          {showTextView && !workshop && <TextView doc={doc} />}
        </ErrorBoundary>
        {workshop ? (
          <aside className="workshop-side" aria-label={t('workshop.parkingLot')}>
            <ErrorBoundary resetKey={id}>
              {/* Who is in the room, beside the parking lot: the bar keeps its room for
                  quick entry and the timer. */}
              <HereNow side />
              <ParkingLot doc={doc} />
            </ErrorBoundary>
          </aside>
        ) : showKeyFigures || showGuide ? (
          // One column on the right: guide and figures above the properties; the canvas keeps
          // its room.
          <div className="side-column">
            <ErrorBoundary resetKey={id}>
              {showGuide && <MethodGuidePanel doc={doc} />}
            </ErrorBoundary>
            <ErrorBoundary resetKey={id}>
              {showKeyFigures && <KeyFiguresPanel doc={doc} />}
            </ErrorBoundary>
            <ErrorBoundary resetKey={id}>
              <PropertiesPanel doc={doc} />
            </ErrorBoundary>
          </div>
        ) : (
          <ErrorBoundary resetKey={id}>
            <PropertiesPanel doc={doc} />
          </ErrorBoundary>
        )}
      </div>
      <ErrorBoundary resetKey={id}>
        <LaneDialogs />
        <Announcer />
        <PrintDiagram />
        {editingConnection && (
          <ConnectionDialog id={editingConnection} onClose={() => setEditingConnection(null)} />
        )}
      </ErrorBoundary>
    </main>
  );
}
