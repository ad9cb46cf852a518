import { useSyncExternalStore } from 'react';

/**
 * Why this device was signed out without the person pressing "Sign out", so the sign-in screen can
 * say so plainly: a while without use, "sign out everywhere", too many wrong PINs, or the session
 * simply ended (signed out from another device, expired).
 */
export type SignedOutBecause = 'idle' | 'everywhere' | 'pin' | 'ended';

interface DeviceSession {
  /** The server answered 423 app_locked (or "Lock now"): only the lock screen shows. */
  locked: boolean;
  signedOutBecause: SignedOutBecause | null;
}

/**
 * The lock is also written down, so a reload while the server can't be asked (which would
 * otherwise open the remembered person's screens) still shows the lock screen. The server's next
 * answer decides: 200 unlocks, 423 keeps it. Why a session ended lives in memory only.
 */
const LOCKED_KEY = 'mend.locked';

function readLocked(): boolean {
  try {
    return localStorage.getItem(LOCKED_KEY) === 'yes';
  } catch {
    return false;
  }
}

function writeLocked(locked: boolean): void {
  try {
    if (locked) localStorage.setItem(LOCKED_KEY, 'yes');
    else localStorage.removeItem(LOCKED_KEY);
  } catch {
    // Storage refused: the lock holds for this page, and the server holds it for the session.
  }
}

/**
 * A sign-out in one tab is written here (and removed at once), so the other tabs end the session
 * too: they share its cookie, and a tab left open must not keep showing the person's screens.
 */
const SIGNED_OUT_KEY = 'mend.signed-out';
const PLAIN_SIGN_OUT = 'signed-out';

/** What another tab did to the session both share, for the app to follow (drop answers, show sign-in). */
export type OtherTabChange = { kind: 'locked' } | { kind: 'signed-out'; because: SignedOutBecause | null };

let state: DeviceSession = { locked: typeof localStorage === 'undefined' ? false : readLocked(), signedOutBecause: null };
const listeners = new Set<() => void>();
const otherTabListeners = new Set<(change: OtherTabChange) => void>();

const REASONS: readonly string[] = ['idle', 'everywhere', 'pin', 'ended'] satisfies SignedOutBecause[];

// Tabs share one session: a lock or a sign-out in one tab shows in the others at once.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === LOCKED_KEY || event.key === null) {
      const locked = readLocked();
      // Told first, so the app drops its answers the way a lock in this tab would (lockOnDevice).
      if (locked && !state.locked) for (const listener of [...otherTabListeners]) listener({ kind: 'locked' });
      update({ locked });
    }
    if (event.key === SIGNED_OUT_KEY && event.newValue) {
      const because = REASONS.includes(event.newValue) ? (event.newValue as SignedOutBecause) : null;
      for (const listener of [...otherTabListeners]) listener({ kind: 'signed-out', because });
    }
  });
}

/** Follows what other tabs do to the shared session; returns the way to stop. */
export function onOtherTabChange(listener: (change: OtherTabChange) => void): () => void {
  otherTabListeners.add(listener);
  return () => otherTabListeners.delete(listener);
}

/** Tells the other tabs this session ended here (they hear the write; nothing stays stored). */
export function announceSignedOut(because: SignedOutBecause | null): void {
  try {
    localStorage.setItem(SIGNED_OUT_KEY, because ?? PLAIN_SIGN_OUT);
    localStorage.removeItem(SIGNED_OUT_KEY);
  } catch {
    // Storage refused: the other tabs find out at their next request (a 401).
  }
}

function update(next: Partial<DeviceSession>): void {
  const merged = { ...state, ...next };
  if (merged.locked !== state.locked) writeLocked(merged.locked);
  if (merged.locked === state.locked && merged.signedOutBecause === state.signedOutBecause) return;
  state = merged;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const markLocked = () => update({ locked: true });
export const markUnlocked = () => update({ locked: false });
export const isLocked = () => state.locked;

/** A later, plainer reason never hides an earlier, more telling one ("ended" after "idle"). */
export function noteSignedOut(because: SignedOutBecause): void {
  update({ locked: false, signedOutBecause: because === 'ended' && state.signedOutBecause ? state.signedOutBecause : because });
}

export const clearSignOutNote = () => update({ signedOutBecause: null });

export function useAppLocked(): boolean {
  return useSyncExternalStore(subscribe, () => state.locked);
}

export function useSignedOutBecause(): SignedOutBecause | null {
  return useSyncExternalStore(subscribe, () => state.signedOutBecause);
}

/** What the server's 401 code says about why the session ended. */
export function signedOutBecauseOf(code: string): SignedOutBecause {
  if (code === 'signed_out_idle') return 'idle';
  return code === 'signed_out_pin' ? 'pin' : 'ended';
}
