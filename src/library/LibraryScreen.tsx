// The start screen: every process in this browser, newest first, with search and filters.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { formatDateTime, useLanguage, useT } from '../platform/i18n/i18n';
import { navigate, processPath } from '../platform/router';
import type { ProcessSummary } from '../domain/model/summary';
import type { Category, Status } from '../domain/model/types';
import { useLibraryStore } from '../state/libraryStore';
import { services } from '../state/services';
import { useSessionStore } from '../state/sessionStore';
import { Menu, type MenuItem } from '../ui/Menu';
import { filterProcesses, type LibraryFilter } from './filterProcesses';
import { CATEGORIES, STATUSES } from './labels';
import { ProcessDialog } from './ProcessDialog';
import type { Template } from '../domain/templates/templates';
import { useRegisterStore } from '../state/registerStore';
import { serializeCoursePack } from '../formats/json/coursePack';
import { fileNameFor } from '../formats/json/processFile';
import { downloadText } from '../ui/download';
import { useFileImport } from './import/useFileImport';
import { useLibraryDrop } from './import/useLibraryDrop';
import { DrawioPagesDialog } from './import/DrawioPagesDialog';
import { BackupReminder } from '../backup/BackupReminder';
import { LibraryTabs, SharedBadge } from '../sharedLibrary/LibraryTabs';
import { canShareToLibrary } from '../sharedLibrary/roles';
import { useServer } from '../sharedLibrary/server';
import { ShareToLibraryDialog } from '../sharedLibrary/ShareToLibraryDialog';

// The templates (their texts in two languages) load when the dialog is opened.
const TemplateDialog = lazy(() =>
  import('./TemplateDialog').then((m) => ({ default: m.TemplateDialog })),
);

type DialogState =
  | { mode: 'create' }
  | { mode: 'template' }
  | { mode: 'rename' | 'share'; process: ProcessSummary }
  | null;

