/**
 * Watches for input (touch, click, keys, scrolling) and runs each limit's action once when that
 * long passes without any. The server ends or locks an unused session too, but only on the next
 * request: this is what keeps a screen left open from showing anything meanwhile.
 *
 * Input in another tab of Mend counts as well (written to localStorage now and then), so an idle
 * tab never signs out the tab the person is using.
 */

export interface IdleLimit {
  afterMs: number;
  onIdle: () => void;
}

export interface IdleWatchOptions {
  /** Checked in order: put the one that should win (sign-out) first. */
  limits: readonly IdleLimit[];
  /** Called on input, at most once per `activeEveryMs`: lets the server know the session is in use. */
  onActive?: () => void;
  activeEveryMs?: number;
  now?: () => number;
  storage?: Storage;
}

export const LAST_ACTIVITY_KEY = 'mend.last-activity';
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
/** Writing every keystroke to storage would be wasteful; a few seconds is close enough. */
const SHARE_EVERY_MS = 5_000;
/** Timers are looked at again at least this often: a laptop that slept fires them late or never. */
const RECHECK_MS = 60_000;

function readShared(storage: Storage | undefined): number {
  try {
    return Number(storage?.getItem(LAST_ACTIVITY_KEY)) || 0;
  } catch {
    return 0;
  }
}

function share(storage: Storage | undefined, at: number): void {
  try {
    storage?.setItem(LAST_ACTIVITY_KEY, String(at));
  } catch {
    // Storage refused: this tab still watches its own input.
  }
}

function defaultStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function watchIdle({ limits, onActive, activeEveryMs = 60_000, now = () => Date.now(), storage = defaultStorage() }: IdleWatchOptions): () => void {
  let lastInput = now();
  let lastShared = lastInput;
  let lastActive = lastInput;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const fired = new Set<IdleLimit>();
  share(storage, lastInput);

  const latest = () => Math.max(lastInput, readShared(storage));

  const check = () => {
    if (stopped) return;
    const idleFor = now() - latest();
    for (const limit of limits) {
      if (fired.has(limit) || idleFor < limit.afterMs) continue;
      fired.add(limit);
      limit.onIdle();
      // One action per pause: after signing out or locking, this watch is done.
      return stop();
    }
    schedule();
  };

  function schedule() {
    clearTimeout(timer);
    const waiting = limits.filter((limit) => !fired.has(limit));
    if (waiting.length === 0) return;
    const soonest = Math.min(...waiting.map((limit) => latest() + limit.afterMs)) - now();
    timer = setTimeout(check, Math.max(0, Math.min(soonest, RECHECK_MS)));
  }

  const onInput = () => {
    const at = now();
    lastInput = at;
    if (at - lastShared >= SHARE_EVERY_MS) {
      lastShared = at;
      share(storage, at);
    }
    if (onActive && at - lastActive >= activeEveryMs) {
      lastActive = at;
      onActive();
    }
  };
  // Back to a tab that was hidden (timers throttled) or a laptop opened again: look at once.
  const onVisible = () => {
    if (document.visibilityState === 'visible') check();
  };

  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  document.addEventListener('visibilitychange', onVisible);
  schedule();

  function stop() {
    stopped = true;
    clearTimeout(timer);
    for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    document.removeEventListener('visibilitychange', onVisible);
  }
  return stop;
}
