// Entry: wire storage to state, then mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app/styles.css';
import { App } from './app/App';
import { preloadEditor } from './app/screens';
import { bootstrap } from './app/bootstrap';
import { startRevisionRecorder } from './app/recorder';
import { useLanguage } from './platform/i18n/i18n';

bootstrap();
startRevisionRecorder();
document.documentElement.lang = useLanguage.getState().language;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
preloadEditor();
