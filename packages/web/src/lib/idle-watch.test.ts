// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LAST_ACTIVITY_KEY, watchIdle } from './idle-watch';

const MINUTE = 60_000;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z') });
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe('watchIdle', () => {
  it('runs a limit once when that long passes without input, and input pushes it back', () => {
    const onIdle = vi.fn();
    const stop = watchIdle({ limits: [{ afterMs: 15 * MINUTE, onIdle }] });
    vi.advanceTimersByTime(10 * MINUTE);
    window.dispatchEvent(new KeyboardEvent('keydown'));
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('counts input in another tab of Mend (shared through localStorage)', () => {
    const onIdle = vi.fn();
    const stop = watchIdle({ limits: [{ afterMs: 15 * MINUTE, onIdle }] });
    vi.advanceTimersByTime(14 * MINUTE);
    localStorage.setItem(LAST_ACTIVITY_KEY, String(Date.now()));
    vi.advanceTimersByTime(14 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('takes the first limit that is due and then stops: a sign-out is not followed by a lock', () => {
    const signOut = vi.fn();
    const lock = vi.fn();
    watchIdle({ limits: [{ afterMs: 15 * MINUTE, onIdle: signOut }, { afterMs: 5 * MINUTE, onIdle: lock }] });
    vi.advanceTimersByTime(6 * MINUTE);
    expect(lock).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(signOut).not.toHaveBeenCalled();

    const signOutToo = vi.fn();
    const lockToo = vi.fn();
    // Back from a long sleep: both are due at the first look; signing out wins.
    watchIdle({ limits: [{ afterMs: 15 * MINUTE, onIdle: signOutToo }, { afterMs: 5 * MINUTE, onIdle: lockToo }] });
    vi.setSystemTime(Date.now() + 30 * MINUTE);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(signOutToo).toHaveBeenCalledTimes(1);
    expect(lockToo).not.toHaveBeenCalled();
  });

  it('tells the server the session is in use at most once per interval while there is input', () => {
    const onActive = vi.fn();
    const stop = watchIdle({ limits: [{ afterMs: 15 * MINUTE, onIdle: vi.fn() }], onActive, activeEveryMs: MINUTE });
    window.dispatchEvent(new Event('pointerdown'));
    expect(onActive).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    window.dispatchEvent(new Event('pointerdown'));
    window.dispatchEvent(new Event('pointerdown'));
    expect(onActive).toHaveBeenCalledTimes(1);
    stop();
    vi.advanceTimersByTime(MINUTE);
    window.dispatchEvent(new Event('pointerdown'));
    expect(onActive).toHaveBeenCalledTimes(1);
  });
});
