import type { NotificationProvider, OpenNotificationParams } from '@refinedev/core';
import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { IfLoadFails } from './IfLoadFails';
import { PlainNotices } from './PlainNotices';

/** What refine asks of its notification provider, as a message to the notifier. */
export type NotificationRequest =
  { kind: 'open'; params: OpenNotificationParams } | { kind: 'close'; key: string };

/** Shows a request (the notifier's, once loaded). */
export type ShowNotification = (request: NotificationRequest) => void;

// antd's notification (and its styles, ~6 KB gzipped) arrives with the first notification: a
// list's first screen shows none, so it does not load them.
const Notifier = lazy(() => import('./notifier'));

const SendContext = createContext<ShowNotification>(() => {});

/**
 * Holds refine's notifications until the notifier's code is there, then hands them over in
 * order; later ones go straight to it. Inside the theme and locale provider, above `<Refine>`.
 */
export function NotificationsHost({ children }: { children: ReactNode }) {
  const show = useRef<ShowNotification | null>(null);
  const pending = useRef<NotificationRequest[]>([]);
  const [wanted, setWanted] = useState(false);

  const send = useCallback<ShowNotification>((request) => {
    if (show.current) return show.current(request);
    if (request.kind === 'close') {
      // Not shown yet: closing it is not showing it.
      pending.current = pending.current.filter((p) => p.kind !== 'open' || p.params.key !== request.key);
      return;
    }
    pending.current.push(request);
    setWanted(true);
  }, []);

  const ready = useCallback((next: ShowNotification) => {
    show.current = next;
    for (const request of pending.current.splice(0)) next(request);
  }, []);

  // When antd's notification code cannot be fetched (often the very failure being reported):
  // plain boxes with the same words, undo and close.
  const [plain, setPlain] = useState<OpenNotificationParams[]>([]);
  const showPlainly = useCallback<ShowNotification>((request) => {
    const key = request.kind === 'close' ? request.key : request.params.key;
    setPlain((shown) => {
      const others = key === undefined ? shown : shown.filter((n) => n.key !== key);
      return request.kind === 'close' ? others : [...others, request.params];
    });
  }, []);
  // Stable: each notice's own timer runs from its opening, not from the last change of the list.
  const closePlain = useCallback(
    (notice: OpenNotificationParams) => setPlain((shown) => shown.filter((n) => n !== notice)),
    [],
  );

  return (
    <SendContext.Provider value={send}>
      {children}
      {wanted && (
        <IfLoadFails fallback={null} onFail={() => ready(showPlainly)}>
          <Suspense fallback={null}>
            <Notifier onReady={ready} />
          </Suspense>
        </IfLoadFails>
      )}
      {plain.length > 0 && <PlainNotices notices={plain} onClose={closePlain} />}
    </SendContext.Provider>
  );
}

/**
 * refine's notifications through antd's notification (themed, in the current locale). Our own
 * rather than @refinedev/antd's `useNotificationProvider`: that package is a single module, so
 * taking one hook from it into the shell would bring all of it (layout, page headers, the
 * markdown field's parser) to the sign-in page. Same behaviour: refine's message is the
 * notification's text (see notifier.tsx).
 */
export function useConsoleNotifications(): NotificationProvider {
  const send = useContext(SendContext);
  return useMemo(
    () => ({
      open: (params) => send({ kind: 'open', params }),
      close: (key) => send({ kind: 'close', key }),
    }),
    [send],
  );
}
