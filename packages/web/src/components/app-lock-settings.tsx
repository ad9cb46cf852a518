import { DEFAULT_LOCK_AFTER_MINUTES } from '@mend/core';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { isApiError } from '../api/client';
import { useLockNow, useMe, useSetAppLock } from '../api/use-session';
import { minutesInWords } from '../lib/duration-words';
import { tooManyTriesMessage } from '../lib/retry-wait';
import { describedBy, FieldError } from './field-error';

const LOCK_AFTER_CHOICES = [1, 5, 15, 30, 60, 240] as const;

type Field = 'pin' | 'password' | 'lockAfterMinutes';
/** In the order they are on screen, so focus goes to the first one with a problem. */
const FIELDS: readonly Field[] = ['pin', 'lockAfterMinutes', 'password'];
type Problems = Partial<Record<Field, string>>;

/**
 * An app-lock PIN for a shared device: after a while without use (or "Lock now") Mend asks for it
 * before showing anything. Setting, changing or removing it asks for the password.
 */
export function AppLockSettings() {
  const me = useMe();
  const save = useSetAppLock();
  const lock = useLockNow();
  const id = useId();
  const status = me.data?.appLock;
  const [pin, setPin] = useState('');
  const [lockAfter, setLockAfter] = useState<number | null>(null);
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [message, setMessage] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  const after = lockAfter ?? status?.lockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES;
  const choices = LOCK_AFTER_CHOICES.includes(after as never) ? LOCK_AFTER_CHOICES : [...LOCK_AFTER_CHOICES, after].sort((a, b) => a - b);

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = FIELDS.find((field) => problems[field]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
    // Once per attempt, after the problems are on screen (and named by each field's description).
  }, [focusRequest]);

  /** Each problem beside its field, and focus on the first of them. */
  const show = (found: Problems) => {
    setProblems(found);
    setFocusRequest((count) => count + 1);
  };

  const send = (nextPin: string | null) => {
    const local: Problems = {};
    if (nextPin !== null && !/^\d{4,8}$/.test(nextPin)) local.pin = 'A PIN is 4 to 8 digits.';
    if (!password) local.password = 'Type your password to confirm it’s you.';
    setMessage('');
    if (local.pin || local.password) return show(local);
    setProblems({});
    save.mutate({ password, pin: nextPin, lockAfterMinutes: after }, {
      onSuccess: (result) => {
        setPin('');
        setPassword('');
        setLockAfter(null);
        setMessage(result.enabled ? `PIN saved. Mend locks after ${minutesInWords(result.lockAfterMinutes)} without use.` : 'PIN removed. Mend no longer locks.');
      },
      onError: (error) => {
        if (isApiError(error, 403)) return show({ password: 'That password isn’t right. Nothing changed.' });
        const tooMany = tooManyTriesMessage(error, 'password');
        if (tooMany) return show({ password: tooMany });
        const fields = isApiError(error) ? error.fields : {};
        const found: Problems = { pin: fields.pin, password: fields.password, lockAfterMinutes: fields.lockAfterMinutes };
        show(found.pin || found.password || found.lockAfterMinutes ? found : { password: error.message });
      },
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(pin);
  };
  const control = (field: Field, hint?: string) => ({
    id: `${id}-${field}`,
    'aria-invalid': problems[field] ? true : undefined,
    'aria-describedby': describedBy(hint, problems[field] && `${id}-${field}-error`),
  });

  return (
    <section aria-labelledby="app-lock-heading">
      <h2 id="app-lock-heading">App lock</h2>
      <p>
        On a shared device, a PIN keeps what’s in Mend to yourself: after a while without use, Mend hides everything until
        the PIN is entered. “I need help now” and your safety plan never need it.
      </p>
      <p>{status?.enabled ? `A PIN is set. Mend locks after ${minutesInWords(status.lockAfterMinutes)} without use.` : 'No PIN is set.'}</p>
      {status?.enabled && (
        <p><button type="button" className="button-primary" disabled={lock.isPending} onClick={() => lock.mutate()}>Lock now</button></p>
      )}
      <form onSubmit={submit} noValidate className="app-lock-form">
        <div className="field">
          <label htmlFor={`${id}-pin`}>{status?.enabled ? 'New PIN (or the same one again)' : 'PIN'}</label>
          <p className="hint" id={`${id}-pin-hint`}>4 to 8 digits.</p>
          <input
            {...control('pin', `${id}-pin-hint`)} type="password" inputMode="numeric" autoComplete="off" maxLength={8}
            value={pin} onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
          />
          <FieldError id={`${id}-pin-error`} message={problems.pin} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-lockAfterMinutes`}>Lock after this long without use</label>
          <select {...control('lockAfterMinutes')} value={after} onChange={(event) => setLockAfter(Number(event.target.value))}>
            {choices.map((minutes) => <option key={minutes} value={minutes}>{minutesInWords(minutes)}</option>)}
          </select>
          <FieldError id={`${id}-lockAfterMinutes-error`} message={problems.lockAfterMinutes} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>Your password, to confirm</label>
          <input {...control('password')} type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
          <FieldError id={`${id}-password-error`} message={problems.password} />
        </div>
        <div className="inline-row">
          <button type="submit" className="button-secondary" disabled={save.isPending}>{status?.enabled ? 'Save PIN' : 'Set PIN'}</button>
          {status?.enabled && (
            <button type="button" className="button-secondary" disabled={save.isPending} onClick={() => send(null)}>Remove PIN</button>
          )}
        </div>
        <p role="status" className="save-status">{message}</p>
      </form>
    </section>
  );
}
