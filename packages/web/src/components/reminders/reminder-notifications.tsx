import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { usePath } from '../../api/use-path';
import { dismissedPracticeDay, rememberNotified, wasNotified } from '../../lib/reminders-memory';
import { notificationState, showReminderNotice, type ReminderNotice } from '../../lib/reminders-notify';
import { useDueReminders, useMinuteClock } from './use-due-reminders';

/**
 * Browser notifications while Mend is open: only when the person turned them on in their plan and
 * the browser allows them; at most one per planned practice a day and one per waiting check-in.
 * Mounted once, in the shell. Renders nothing.
 */
export function ReminderNotifications() {
  // Permission can be given in Settings while the app is open: look again each minute.
  const tick = useMinuteClock(true);
  const [granted, setGranted] = useState(() => notificationState() === 'granted');
  useEffect(() => setGranted(notificationState() === 'granted'), [tick]);

  // The same query the reminders read; asked for only once the browser allows notifications.
  const path = usePath(granted);
  const active = granted && path.data?.plan?.notify === true && !path.data.paused;
  const due = useDueReminders({ enabled: granted, followUps: active, dismissedDay: dismissedPracticeDay() });
  const navigate = useNavigate();
  const shown = useRef(new Set<string>());

  const practiceDay = due.practice?.day ?? null;
  const followUpIds = due.followUps.map((item) => item.momentId).join(' ');

  useEffect(() => {
    if (!active) return;
    const notices: [string, ReminderNotice][] = [];
    if (practiceDay) {
      notices.push([`practice:${practiceDay}`, { tag: 'mend-practice', title: 'Mend', body: 'A practice is planned for today, whenever you’re ready.', path: '/path' }]);
    }
    for (const momentId of followUpIds ? followUpIds.split(' ') : []) {
      // One tag for all check-ins: a few waiting at once replace each other instead of piling up.
      notices.push([`follow-up:${momentId}`, { tag: 'mend-check-in', title: 'Mend', body: 'How are you now? A check-in is waiting, whenever you like.', path: '/' }]);
    }
    for (const [key, notice] of notices) {
      if (shown.current.has(key) || wasNotified(key)) continue;
      shown.current.add(key);
      rememberNotified(key);
      void showReminderNotice(notice, (path) => void navigate(path));
    }
  }, [active, practiceDay, followUpIds, navigate]);

  return null;
}
