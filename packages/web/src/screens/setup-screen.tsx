import { useState } from 'react';
import { apiCall } from '../api/client';
import { useRegister } from '../api/use-session';
import { AccountForm } from '../components/account-form';
import { CountrySelect } from '../components/country-select';
import { ScreenHeading } from '../components/screen-heading';
import { focusMainHeading } from '../layout/focus-heading';
import { initialHelpCountry, OTHER_COUNTRY, rememberHelpCountry } from '../lib/help-country';

/** First run: nobody has an account yet, so the first one becomes the owner. */
export function SetupScreen() {
  const register = useRegister();
  const [country, setCountry] = useState(initialHelpCountry);
  return (
    <section className="screen screen-narrow">
      <ScreenHeading>Welcome to Mend</ScreenHeading>
      <p className="lead">
        A private place to get through hard moments, and to work on what lies underneath at your own pace.
        First, make your account.
      </p>
      <CountrySelect
        id="setup-country" label="Where you live" value={country} onChange={setCountry}
        hint="So “I need help now” shows the crisis lines of your country. You can change it later in Settings."
      />
      <AccountForm
        creating
        submitLabel="Create my account"
        onSubmit={async (credentials) => {
          await register.mutateAsync(credentials);
          rememberHelpCountry(country);
          // The account exists either way; a country that didn't save can be chosen again in Settings.
          if (country !== OTHER_COUNTRY) await apiCall('updatePreferences', { body: { country } }).catch(() => undefined);
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
