import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useEndSession, useSessions } from '../api/use-sessions';
import { useSignOutEverywhere } from '../api/use-session';
import { shortDateTime } from '../lib/local-datetime';
import { useConfirmStep } from './use-confirm-step';

/** Settings → "Signed in on": each browser with the account open, a sign-out for each, and one for all. */
export function SignedInDevices() {
  const sessions = useSessions();
  const end = useEndSession();
  const [message, setMessage] = useState('');

  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Signed in on</h2>
      <p>The browsers where your account is open. Sign out any you don’t recognise or no longer use.</p>
      {sessions.isPending && <p>Loading…</p>}
      {sessions.isError && <p role="alert">{sessions.error.message}</p>}
      {sessions.data && (
        <ul className="session-list">
          {sessions.data.map((session) => (
            <li key={session.id} className="session-row">
              <span className="session-device">
                {session.device}
                {session.current && <strong className="session-current"> · this device</strong>}
              </span>
              <span className="hint" id={`session-${session.id}-times`}>
                Last used {shortDateTime(session.lastSeenAt)} · signed in {shortDateTime(session.createdAt)}
              </span>
              {!session.current && (
                <button
                  type="button" className="button-secondary" disabled={end.isPending} aria-describedby={`session-${session.id}-times`}
                  onClick={() => end.mutate(session.id, {
                    onSuccess: () => setMessage(`Signed out on ${session.device}.`),
                    onError: (error) => setMessage(error.message),
                  })}
                >
                  Sign out {session.device}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="status-line">{message}</p>
      <SignOutEverywhere />
    </section>
  );
}

/** Asks once more, with staying signed in as the easy, focused choice. */
function SignOutEverywhere() {
  const everywhere = useSignOutEverywhere();
  const navigate = useNavigate();
  const { confirming, ask, cancel, safeChoiceRef, openerRef } = useConfirmStep();

  if (!confirming) {
    return <p><button ref={openerRef} type="button" className="button-secondary" onClick={ask}>Sign out everywhere…</button></p>;
  }
  return (
    <div className="confirm" role="group" aria-labelledby="everywhere-question">
      <h3 id="everywhere-question">Sign out on every device, this one too?</h3>
      <p>
        Every browser will need your password again. Personal access tokens (for the command line or scripts) keep
        working: revoke any you don’t trust under “Personal access tokens”.
      </p>
      {everywhere.isError && <p role="alert" className="field-error">{everywhere.error.message}</p>}
      <div className="inline-row">
        <button
          type="button" className="button-secondary" disabled={everywhere.isPending}
          onClick={() => everywhere.mutate(undefined, { onSuccess: () => navigate('/', { replace: true }) })}
        >
          Sign out everywhere
        </button>
        <button ref={safeChoiceRef} type="button" className="button-primary" onClick={cancel}>Stay signed in</button>
      </div>
    </div>
  );
}
