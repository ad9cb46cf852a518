import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { lockOnDevice } from '../api/end-session';
import { queryKeys } from '../api/keys';
import { useInvalidateMoments } from '../api/use-moments';
import { refreshMeInBackground } from '../api/use-session';
import { listEntries, subscribeOutbox, type OutboxEntry } from './outbox';
import { sendOutbox, type SendOptions, type SendOutcome } from './outbox-sync';
import { useServerUnreachable } from './reachability';

/** Often enough that a moment goes soon after the server is back; rare enough to cost nothing. */
export const SEND_EVERY_MS = 15_000;

/** One person's entries on this device, oldest first; undefined until read. */
export function useOutboxEntries(ownerId: string | undefined): OutboxEntry[] | undefined {
  const [entries, setEntries] = useState<OutboxEntry[] | undefined>();
  useEffect(() => {
    if (!ownerId) {
      setEntries([]);
      return;
    }
    let latest = 0;
    let live = true;
    const load = () => {
      const read = ++latest;
      void listEntries(ownerId).then((list) => {
        // Reads can finish out of order; only the newest one counts.
        if (live && read === latest) setEntries(list);
      });
    };
    load();
    const stop = subscribeOutbox(load);
    return () => {
      live = false;
      stop();
    };
  }, [ownerId]);
  return entries;
}

/** Sends the outbox; whatever arrived makes the lists, insights and check-ins fresh. */
export function useSendOutbox(): (ownerId: string, options?: SendOptions) => Promise<SendOutcome> {
  const invalidate = useInvalidateMoments();
  const queryClient = useQueryClient();
  return useCallback(async (ownerId: string, options?: SendOptions) => {
    const outcome = await sendOutbox(ownerId, options);
    if (outcome.delivered.size > 0) void invalidate();
    // The session ended: asking who is signed in shows sign-in, and the moments wait for it.
    if (outcome.stopped === 'signed-out') void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    // Locked: the lock screen shows; the moments wait and go once the PIN opens the session again.
    if (outcome.stopped === 'locked') lockOnDevice(queryClient);
    return outcome;
  }, [invalidate, queryClient]);
}

/**
 * Keeps sending while the person is signed in: at start, when the browser is back online, and
 * every SEND_EVERY_MS while something waits. While the server is away with nothing waiting, it
 * asks who is signed in on the same beat, so the offline notice clears once the server is back.
 */
export function useOutboxRunner(ownerId: string): void {
  const send = useSendOutbox();
  const queryClient = useQueryClient();
  const entries = useOutboxEntries(ownerId);
  const waiting = entries?.some((entry) => !entry.refused) ?? false;
  const serverAway = useServerUnreachable();

  useEffect(() => {
    const sendNow = () => void send(ownerId).catch(() => undefined);
    sendNow();
    window.addEventListener('online', sendNow);
    return () => window.removeEventListener('online', sendNow);
  }, [ownerId, send]);

  useEffect(() => {
    if (!waiting && !serverAway) return;
    // On a timer, not on anyone's tap: marked as background, so the server never takes it for use.
    const timer = setInterval(() => {
      if (waiting) void send(ownerId, { background: true }).catch(() => undefined);
      else void refreshMeInBackground(queryClient).catch(() => undefined);
    }, SEND_EVERY_MS);
    return () => clearInterval(timer);
  }, [waiting, serverAway, ownerId, send, queryClient]);
}
