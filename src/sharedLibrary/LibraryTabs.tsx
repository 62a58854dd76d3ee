// With a server, the library has two tabs: this device's processes ("Mitt bibliotek", the list
// as it always was) and the server's ("Delat bibliotek"). Without one there are no tabs at all.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../platform/i18n/i18n';
import { hasServer, roleKey } from './roles';
import { useServer } from './server';
import { SharedLibraryPanel } from './SharedLibraryPanel';
import './sharedLibrary.css';

type Tab = 'mine' | 'shared';
// Back from a shared process, the shared tab is where the person left it.
let lastTab: Tab = 'mine';

export function LibraryTabs({ children }: { children: ReactNode }) {
  const t = useT();
  const status = useServer((s) => s.status);
  const [tab, setTabState] = useState<Tab>(lastTab);
  const id = useId();
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({ mine: null, shared: null });
  if (!hasServer(status)) return <>{children}</>;

  const setTab = (next: Tab, focus = false) => {
    lastTab = next;
    setTabState(next);
    if (focus) tabs.current[next]?.focus();
  };
  // The tab pattern: arrows move between the tabs (and show the one reached), Home/End jump.
  const onKeyDown = (e: KeyboardEvent) => {
    const next: Record<string, Tab> = {
      ArrowLeft: tab === 'mine' ? 'shared' : 'mine',
      ArrowRight: tab === 'mine' ? 'shared' : 'mine',
      Home: 'mine',
      End: 'shared',
    };
    const to = next[e.key];
    if (!to) return;
    e.preventDefault();
    setTab(to, true);
  };
  const tabButton = (name: Tab, label: string) => (
    <button
      ref={(el) => {
        tabs.current[name] = el;
      }}
      role="tab"
      id={`${id}-${name}`}
      aria-selected={tab === name}
      aria-controls={`${id}-panel`}
      tabIndex={tab === name ? 0 : -1}
      className="library-tab"
      onClick={() => setTab(name)}
    >
      {label}
    </button>
  );
  return (
    <>
      <div
        role="tablist"
        aria-label={t('sharedLib.tabs')}
        className="library-tabs"
        onKeyDown={onKeyDown}
      >
        {tabButton('mine', t('sharedLib.tabMine'))}
        {tabButton('shared', t('sharedLib.tabShared'))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
        {tab === 'mine' ? children : <SharedLibraryPanel />}
      </div>
    </>
  );
}

/** On a row of "Mitt bibliotek": this process is shared, and the caller's right to it. */
export function SharedBadge({ id }: { id: string }) {
  const t = useT();
  const status = useServer((s) => s.status);
  const role = useServer((s) => s.sync[id]?.role);
  if (!hasServer(status) || !role) return null;
  return (
    <span className="shared-badges">
      <span className="shared-badge">{t('sharedLib.badge')}</span>{' '}
      <span className={`role-badge role-${role}`}>{t(roleKey(role))}</span>
    </span>
  );
}
