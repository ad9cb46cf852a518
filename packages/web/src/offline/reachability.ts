import { useSyncExternalStore } from 'react';
import { isApiError } from '../api/client';

/**
 * Whether the last word from the server was "can't reach it". The browser's own online flag
 * misses a server that is down (or a Wi-Fi with no way out), so every answer and every network
 * failure updates this.
 */
let unreachable = false;
const listeners = new Set<() => void>();

function setUnreachable(next: boolean): void {
  if (unreachable === next) return;
  unreachable = next;
  for (const listener of [...listeners]) listener();
}

export function markReachable(): void {
  setUnreachable(false);
}

export function markUnreachable(): void {
  setUnreachable(true);
}

/**
 * Network failure, or a server (or a proxy in front of it) that is there but not answering properly
 * or asks to try later (408 timeout, 425 too early, 429 too many): what was sent may be sent again.
 */
export function isServerAway(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status >= 500 || error.status === 408 || error.status === 425 || error.status === 429;
}

/** For the query client's caches: every outcome of a request says something about the server. */
export function noteRequestOutcome(error?: unknown): void {
  if (error === undefined) markReachable();
  else if (isServerAway(error)) markUnreachable();
  else if (isApiError(error)) markReachable();
}

export function isServerUnreachable(): boolean {
  return unreachable;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useServerUnreachable(): boolean {
  return useSyncExternalStore(subscribe, isServerUnreachable, () => false);
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** The browser's own view; false means certainly offline, true only maybe online. */
export function useBrowserOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
}
