import { useState } from 'react';
import { Link } from 'react-router';
import { ApiClientError, isApiError } from '../api/client';
import { useRegister, useSignIn } from '../api/use-session';
import { AccountForm } from '../components/account-form';
import { ScreenHeading } from '../components/screen-heading';
import { focusMainHeading } from '../layout/focus-heading';
import { useSignedOutBecause, type SignedOutBecause } from '../lib/device-session';
import { tooManyTriesMessage } from '../lib/retry-wait';

/**
 * What a sign-out keeps, said as it is: saved entries and the outbox stay, but drafts on this device
 * (an unfinished practice, say) are cleared with everything else of the person's.
 */
const WHAT_STAYS = 'What you saved is kept, and moments waiting to be sent go once you sign in; anything unfinished, like a practice you were in the middle of, was cleared.';

/** Why this device was signed out, said without alarm. */
export const SIGNED_OUT_WORDS: Record<SignedOutBecause, string> = {
  idle: `You were signed out after a while without use, so nothing stayed on screen. ${WHAT_STAYS}`,
  everywhere: `You’re signed out on every device. ${WHAT_STAYS}`,
  pin: `The PIN was entered wrongly a few times, so Mend signed out on this device; sign in with your password to carry on. ${WHAT_STAYS}`,
  ended: `You were signed out (perhaps from another device). ${WHAT_STAYS}`,
};

/** A 429 comes back in calm words; anything else as the server said it. */
function calmer(error: unknown): unknown {
  const message = tooManyTriesMessage(error, 'sign-in');
  if (!message || !isApiError(error)) return error;
  return new ApiClientError({ status: error.status, code: error.code, message, retryAfterSeconds: error.retryAfterSeconds });
}

/** Sign in; where the server lets new people join, making an account is one tap away. */
export function SignInScreen({ registrationOpen }: { registrationOpen: boolean }) {
  const signIn = useSignIn();
  const register = useRegister();
  const because = useSignedOutBecause();
  const [creating, setCreating] = useState(false);
  const switchTo = (next: boolean) => {
    setCreating(next);
    focusMainHeading();
  };
  const help = <p>Crisis lines work without signing in: <Link to="/help">see who you can call or text</Link>.</p>;

  if (creating) {
    return (
      <section className="screen screen-narrow">
        <ScreenHeading>Make your account</ScreenHeading>
        <AccountForm creating submitLabel="Create my account" onSubmit={async (credentials) => {
          await register.mutateAsync(credentials).catch((error: unknown) => Promise.reject(calmer(error)));
          focusMainHeading();
        }} />
        <p><button type="button" className="link-button" onClick={() => switchTo(false)}>I already have an account</button></p>
        {help}
      </section>
    );
  }

  return (
    <section className="screen screen-narrow">
      <ScreenHeading>Welcome back</ScreenHeading>
      {because && <p role="status" className="signed-out-note">{SIGNED_OUT_WORDS[because]}</p>}
      <AccountForm creating={false} submitLabel="Sign in" onSubmit={async (credentials) => {
        await signIn.mutateAsync(credentials).catch((error: unknown) => Promise.reject(calmer(error)));
        focusMainHeading();
      }} />
      {registrationOpen && (
        <p>New here? <button type="button" className="link-button" onClick={() => switchTo(true)}>Make an account</button></p>
      )}
      {help}
    </section>
  );
}
