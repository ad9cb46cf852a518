import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../api/client';
import { useSignOut, useUnlock } from '../api/use-session';
import { describedBy, FieldError } from '../components/field-error';
import { ScreenHeading } from '../components/screen-heading';
import { tooManyTriesMessage } from '../lib/retry-wait';

const PIN_PATTERN = /^\d{4,8}$/;

function unlockProblem(error: unknown): string {
  const tooMany = tooManyTriesMessage(error, 'PIN');
  if (tooMany) return tooMany;
  if (isApiError(error, 0)) return 'Mend can’t reach its server, and the PIN is checked there. Help below works without it.';
  // The server's sentence says how many tries are left before this device is signed out.
  if (isApiError(error)) return error.message;
  return 'That didn’t work. Please try again.';
}

/**
 * Shown instead of every signed-in screen while the session is locked: nothing of the person's
 * is rendered behind it. Help and the safety plan stay one tap away (they never wait for a PIN).
 */
export function LockScreen() {
  const unlock = useUnlock();
  const signOut = useSignOut();
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!PIN_PATTERN.test(pin)) {
      setProblem('Enter your PIN: 4 to 8 digits.');
      return inputRef.current?.focus();
    }
    setProblem(undefined);
    unlock.mutate(pin, {
      onError: (error) => {
        setPin('');
        setProblem(unlockProblem(error));
        inputRef.current?.focus();
      },
    });
  };

  return (
    <section className="screen screen-narrow lock-screen">
      <ScreenHeading>Mend is locked</ScreenHeading>
      <p className="lead">Enter your PIN to carry on. What you saw before is hidden until then.</p>
      <form onSubmit={submit} noValidate className="lock-form">
        <div className="field">
          <label htmlFor="unlock-pin">PIN</label>
          <input
            ref={inputRef} id="unlock-pin" type="password" inputMode="numeric" autoComplete="off" maxLength={8}
            value={pin} onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
            aria-invalid={problem ? true : undefined} aria-describedby={describedBy(problem && 'unlock-pin-error')}
          />
          {/* Announced when it changes: Enter in the field sends the form without moving focus. */}
          <div aria-live="assertive"><FieldError id="unlock-pin-error" message={problem} /></div>
        </div>
        <button type="submit" className="button-primary" disabled={unlock.isPending}>Unlock</button>
      </form>
      <p>
        Not you, or forgot the PIN?{' '}
        <button type="button" className="link-button" disabled={signOut.isPending} onClick={() => signOut.mutate()}>Sign out instead</button>
      </p>
      {signOut.isError && <p role="alert">{signOut.error.message}</p>}
      <p className="lock-help">
        Help never needs the PIN: <Link to="/help">crisis lines and help now</Link> · <Link to="/safety-plan">my safety plan</Link>.
      </p>
    </section>
  );
}
