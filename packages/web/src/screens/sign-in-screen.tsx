import { useState } from 'react';
import { useRegister, useSignIn } from '../api/use-session';
import { AccountForm } from '../components/account-form';
import { ScreenHeading } from '../components/screen-heading';
import { focusMainHeading } from '../layout/focus-heading';

/** Sign in; where the server lets new people join, making an account is one tap away. */
export function SignInScreen({ registrationOpen }: { registrationOpen: boolean }) {
  const signIn = useSignIn();
  const register = useRegister();
  const [creating, setCreating] = useState(false);
  const switchTo = (next: boolean) => {
    setCreating(next);
    focusMainHeading();
  };

  if (creating) {
    return (
      <section className="screen screen-narrow">
        <ScreenHeading>Make your account</ScreenHeading>
        <AccountForm creating submitLabel="Create my account" onSubmit={async (credentials) => {
          await register.mutateAsync(credentials);
          focusMainHeading();
        }} />
        <p><button type="button" className="link-button" onClick={() => switchTo(false)}>I already have an account</button></p>
      </section>
    );
  }

  return (
    <section className="screen screen-narrow">
      <ScreenHeading>Welcome back</ScreenHeading>
      <AccountForm creating={false} submitLabel="Sign in" onSubmit={async (credentials) => {
        await signIn.mutateAsync(credentials);
        focusMainHeading();
      }} />
      {registrationOpen && (
        <p>New here? <button type="button" className="link-button" onClick={() => switchTo(true)}>Make an account</button></p>
      )}
    </section>
  );
}
