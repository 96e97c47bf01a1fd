import { useEffect, useState } from 'react';

/** The current instant in ms, refreshed every `everyMs` (countdowns and time-relative filters). */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
