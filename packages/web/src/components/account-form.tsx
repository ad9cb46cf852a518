import type { Credentials } from '@mend/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../api/client';
import { describedBy, FieldError } from './field-error';
import { focusField } from './focus-field';

interface AccountFormProps {
  submitLabel: string;
  /** true: a new account (new password, hints shown). */
  creating: boolean;
  onSubmit: (credentials: Credentials) => Promise<unknown>;
}

type Problems = { name?: string; password?: string };

/** Name and password, with the server's field problems shown beside each field. */
export function AccountForm({ submitLabel, creating, onSubmit }: AccountFormProps) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = (['name', 'password'] as const).find((field) => problems[field]);
    if (!first || !focusField(formRef.current, first)) formRef.current?.querySelector<HTMLElement>('.form-alert')?.focus();
    // Once per attempt, after the problems are on screen.
  }, [focusRequest]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Problems = {};
    if (!name.trim()) local.name = 'Enter a name.';
    if (!password) local.password = 'Enter a password.';
    if (local.name || local.password) return show(local, null);
    setPending(true);
    try {
      await onSubmit({ name: name.trim(), password });
    } catch (error) {
      const fields = isApiError(error) ? error.fields : {};
      const found: Problems = { name: fields.name, password: fields.password };
      const message = error instanceof Error ? error.message : 'That didn’t work. Please try again.';
      show(found, found.name || found.password ? null : message);
      setPending(false);
    }
  };

  function show(found: Problems, message: string | null) {
    setProblems(found);
    setGeneral(message ?? 'Some answers need another look.');
    setFocusRequest((count) => count + 1);
  }

  const field = (key: 'name' | 'password') => ({
    id: `${id}-${key}`,
    'data-field': key,
    'aria-invalid': problems[key] ? true : undefined,
    'aria-describedby': describedBy(creating && `${id}-${key}-hint`, problems[key] && `${id}-${key}-error`),
  });

  return (
    <form ref={formRef} className="account-form" onSubmit={submit} noValidate>
      <div className="form-alert" role="alert" tabIndex={-1}>{general}</div>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        {creating && <p className="hint" id={`${id}-name-hint`}>Letters, digits, “.”, “_” or “-”; no spaces.</p>}
        <input {...field('name')} type="text" autoComplete="username" autoCapitalize="none" spellCheck={false} value={name} onChange={(event) => setName(event.target.value)} />
        <FieldError id={`${id}-name-error`} message={problems.name} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Password</label>
        {creating && <p className="hint" id={`${id}-password-hint`}>At least 8 characters.</p>}
        <input {...field('password')} type="password" autoComplete={creating ? 'new-password' : 'current-password'} value={password} onChange={(event) => setPassword(event.target.value)} />
        <FieldError id={`${id}-password-error`} message={problems.password} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>{submitLabel}</button>
      </div>
    </form>
  );
}
