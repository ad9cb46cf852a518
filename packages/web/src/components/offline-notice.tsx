import { Link, useLocation } from 'react-router';
import { useMe } from '../api/use-session';
import { useAppLocked } from '../lib/device-session';
import { useBrowserOnline, useServerUnreachable } from '../offline/reachability';
import { useOutboxEntries } from '../offline/use-outbox';
import '../offline/offline.css';

const moments = (count: number) => (count === 1 ? '1 moment' : `${count} moments`);

/**
 * One calm line in the shell while the server can't be reached: what is logged stays on this
 * device and goes later, and how many moments wait. The live region is always there (empty when
 * all is well), so screen readers hear it appear. Not on "I need help now" (nothing extra there) nor the lock screen.
 */
export function OfflineNotice() {
  const me = useMe();
  const online = useBrowserOnline();
  const serverAway = useServerUnreachable();
  const { pathname } = useLocation();
  const locked = useAppLocked();
  const entries = useOutboxEntries(me.data?.id) ?? [];
  const refused = entries.filter((entry) => entry.refused).length;
  const waiting = entries.length - refused;
  const away = !online || serverAway;
  // Not behind the lock either: the lock screen shows nothing of the person, the waiting count included.
  const show = Boolean(me.data) && !locked && pathname !== '/help';

  return (
    <div role="status" className="offline-notice">
      {show && away && (
        <p>
          {online ? 'Mend can’t reach its server right now.' : 'This device is offline.'}{' '}
          What you log is kept here and sent when {online ? 'the server is back' : 'you’re back online'}.
        </p>
      )}
      {show && waiting > 0 && <p>{moments(waiting)} waiting to be sent.</p>}
      {show && refused > 0 && (
        <p>{moments(refused)} {refused === 1 ? 'needs' : 'need'} a small change before sending: <Link to="/history">see History</Link>.</p>
      )}
    </div>
  );
}
