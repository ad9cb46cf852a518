import { useState } from 'react';
import { Link } from 'react-router';
import { usePath } from '../../api/use-path';
import { planWords } from '../../lib/path-words';
import { askNotificationPermission, notificationState, type NotificationState } from '../../lib/reminders-notify';

/** Settings: browser notifications for planned practice and check-ins. Permission is asked only from the button. */
export function NotificationSettings() {
  const [state, setState] = useState<NotificationState>(notificationState);
  const [asking, setAsking] = useState(false);
  // The plan matters here only once notifications are allowed.
  const path = usePath(state === 'granted');
  const plan = path.data?.plan ?? null;

  const ask = async () => {
    setAsking(true);
    setState(await askNotificationPermission());
    setAsking(false);
  };

  return (
    <>
      <h3>Notifications</h3>
      <p>
        While Mend is open on this device, it can show one quiet notification at a planned practice time, and when a
        check-in is waiting. They say nothing more than that, since a lock screen is not private.
      </p>
      <div role="status" className="status-line">
        {state === 'unsupported' && <p>This browser can’t show notifications. Home still shows a gentle reminder on planned days.</p>}
        {state === 'denied' && <p>Notifications are blocked for Mend in this browser. To allow them, change this site’s notification setting in the browser, then come back.</p>}
        {state === 'granted' && <p>Notifications are allowed on this device.</p>}
      </div>
      {state === 'default' && (
        <p><button type="button" className="button-secondary" disabled={asking} onClick={() => void ask()}>Allow notifications</button></p>
      )}
      {state === 'granted' && path.data && (
        plan?.notify && plan.weekdays.length > 0
          ? <p>They are on for check-ins and for your plan: {planWords(plan.weekdays, plan.time)}{path.data.paused ? ', resting while your path is paused' : ''}.</p>
          : <p>Check-ins will come. For planned practice too, turn on “Remind me with a notification” in <Link to="/path">your path’s plan</Link>.</p>
      )}
    </>
  );
}