export function LibraryScreen() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const { loaded, processes } = useLibraryStore();
  const [filter, setFilter] = useState<LibraryFilter>({
    query: '',
    category: 'all',
    status: 'all',
  });
  const [dialog, setDialog] = useState<DialogState>(null);
  const fileImport = useFileImport();
  const drop = useLibraryDrop();
  const canShare = useServer(canShareToLibrary);
  const shared = useServer((s) => s.sync);
  const shown = useMemo(() => filterProcesses(processes, filter), [processes, filter]);
  // Back at the start: no longer inside a subprocess.
  useEffect(() => useSessionStore.getState().setTrail([]), []);

  async function create(title: string, category: Category) {
    setDialog(null);
    const id = await services().createProcess(title, category);
    navigate(processPath(id));
  }

  async function fromTemplate(template: Template) {
    setDialog(null);
    const { createFromTemplate } = await import('./createFromTemplate');
    const id = await createFromTemplate(template);
    if (!id) return;
    useSessionStore
      .getState()
      .showToast({ key: 'templates.created', params: { title: template.head.title } });
    navigate(processPath(id));
  }

  async function exportPack() {
    if (shown.length === 0) {
      useSessionStore.getState().showAlert({ key: 'pack.empty' });
      return;
    }
    const all = await Promise.all(shown.map((p) => services().readProcess(p.id)));
    const processes = all.filter((p): p is NonNullable<typeof p> => p !== null);
    const skipped = shown.filter((_, i) => all[i] === null).map((p) => `”${p.title}”`);
    if (skipped.length) {
      const titles = skipped.join(', ');
      useSessionStore.getState().showAlert({ key: 'limits.packSkipped', params: { titles } });
    }
    const date = new Date().toISOString().slice(0, 10);
    const title = t('pack.title', { date });
    downloadText(
      fileNameFor(title, 'json'),
      serializeCoursePack(title, processes, useRegisterStore.getState().entries),
      'application/json',
    );
  }

  async function remove(p: ProcessSummary) {
    const undo = await services().deleteProcess(p.id);
    useSessionStore.getState().showToast({
      key: 'library.deleted',
      params: { title: p.title },
      action: { key: 'common.undo', run: () => void undo() },
    });
  }

  async function duplicate(p: ProcessSummary) {
    await services().duplicateProcess(p.id, t('library.copySuffix'));
  }

  const rowMenu = (p: ProcessSummary): MenuItem[] => {
    const items = [{ label: t('library.open'), onSelect: () => navigate(processPath(p.id)) }];
    // A reader of a shared process may not rename it (the server would refuse).
    if (shared[p.id]?.role !== 'reader')
      items.push({
        label: t('library.rename'),
        onSelect: () => setDialog({ mode: 'rename', process: p }),
      });
    items.push({ label: t('library.duplicate'), onSelect: () => void duplicate(p) });
    if (canShare && !shared[p.id])
      items.push({
        label: t('sharedLib.shareItem'),
        onSelect: () => setDialog({ mode: 'share', process: p }),
      });
    return [...items, { label: t('library.delete'), onSelect: () => void remove(p), danger: true }];
  };

  return (
    <main
      className={drop.dragging ? 'library dropping' : 'library'}
      aria-labelledby="library-heading"
      {...drop.handlers}
    >
      {drop.dragging && (
        <div className="library-drop-hint" aria-hidden="true">
          {t('import.dropHint')}
        </div>
      )}
      <div className="library-head">
        <h1 id="library-heading">{t('library.heading')}</h1>
        <div className="toolbar">
          <button className="button primary" onClick={() => setDialog({ mode: 'create' })}>
            {t('library.new')}
          </button>
          <button className="button" onClick={() => setDialog({ mode: 'template' })}>
            {t('templates.button')}
          </button>
          <button className="button" title={t('pack.exportHelp')} onClick={() => void exportPack()}>
            {t('pack.export')}
          </button>
          <button className="button" onClick={fileImport.open}>
            {t('library.import')}
          </button>
          {fileImport.input}
        </div>
      </div>
      <BackupReminder />
      <LibraryTabs>
        <div className="filters" role="search">
          <label className="field grow">
            <span>{t('library.search')}</span>
            <input
              type="search"
              value={filter.query}
              placeholder={t('library.searchPlaceholder')}
              onChange={(e) => setFilter({ ...filter, query: e.target.value })}
            />
          </label>
          <label className="field">
            <span>{t('process.category')}</span>
            <select
              value={filter.category}
              onChange={(e) =>
                setFilter({ ...filter, category: e.target.value as Category | 'all' })
              }
            >
              <option value="all">{t('library.all')}</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('process.status')}</span>
            <select
              value={filter.status}
              onChange={(e) => setFilter({ ...filter, status: e.target.value as Status | 'all' })}
            >
              <option value="all">{t('library.all')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>

        {loaded && processes.length === 0 && <p className="empty">{t('library.empty')}</p>}
        {loaded && processes.length > 0 && shown.length === 0 && (
          <p className="empty">{t('library.noMatch')}</p>
        )}
        {shown.length > 0 && (
          <table className="process-table">
            <caption className="visually-hidden">
              {t('library.tableCaption', { count: shown.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('process.title')}</th>
                <th scope="col">{t('process.category')}</th>
                <th scope="col">{t('process.status')}</th>
                <th scope="col">{t('library.steps')}</th>
                <th scope="col">{t('library.changed')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('library.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <a
                      href={processPath(p.id)}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate(processPath(p.id));
                      }}
                    >
                      {p.title}
                    </a>
                    <SharedBadge id={p.id} />
                    {p.tags.length > 0 && (
                      <span className="tags">
                        {p.tags.map((tag) => (
                          <span key={tag} className="tag">
                            {tag}
                          </span>
                        ))}
                      </span>
                    )}
                  </th>
                  <td>{t(`category.${p.category}`)}</td>
                  <td>
                    <span className={`status status-${p.status}`}>{t(`status.${p.status}`)}</span>
                  </td>
                  <td>{p.steps}</td>
                  <td>{formatDateTime(language, p.changedAt)}</td>
                  <td className="row-actions">
                    <Menu
                      label={t('library.actionsFor', { title: p.title })}
                      trigger="⋯"
                      className="button icon"
                      items={rowMenu(p)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LibraryTabs>

      {dialog?.mode === 'create' && (
        <ProcessDialog
          mode="create"
          onCancel={() => setDialog(null)}
          onSubmit={(title, c) => void create(title, c)}
        />
      )}
      {dialog?.mode === 'template' && (
        <Suspense fallback={null}>
          <TemplateDialog
            onCancel={() => setDialog(null)}
            onCreate={(tpl) => void fromTemplate(tpl)}
          />
        </Suspense>
      )}
      {dialog?.mode === 'rename' && (
        <ProcessDialog
          mode="rename"
          initialTitle={dialog.process.title}
          onCancel={() => setDialog(null)}
          onSubmit={(title) => {
            setDialog(null);
            void services().renameProcess(dialog.process.id, title);
          }}
        />
      )}
      {dialog?.mode === 'share' && (
        <ShareToLibraryDialog process={dialog.process} onClose={() => setDialog(null)} />
      )}
      <DrawioPagesDialog />
    </main>
  );
}
