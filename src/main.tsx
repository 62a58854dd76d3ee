// Entry: wire storage to state, then mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app/styles.css';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { useLanguage } from './app/i18n/i18n';

bootstrap();
document.documentElement.lang = useLanguage.getState().language;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
