/** The console itself: languages, then the app (loaded by main.tsx, see there). */
import '@ant-design/v5-patch-for-react-19';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';

/** Renders the console into the page; main.tsx calls it once the page's code is in. */
export function startConsole(): void {
  initI18n();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
