import { lazy, Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { useMe } from '../api/use-session';
import { CrisisOfferHost } from '../components/crisis-offer';
import { OfflineNotice } from '../components/offline-notice';
import { useAppLocked } from '../lib/device-session';
import { IdleGuard } from './idle-guard';
import { OtherTabs } from './other-tabs';
import { RouteFocus } from './route-focus';

/** Renders nothing and can wait: loaded after the first screen, so it adds nothing to the first download. */
const ReminderNotifications = lazy(async () => ({ default: (await import('../components/reminders/reminder-notifications')).ReminderNotifications }));

const NAV = [
  { to: '/', label: 'Home' },
  { to: '/history', label: 'History' },
  { to: '/insights', label: 'Insights' },
  { to: '/progress', label: 'Progress' },
  { to: '/self-checks', label: 'Self-checks' },
  { to: '/toolkit', label: 'Toolkit' },
  { to: '/practice', label: 'Practice' },
  { to: '/path', label: 'Path' },
  { to: '/settings', label: 'Settings' },
] as const;

/** A therapist's account reads what people share; the person's own screens are not for it. */
const THERAPIST_NAV = [
  { to: '/people', label: 'People' },
  { to: '/settings', label: 'Settings' },
  { to: '/help', label: 'Help' },
] as const;

/** Every screen sits in here, so help is always one tap away, signed in or not, server up or not. */
export function AppShell() {
  const me = useMe();
  const locked = useAppLocked();
  // Locked: help and the plan stay, the way into the person's screens does not.
  const signedIn = Boolean(me.data) && !locked;
  const nav = me.data?.role === 'therapist' ? THERAPIST_NAV : NAV;
  return (
    <>
      <header className="site-header">
        <a className="skip-link" href="#main">Skip to main content</a>
        <div className="header-row">
          <Link to={me.data?.role === 'therapist' ? '/people' : '/'} className="brand">Mend</Link>
          <div className="header-help">
            {/* Both on every screen, signed in or out: the plan and help are one tap away. */}
            <NavLink to="/safety-plan" end className="plan-link">My safety plan</NavLink>
            <Link to="/help" className="help-now-link">I need help now</Link>
          </div>
        </div>
        {signedIn && (
          <nav aria-label="Main">
            <ul className="nav-list">
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/'}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <OfflineNotice />
        <Outlet />
      </main>
      <RouteFocus />
      <OtherTabs />
      {/* Here, not in the gate: input on help and the safety plan is use too, so the server keeps the session. */}
      {signedIn && me.data && <IdleGuard account={me.data} />}
      <CrisisOfferHost />
      {/* Notifications while the app is open, only if the person turned them on and the browser allows them. */}
      {signedIn && <Suspense fallback={null}><ReminderNotifications /></Suspense>}
    </>
  );
}
