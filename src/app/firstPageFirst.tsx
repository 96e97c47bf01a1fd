import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useThemeMode } from './theme';

/**
 * The first page of a visit paints before the console's secondary controls mount (the filter
 * bar's controls, the list's toolbar and pagination, the header's switches, the menu).
 *
 * Why: on the first load every antd control with a popup (tooltip, dropdown, select) sets its
 * state while mounting, which makes React re-render and run every effect of the page at once,
 * before the browser may paint, and the controls themselves are half of the page's components.
 * A cold list painted its first rows ~0.3 s later with them (docs/benchmarks.md). So the first
 * page mounts with light stand-ins of the same size, and the controls follow right after its
 * first paint, in one transition. Later pages render everything at once: the gate stays open.
 *
 * Without a `FirstPageFirst` above (tests, pages rendered alone) everything renders at once, and
 * so it does in the dark theme: the stand-ins take their look from antd's stylesheet, which the
 * build makes for the light theme (antdStaticStyles.ts); dark styles exist only once the real
 * controls have rendered.
 */
interface Gate {
  ready: boolean;
  /** A page (or its loading state) is in the document: open once the browser painted it. */
  pageShown(): void;
}

const GateContext = createContext<Gate>({ ready: true, pageShown: () => {} });

/** The longest the controls wait for a paint (a page opened in a background tab paints late). */
export const GATE_FALLBACK_MS = 500;
/** The longest they wait for a page at all (one that never says it is shown, by a fault). */
export const GATE_LONGEST_MS = 3000;

/** Runs `run` once, after the browser's next paint (or after the fallback, whichever first). */
function afterNextPaint(run: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A frame callback runs before its paint; a timer set from it, after.
  const frame = globalThis.requestAnimationFrame?.(() => {
    timer = setTimeout(once, 0);
  });
  const fallback = setTimeout(once, GATE_FALLBACK_MS);
  return () => {
    done = true;
    if (frame !== undefined) globalThis.cancelAnimationFrame?.(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
}

interface ProviderProps {
  children: ReactNode;
  /** How long it waits for a page at most; `null`: until one is shown (tests). */
  longestMs?: number | null;
}

export function FirstPageFirst({ children, longestMs = GATE_LONGEST_MS }: ProviderProps) {
  const light = useThemeMode().mode === 'light';
  const [opened, setOpened] = useState(false);
  const ready = opened || !light;
  const cancel = useRef<(() => void) | undefined>(undefined);
  const open = useCallback(() => startTransition(() => setOpened(true)), []);
  const pageShown = useCallback(() => {
    if (cancel.current) return;
    cancel.current = afterNextPaint(open);
  }, [open]);
  useEffect(() => {
    const longest = longestMs === null ? undefined : setTimeout(open, longestMs);
    return () => {
      clearTimeout(longest);
      cancel.current?.();
      cancel.current = undefined;
    };
  }, [open, longestMs]);
  const gate = useMemo(() => ({ ready, pageShown }), [ready, pageShown]);
  return <GateContext.Provider value={gate}>{children}</GateContext.Provider>;
}

/** Whether the secondary controls may mount (false only on the first page, before its paint). */
export function useSecondaryReady(): boolean {
  return useContext(GateContext).ready;
}

/** Placed where a page renders (PageSlot): tells the gate a page is in the document. */
export function PageShown() {
  const { ready, pageShown } = useContext(GateContext);
  useEffect(() => {
    if (!ready) pageShown();
  }, [ready, pageShown]);
  return null;
}

/** `children` once the gate is open; until then `standIn` (by default nothing). */
export function AfterFirstPaint({ children, standIn = null }: { children: ReactNode; standIn?: ReactNode }) {
  return <>{useSecondaryReady() ? children : standIn}</>;
}
