import { useEffect, useRef, useState } from 'react';

/**
 * The practice screens' one source of time. Tests move it with vi.useFakeTimers(), which fakes
 * both Date.now and setInterval, so nothing here needs its own test hook.
 */
export const practiceClock = {
  now: (): number => Date.now(),
  every(ms: number, tick: () => void): () => void {
    const id = setInterval(tick, ms);
    return () => clearInterval(id);
  },
};

/** How often a running pacer or timer looks at the clock: often enough that a second never lags. */
export const TICK_MS = 250;

/**
 * Milliseconds spent running, counted from the clock (not from the number of ticks, which a
 * busy or backgrounded tab delays). Pausing keeps the time so far; resuming adds to it.
 */
export function useRunningTime(running: boolean, initialMs = 0): number {
  const [elapsedMs, setElapsedMs] = useState(initialMs);
  const kept = useRef(initialMs);
  useEffect(() => {
    if (!running) return;
    const start = practiceClock.now();
    const base = kept.current;
    const read = () => base + practiceClock.now() - start;
    const stop = practiceClock.every(TICK_MS, () => setElapsedMs(read()));
    return () => {
      stop();
      kept.current = read();
      setElapsedMs(kept.current);
    };
  }, [running]);
  return elapsedMs;
}

/** 125 → "02:05"; a countdown reads the same width every second. */
export function clockText(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}
