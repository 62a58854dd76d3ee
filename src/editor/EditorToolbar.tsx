// The editor's toolbar: the way back, the title, history, adding lanes and steps, quick entry,
// export.
import { useState } from 'react';
import type { Process, RegisterEntry } from '../domain/model/types';
import { useLanguage, useT } from '../platform/i18n/i18n';
import type { PdfOptions } from '../formats/pdf/pdfTypes';
import { useRegisterStore } from '../state/registerStore';
import { hukiPath, navigate } from '../platform/router';
import { documentSession, useDocument } from '../state/documentSession';
import { services } from '../state/services';
import { useSessionStore } from '../state/sessionStore';
import { Menu } from '../ui/Menu';
import { downloadText } from '../ui/download';
import { addStepAfterSelection } from './actions/addStepAfterSelection';
import { alignOperation, type Alignment } from './actions/align';
import { useLaneDialog } from './lanes/laneDialogStore';
import { QuickEntry } from './quickEntry/QuickEntry';
import { TablePasteButton } from './tablePaste/TablePasteDialog';
import { exportBpmnFile, exportPdf, exportPng, exportSvg } from './export/exportActions';
import { PdfOptionsDialog } from './export/PdfOptionsDialog';
import { ShareDialog } from './share/ShareDialog';
import { enterWorkshop } from './workshop/WorkshopBar';
import { tidyUp } from './tidy/tidyUp';
import { TidyButton } from './tidy/TidyButton';
import { useTidyBusy } from './tidy/tidyBusy';
import { ShortcutsDialog } from './ShortcutsDialog';
import { RevisionsButton } from '../history/RevisionsButton';
import { TitleField } from './title/TitleField';
import { VariantBadge } from './title/VariantBadge';
import { HereNow } from './presence/HereNow';

export function EditorToolbar() {
  const t = useT();
  const title = useDocument((s) => s.doc?.title ?? '');
  const variant = useDocument((s) => s.doc?.variant ?? 'nulage');
  const canUndo = useDocument((s) => s.canUndo);
  const canRedo = useDocument((s) => s.canRedo);
  const saveState = useSessionStore((s) => s.saveState);
  const selectedCount = useSessionStore((s) => s.selectedStepIds.length);
  const [sharing, setSharing] = useState(false);
  const [pdfOpen, setPdfOpen] = useState(false);
  const showKeyFigures = useSessionStore((s) => s.showKeyFigures);
  const showGuide = useSessionStore((s) => s.showGuide);
  const showTextView = useSessionStore((s) => s.showTextView);
  const language = useLanguage((s) => s.language);
  const tidying = useTidyBusy((s) => s.busy);
  const align = (how: Alignment) => {
    const doc = documentSession.doc;
    const op = doc && alignOperation(doc, useSessionStore.getState().selectedStepIds, how);
    if (op) documentSession.apply(op);
  };
  const alignments: Alignment[] = [
    'left',
    'centerX',
    'right',
    'top',
    'middle',
    'bottom',
    'distributeX',
    'distributeY',
  ];

  // Exports read the document when chosen, so they never hold on to an old version.
  const exporting = (
    run: (doc: Process, register: readonly RegisterEntry[]) => Promise<void> | void,
  ) => {
    const doc = documentSession.doc;
    if (!doc) return;
    Promise.resolve(run(doc, useRegisterStore.getState().entries)).catch((error: unknown) => {
      console.error(error);
      useSessionStore.getState().showAlert({ key: 'export.failed' });
    });
  };
  const exportPdfWith = (options: PdfOptions) => {
    setPdfOpen(false);
    exporting((doc, register) => exportPdf(doc, register, options, t, language));
  };

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
        <VariantBadge variant={variant} />
        <TitleField title={title} />
        <span className={`save-state save-${saveState}`} role="status">
          {t(`save.${saveState}`)}
        </span>
        <div className="spacer" />
        <button className="button" disabled={!canUndo} onClick={() => documentSession.undo()}>
          {t('editor.undo')}
        </button>
        <button className="button" disabled={!canRedo} onClick={() => documentSession.redo()}>
          {t('editor.redo')}
        </button>
        <RevisionsButton />
        <ShortcutsDialog />
        <Menu
          label={t('export.menu')}
          items={[
            { label: t('export.pdf'), onSelect: () => setPdfOpen(true) },
            { label: t('export.png'), onSelect: () => exporting((d, r) => exportPng(d, r, t)) },
            { label: t('export.svg'), onSelect: () => exporting((d, r) => exportSvg(d, r, t)) },
            { label: t('export.json'), onSelect: exportJson },
            { label: t('bpmn.export'), onSelect: () => exporting(exportBpmnFile) },
            { label: t('share.menuItem'), onSelect: () => setSharing(true) },
          ]}
        />
        <ShareDialog open={sharing} onOpenChange={setSharing} />
        <PdfOptionsDialog open={pdfOpen} onOpenChange={setPdfOpen} onExport={exportPdfWith} />
      </div>
      <div className="toolbar-row">
        <button className="button" onClick={() => useLaneDialog.getState().openAdd()}>
          {t('editor.addLane')}
        </button>
        <button className="button primary" onClick={() => addStepAfterSelection('activity')}>
          {t('editor.addActivity')}
        </button>
        <Menu
          label={t('align.menu')}
          items={[
            ...alignments.map((how) => ({
              label: t(`align.${how}`),
              onSelect: () => align(how),
              disabled: selectedCount < (how.startsWith('distribute') ? 3 : 2),
            })),
            {
              label: t('layout.tidySelection'),
              onSelect: () => void tidyUp(useSessionStore.getState().selectedStepIds),
              disabled: selectedCount < 2 || tidying,
            },
          ]}
        />
        <TidyButton />
        <button
          className="button"
          aria-pressed={showKeyFigures}
          onClick={() => useSessionStore.getState().setView({ showKeyFigures: !showKeyFigures })}
        >
          {t('figures.button')}
        </button>
        <button
          className="button"
          aria-pressed={showGuide}
          onClick={() => useSessionStore.getState().setView({ showGuide: !showGuide })}
        >
          {t('guide.button')}
        </button>
        <button
          className="button"
          aria-pressed={showTextView}
          onClick={() => useSessionStore.getState().setView({ showTextView: !showTextView })}
        >
          {t('textview.button')}
        </button>
        <button
          className="button"
          onClick={() => {
            const id = documentSession.doc?.id;
            if (id) navigate(hukiPath(id));
          }}
        >
          {t('huki.button')}
        </button>
        <button className="button" onClick={enterWorkshop}>
          {t('workshop.button')}
        </button>
        <TablePasteButton />
        <QuickEntry />
        <HereNow />
      </div>
    </div>
  );
}
