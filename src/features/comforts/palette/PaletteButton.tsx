import { SearchOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useComfortsText } from '../text';

const CommandPalette = lazy(() => import('./CommandPalette').then((m) => ({ default: m.CommandPalette })));

/** Ctrl+K on Windows and Linux, ⌘K on a Mac. */
export function isPaletteShortcut(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
}

/** The header's search button and the global shortcut that open the command palette. */
export function PaletteButton({ compact = false }: { compact?: boolean }) {
  const t = useComfortsText();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPaletteShortcut(e)) return;
      e.preventDefault(); // the browser's own Ctrl+K focuses its search bar
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <Button
        icon={<SearchOutlined />}
        aria-label={t.paletteOpen}
        aria-keyshortcuts="Control+K Meta+K"
        aria-haspopup="dialog"
        title={`${t.paletteOpen} (${t.paletteShortcut})`}
        onClick={() => setOpen(true)}
      >
        {!compact && (
          <>
            {t.paletteOpen}
            <kbd style={{ marginInlineStart: 8, fontSize: 11, opacity: 0.65 }}>{t.paletteShortcut}</kbd>
          </>
        )}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <CommandPalette open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
