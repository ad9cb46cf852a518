import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { pendingFollowUpsQuery } from '../../api/use-follow-ups';
import { browserTimeZone } from '../../api/use-insights';
import { usePath, usePracticesSince } from '../../api/use-path';
import { plannedPracticeToday, practicesLookBackFrom, remindersDue, type DueReminders } from '../../lib/reminders-due';

const MINUTE_MS = 60_000;

/** The time now, moved on once a minute while `running`. */
export function useMinuteClock(running: boolean): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(new Date()), MINUTE_MS);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

interface DueOptions {
  enabled: boolean;
  /** Ask for waiting check-ins too (Home shows them itself). */
  followUps: boolean;
  dismissedDay: string | null;
}

/**
 * Which gentle reminders are due, checked once a minute. Today's practices are only asked for
 * once a planned time has passed, so a day without a plan costs one request: the path.
 */
export function useDueReminders({ enabled, followUps, dismissedDay }: DueOptions): DueReminders {
  const now = useMinuteClock(enabled);
  const timeZone = browserTimeZone();
  const path = usePath(enabled);
  const planned = plannedPracticeToday(path.data, now, timeZone);
  // The look-back moves on with the clock (a new key each hour): a poll, not use.
  const practices = usePracticesSince(practicesLookBackFrom(now), enabled && planned !== null, { background: true });
  const pending = useQuery({ ...pendingFollowUpsQuery, enabled: enabled && followUps });
  return remindersDue({
    path: path.data,
    pendingFollowUps: followUps ? pending.data?.pending ?? [] : [],
    recentPractices: practices.data ?? null,
    now,
    timeZone,
    dismissedDay,
  });
}
