import { useRegister } from '../api/use-session';
import { AccountForm } from '../components/account-form';
import { ScreenHeading } from '../components/screen-heading';
import { focusMainHeading } from '../layout/focus-heading';

/** First run: nobody has an account yet, so the first one becomes the owner. */
export function SetupScreen() {
  const register = useRegister();
  return (
    <section className="screen screen-narrow">
      <ScreenHeading>Welcome to Mend</ScreenHeading>
      <p className="lead">
        A private place to get through hard moments, and to work on what lies underneath at your own pace.
        First, make your account.
      </p>
      <AccountForm
        creating
        submitLabel="Create my account"
        onSubmit={async (credentials) => {
          await register.mutateAsync(credentials);
          focusMainHeading();
        }}
      />
      <h2>Where your entries live</h2>
      <p>
        Everything stays on this server, in a single SQLite file in its data folder: <code>./data/</code>, unless
        the server was started with <code>MEND_DATA_DIR</code> pointing elsewhere. Nothing is sent anywhere else.
      </p>
    </section>
  );
}
