// The shell: header with the language switch, the current screen, and the message regions.
import { EditorScreen } from '../editor/EditorScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { useLanguage, useT } from './i18n/i18n';
import { Notices } from './Notices';
import { navigate, parseRoute, usePathname } from './router';

export function App() {
  const t = useT();
  const route = parseRoute(usePathname());
  const { language, setLanguage } = useLanguage();
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
        <div className="spacer" />
        <button
          className="button ghost small"
          lang={language === 'sv' ? 'en' : 'sv'}
          onClick={() => setLanguage(language === 'sv' ? 'en' : 'sv')}
        >
          {t('app.switchLanguage')}
        </button>
      </header>
      {route.name === 'library' && <LibraryScreen />}
      {route.name === 'process' && <EditorScreen id={route.id} />}
      {(route.name === 'notFound' || route.name === 'register') && (
        <main className="editor-message">
          <h1>{t('app.notFound')}</h1>
          <button className="button primary" onClick={() => navigate('/')}>
            {t('editor.back')}
          </button>
        </main>
      )}
      <Notices />
    </div>
  );
}
