import type { Account } from '@mend/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '../api/keys';
import { lockNow, signOutIdle } from '../api/use-session';
import { watchIdle, type IdleLimit } from '../lib/idle-watch';

const MINUTE_MS = 60_000;

/**
 * Signs out after the idle time the person chose, and locks after the app lock's time, when
 * nobody touches the screen. While they do, `me` is asked now and then so the server, which
 * only sees requests, does not end or lock a session someone is reading or typing in.
 */
export function IdleGuard({ account }: { account: Account }) {
  const queryClient = useQueryClient();
  // Read with care: an answer kept by an older version of the app may lack either field.
  const signOutAfter = account.idleSignOutMinutes ?? null;
  const lockAfter = account.appLock?.enabled ? account.appLock.lockAfterMinutes : null;

  useEffect(() => {
    const limits: IdleLimit[] = [];
    if (signOutAfter) limits.push({ afterMs: signOutAfter * MINUTE_MS, onIdle: () => void signOutIdle(queryClient) });
    if (lockAfter) limits.push({ afterMs: lockAfter * MINUTE_MS, onIdle: () => void lockNow(queryClient) });
    if (limits.length === 0) return;
    // Often enough to stay inside the shortest limit: the server notes use about once a minute.
    const shortest = Math.min(...limits.map((limit) => limit.afterMs));
    return watchIdle({
      limits,
      activeEveryMs: Math.min(MINUTE_MS, shortest / 2),
      onActive: () => void queryClient.refetchQueries({ queryKey: queryKeys.me }),
    });
  }, [queryClient, signOutAfter, lockAfter]);

  return null;
}
