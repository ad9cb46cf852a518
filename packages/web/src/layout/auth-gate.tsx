import { Outlet, useLocation } from 'react-router';
import { ApiClientError } from '../api/client';
import { useMe, useSetupStatus } from '../api/use-session';
import { useAppLocked } from '../lib/device-session';
import { OutboxSender } from '../offline/outbox-sender';
import { LoadingScreen, ServerProblemScreen } from '../screens/gate-states';
import { LockScreen } from '../screens/lock-screen';
import { SetupScreen } from '../screens/setup-screen';
import { SignInScreen } from '../screens/sign-in-screen';

const OFFLINE = new ApiClientError({ status: 0, code: 'network', message: 'This device seems to be offline.' });

/**
 * Signed-in screens render only for a signed-in person; otherwise setup or sign-in, in place.
 * A person remembered on this device stays signed in while the server can't be reached (what
 * they log waits in the outbox); only the server's 401 signs them out. A locked session (the
 * server's 423, or "Lock now") shows the lock screen and nothing else.
 */
export function AuthGate() {
  const me = useMe();
  const locked = useAppLocked();
  // Asked alongside /me, not after it: a first visit shows setup or sign-in one round trip sooner.
  const setup = useSetupStatus(!me.data && !locked);
  if (locked) return <LockScreen />;
  if (me.data) {
    return (
      <>
        <OutboxSender ownerId={me.data.id} />
        <Outlet />
      </>
    );
  }
  // Offline with nobody remembered: the request waits for a connection that is not there.
  if (me.isPending && me.fetchStatus === 'paused') return <ServerProblemScreen error={OFFLINE} onRetry={() => void me.refetch()} />;
  if (me.isPending) return <LoadingScreen />;
  if (me.isError) return <ServerProblemScreen error={me.error} onRetry={() => void me.refetch()} />;
  if (setup.isPending && setup.fetchStatus === 'paused') return <ServerProblemScreen error={OFFLINE} onRetry={() => void setup.refetch()} />;
  if (setup.isPending) return <LoadingScreen />;
  if (setup.isError) return <ServerProblemScreen error={setup.error} onRetry={() => void setup.refetch()} />;
  return (
    <>
      <AccountDeletedNote />
      {setup.data.needsOwner ? <SetupScreen /> : <SignInScreen registrationOpen={setup.data.registrationOpen} />}
    </>
  );
}

/** Right after "Delete my account": a calm word on the start screen that it is done. */
function AccountDeletedNote() {
  const state = useLocation().state as { accountDeleted?: boolean } | null;
  if (!state?.accountDeleted) return null;
  return (
    <p role="status" className="saved-message">
      Your account and everything in it are deleted, here and on this device. Take care of yourself. Help is still one tap
      away, with or without an account.
    </p>
  );
}
