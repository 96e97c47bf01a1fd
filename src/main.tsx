import '@ant-design/v5-patch-for-react-19';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadConsole } from './app/lazyPages';
import { initI18n } from './i18n';
import { readSession } from './providers/session';

initI18n();
if (readSession() && !location.pathname.startsWith('/login')) preloadConsole();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
