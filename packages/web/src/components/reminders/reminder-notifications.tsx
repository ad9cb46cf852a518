import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { usePath } from '../../api/use-path';
import { dismissedPracticeDay, rememberNotified, wasNotified } from '../../lib/reminders-memory';
import { notificationState, showReminderNotice, type ReminderNotice } from '../../lib/reminders-notify';
import { useDueReminders, useMinuteClock } from './use-due-reminders';

/**
 * Browser notifications while Mend is open, only where the person let this browser show them
 * (asked from Settings, never on load): waiting check-ins, and planned practice when the plan asks
 * for a notification and the path is not paused. At most one per planned practice a day and one
 * per waiting check-in.
 * Mounted once, in the shell. Renders nothing.
 */
export function ReminderNotifications() {
  // Permission can be given in Settings while the app is open: look again each minute.
  const tick = useMinuteClock(true);
  const [granted, setGranted] = useState(() => notificationState() === 'granted');
  useEffect(() => setGranted(notificationState() === 'granted'), [tick]);

  // The same query the reminders read; asked for only once the browser allows notifications.
  const path = usePath(granted);
  const practiceReminders = granted && path.data?.plan?.notify === true && !path.data.paused;
  const due = useDueReminders({ enabled: granted, followUps: granted, dismissedDay: dismissedPracticeDay() });
  const navigate = useNavigate();
  const shown = useRef(new Set<string>());

  const practiceDay = due.practice?.day ?? null;
  const followUpIds = due.followUps.map((item) => item.momentId).join(' ');

  useEffect(() => {
    if (!granted) return;
    const notices: [string, ReminderNotice][] = [];
    if (practiceReminders && practiceDay) {
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
  }, [granted, practiceReminders, practiceDay, followUpIds, navigate]);

  return null;
}
