// The shell: header with the language switch, the current screen, and the message regions.
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { LibraryScreen } from '../library/LibraryScreen';
import { LandscapeScreen } from '../landscape/LandscapeScreen';
import { lazy, Suspense } from 'react';
import { useLanguage, useT } from '../platform/i18n/i18n';
import {
  CompareScreen,
  EditorScreen,
  HukiScreen,
  RegisterScreen,
  SettingsScreen,
  ShareScreen,
} from './screens';
import { Notices } from './Notices';
import { StorageLostDialog } from './StorageLostDialog';
import { navigate, parseRoute, usePathname } from '../platform/router';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { HeaderAccount, OfflineNotice, SyncStatus } from '../sharedLibrary/HeaderAccount';
import { isReadOnly } from '../sharedLibrary/roles';
import { useServer } from '../sharedLibrary/server';

// A shared process this person may only read opens in the viewer, never in the editor.
const SharedReadOnlyScreen = lazy(() =>
  import('../sharedLibrary/SharedReadOnlyScreen').then((m) => ({
    default: m.SharedReadOnlyScreen,
  })),
);

export function App() {
  const t = useT();
  const pathname = usePathname();
  const route = parseRoute(pathname);
  const { language, setLanguage } = useLanguage();
  const readOnly = useServer((s) => route.name === 'process' && isReadOnly(route.id, s));
  return (
    <div className="app">
      <header className="app-header">
        <a
          className="brand"
          href="/"
          onClick={(e) => {
            e.preventDefault();
            navigate('/');
          }}
        >
          {t('app.name')}
        </a>
        <span className="tagline">{t('app.tagline')}</span>
        <nav className="app-nav" aria-label={t('app.nav')}>
          <a
            href="/"
            aria-current={route.name === 'library' ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate('/');
            }}
          >
            {t('app.navLibrary')}
          </a>
          <a
            href="/karta"
            aria-current={route.name === 'landscape' ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate('/karta');
            }}
          >
            {t('app.navLandscape')}
          </a>
          <a
            href="/register"
            aria-current={route.name === 'register' ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate('/register');
            }}
          >
            {t('app.navRegister')}
          </a>
          <a
            href="/installningar"
            aria-current={route.name === 'settings' ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate('/installningar');
            }}
          >
            {t('app.navSettings')}
          </a>
        </nav>
        <div className="spacer" />
        {route.name === 'process' && <SyncStatus id={route.id} />}
        {/* Sign-in and language stay together when a narrow header wraps. */}
        <div className="header-end">
          <HeaderAccount />
          <button
            className="button ghost small"
            lang={language === 'sv' ? 'en' : 'sv'}
            onClick={() => setLanguage(language === 'sv' ? 'en' : 'sv')}
          >
            {t('app.switchLanguage')}
          </button>
        </div>
        <OfflineNotice />
      </header>
      {/* A screen that fails to show leaves the header and its links working. */}
      <ErrorBoundary kind="screen" resetKey={pathname}>
        <Suspense
          fallback={
            <main className="editor-message" aria-busy="true">
              {t('common.loading')}
            </main>
          }
        >
          {route.name === 'library' && <LibraryScreen />}
          {route.name === 'process' &&
            (readOnly ? <SharedReadOnlyScreen id={route.id} /> : <EditorScreen id={route.id} />)}
          {route.name === 'register' && <RegisterScreen />}
          {route.name === 'share' && <ShareScreen />}
          {route.name === 'compare' && <CompareScreen id={route.id} />}
          {route.name === 'landscape' && <LandscapeScreen />}
          {route.name === 'huki' && <HukiScreen id={route.id} />}
          {route.name === 'settings' && <SettingsScreen />}
        </Suspense>
      </ErrorBoundary>
      {route.name === 'notFound' && (
        <main className="editor-message">
          <h1>{t('app.notFound')}</h1>
          <button className="button primary" onClick={() => navigate('/')}>
            {t('editor.back')}
          </button>
        </main>
      )}
      <ErrorBoundary>
        <Notices />
        <UpdatePrompt />
        <StorageLostDialog />
      </ErrorBoundary>
    </div>
  );
}
