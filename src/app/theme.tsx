import { ConfigProvider, theme, type ThemeConfig } from 'antd';
import type { Locale } from 'antd/es/locale';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { THEME_TOKEN } from './brand';

export type ThemeMode = 'light' | 'dark';

const STORAGE_KEY = 'sq.theme';

/** The stored choice, else the system's preference, else light. */
export function initialThemeMode(): ThemeMode {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'light' || stored === 'dark') return stored;
  } catch {
    // storage disabled: fall through to the system's preference
  }
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function themeConfig(mode: ThemeMode): ThemeConfig {
  return {
    algorithm: mode === 'dark' ? theme.darkAlgorithm : theme.defaultAlgorithm,
    token: THEME_TOKEN,
  };
}

interface ThemeModeState {
  mode: ThemeMode;
  setMode(mode: ThemeMode): void;
}

const ThemeModeContext = createContext<ThemeModeState>({ mode: 'light', setMode: () => {} });

export function useThemeMode(): ThemeModeState {
  return useContext(ThemeModeContext);
}

/**
 * antd's ConfigProvider with the light or dark algorithm, the choice remembered in this browser.
 * The page's own colour scheme follows, so scrollbars and form controls match the theme.
 */
export function ThemedConfigProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [mode, setModeState] = useState<ThemeMode>(initialThemeMode);
  const setMode = useCallback((next: ThemeMode) => {
    setModeState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // the choice lasts for this visit only
    }
  }, []);
  useEffect(() => {
    document.documentElement.style.colorScheme = mode;
    document.documentElement.dataset.theme = mode;
  }, [mode]);
  const state = useMemo(() => ({ mode, setMode }), [mode, setMode]);
  const config = useMemo(() => themeConfig(mode), [mode]);
  return (
    <ThemeModeContext.Provider value={state}>
      <ConfigProvider locale={locale} theme={config}>
        {children}
      </ConfigProvider>
    </ThemeModeContext.Provider>
  );
}

/** A tablet (or narrower) window starts with the menu folded to icons, leaving the table room. */
export function siderStartsCollapsed(): boolean {
  return (globalThis.innerWidth ?? 1440) < 1280;
}
