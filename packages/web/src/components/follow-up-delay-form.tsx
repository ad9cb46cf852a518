import { DEFAULT_FOLLOW_UP_DELAY_MINUTES } from '@mend/core';
import { useState, type FormEvent } from 'react';
import { usePreferences, useUpdatePreferences } from '../api/use-preferences';
import { delayChoices, delayLabel } from '../lib/follow-up-delay';

/** How long after a moment Mend asks "How are you now?". */
export function FollowUpDelayForm() {
  const preferences = usePreferences();
  const update = useUpdatePreferences();
  const saved = preferences.data?.followUpDelayMinutes;
  const [chosen, setChosen] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const value = chosen ?? saved ?? DEFAULT_FOLLOW_UP_DELAY_MINUTES;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    update.mutate({ followUpDelayMinutes: value }, {
      onSuccess: (result) => {
        setChosen(null);
        setMessage(`Saved. Mend will ask ${delayLabel(result.followUpDelayMinutes).replace(' (default)', '')} after a moment.`);
      },
    });
  };

  return (
    <form onSubmit={submit} className="delay-form">
      {preferences.isError && <p role="alert">{preferences.error.message}</p>}
      <div className="field">
        <label htmlFor="follow-up-delay">Ask me how I am after</label>
        <select
          id="follow-up-delay" value={value} disabled={preferences.isPending}
          onChange={(event) => {
            setChosen(Number(event.target.value));
            setMessage('');
          }}
        >
          {delayChoices(saved).map((minutes) => <option key={minutes} value={minutes}>{delayLabel(minutes)}</option>)}
        </select>
      </div>
      <button type="submit" className="button-secondary" disabled={update.isPending || preferences.isPending}>Save check-in time</button>
      <p role="status" className="save-status">{message}</p>
      {update.isError && <p role="alert" className="form-alert">{update.error.message}</p>}
    </form>
  );
}
