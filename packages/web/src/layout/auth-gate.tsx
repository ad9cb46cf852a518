import { Outlet } from 'react-router';
import { useMe, useSetupStatus } from '../api/use-session';
import { LoadingScreen, ServerProblemScreen } from '../screens/gate-states';
import { SetupScreen } from '../screens/setup-screen';
import { SignInScreen } from '../screens/sign-in-screen';

/** Signed-in screens render only for a signed-in person; otherwise setup or sign-in, in place. */
export function AuthGate() {
  const me = useMe();
  const setup = useSetupStatus(me.data === null);
  if (me.isPending) return <LoadingScreen />;
  if (me.isError) return <ServerProblemScreen error={me.error} onRetry={() => void me.refetch()} />;
  if (me.data) return <Outlet />;
  if (setup.isPending) return <LoadingScreen />;
  if (setup.isError) return <ServerProblemScreen error={setup.error} onRetry={() => void setup.refetch()} />;
  return setup.data.needsOwner ? <SetupScreen /> : <SignInScreen registrationOpen={setup.data.registrationOpen} />;
}
