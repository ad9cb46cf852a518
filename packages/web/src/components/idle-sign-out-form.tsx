import { IDLE_SIGN_OUT_CHOICES, type Preferences } from '@mend/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { queryKeys } from '../api/keys';
import { usePreferences, useUpdatePreferences } from '../api/use-preferences';
import { useMe } from '../api/use-session';
import { minutesInWords } from '../lib/duration-words';

type IdleChoice = Preferences['idleSignOutMinutes'];

/** Sign out on this and every device after a while without use: off, or one of a few lengths. */
export function IdleSignOutForm() {
  const preferences = usePreferences();
  const update = useUpdatePreferences();
  const me = useMe();
  const queryClient = useQueryClient();
  const saved = preferences.data?.idleSignOutMinutes ?? null;
  const [chosen, setChosen] = useState<IdleChoice | undefined>();
  const [message, setMessage] = useState('');
  const value = chosen === undefined ? saved : chosen;
  // The operator may set a limit of their own; `me` carries the one that applies.
  const applies = me.data?.idleSignOutMinutes ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    update.mutate({ idleSignOutMinutes: value }, {
      onSuccess: async (result) => {
        setChosen(undefined);
        await queryClient.invalidateQueries({ queryKey: queryKeys.me });
        setMessage(result.idleSignOutMinutes ? `Saved. Mend signs out after ${minutesInWords(result.idleSignOutMinutes)} without use.` : 'Saved. Mend stays signed in until you sign out.');
      },
    });
  };

  return (
    <form onSubmit={submit} className="idle-form">
      {preferences.isError && <p role="alert">{preferences.error.message}</p>}
      <div className="field">
        <label htmlFor="idle-sign-out">Sign out after this long without use</label>
        <p className="hint" id="idle-sign-out-hint">Useful on a shared or work computer. What’s on screen goes too; moments waiting to be sent stay.</p>
        <select
          id="idle-sign-out" aria-describedby="idle-sign-out-hint" value={value ?? 'off'} disabled={preferences.isPending}
          onChange={(event) => {
            setChosen(event.target.value === 'off' ? null : (Number(event.target.value) as IdleChoice));
            setMessage('');
          }}
        >
          <option value="off">Never (off)</option>
          {IDLE_SIGN_OUT_CHOICES.map((minutes) => <option key={minutes} value={minutes}>{minutesInWords(minutes)}</option>)}
        </select>
      </div>
      {applies !== null && applies !== saved && !update.isPending && (
        <p className="hint">This Mend signs everyone out after {minutesInWords(applies)} without use at most.</p>
      )}
      <button type="submit" className="button-secondary" disabled={update.isPending || preferences.isPending}>Save sign-out time</button>
      <p role="status" className="save-status">{message}</p>
      {update.isError && <p role="alert" className="form-alert">{update.error.message}</p>}
    </form>
  );
}
