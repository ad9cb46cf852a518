import { useState } from 'react';
import { usePreferences, useUpdatePreferences } from '../api/use-preferences';
import { initialHelpCountry, OTHER_COUNTRY, rememberHelpCountry } from '../lib/help-country';
import { CountrySelect } from './country-select';

/** Settings: whose crisis lines Mend shows, saved to the account and kept on this device. */
export function CrisisCountryForm() {
  const preferences = usePreferences();
  const update = useUpdatePreferences();
  const [message, setMessage] = useState('');
  const value = preferences.data?.country ?? initialHelpCountry();

  const choose = (country: string) => {
    setMessage('');
    rememberHelpCountry(country);
    update.mutate({ country: country === OTHER_COUNTRY ? null : country }, {
      onSuccess: () => setMessage('Saved.'),
      onError: (error) => setMessage(`Kept on this device, but not saved to your account: ${error.message}`),
    });
  };

  return (
    <>
      <CountrySelect id="settings-country" label="Country for crisis lines" value={value} onChange={choose} disabled={preferences.isPending} />
      <p role="status" className="save-status">{message}</p>
    </>
  );
}
