import { PasswordSchema } from '@mend/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../api/client';
import { useChangePassword } from '../api/use-change-password';
import { useMe } from '../api/use-session';
import { tooManyTriesMessage } from '../lib/retry-wait';
import { describedBy, FieldError } from './field-error';
import { focusField } from './focus-field';

// The server's own rule (PasswordSchema), so the hint and the check here never drift from it.
const MIN_LENGTH = PasswordSchema.minLength ?? 8;
const MAX_LENGTH = PasswordSchema.maxLength ?? 256;

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type Field = (typeof FIELDS)[number];
type Problems = Partial<Record<Field, string>>;

function checkLocally(current: string, next: string, again: string): Problems {
  const problems: Problems = {};
  if (!current) problems.currentPassword = 'Type your current password.';
  if (next.length < MIN_LENGTH) problems.newPassword = `A new password needs at least ${MIN_LENGTH} characters.`;
  else if (next.length > MAX_LENGTH) problems.newPassword = `A new password can have at most ${MAX_LENGTH} characters.`;
  if (!again) problems.confirmPassword = 'Type the new password again.';
  else if (again !== next) problems.confirmPassword = 'This doesn’t match the new password above.';
  return problems;
}

/**
 * Settings → a new password: the current one first, the new one twice. The server then signs out
 * every other browser; this one stays signed in.
 */
export function ChangePasswordForm() {
  const me = useMe();
  const change = useChangePassword();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [general, setGeneral] = useState('');
  const [message, setMessage] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = FIELDS.find((field) => problems[field]);
    if (!first || !focusField(formRef.current, first)) formRef.current?.querySelector<HTMLElement>('.form-alert')?.focus();
    // Once per attempt, after the problems are on screen.
  }, [focusRequest]);

  const show = (found: Problems, alert = '') => {
    setProblems(found);
    setGeneral(alert);
    setFocusRequest((count) => count + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    const local = checkLocally(values.currentPassword, values.newPassword, values.confirmPassword);
    if (FIELDS.some((field) => local[field])) return show(local);
    setProblems({});
    setGeneral('');
    change.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword }, {
      onSuccess: () => {
        setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
        setMessage('Your password is changed. Any other devices signed in to your account are now signed out; this one stays signed in.');
      },
      onError: (error) => {
        if (isApiError(error, 403)) return show({ currentPassword: 'That isn’t your current password. Nothing changed.' });
        const tooMany = tooManyTriesMessage(error, 'password');
        if (tooMany) return show({ currentPassword: tooMany });
        const fields = isApiError(error) ? error.fields : {};
        const found: Problems = { currentPassword: fields.currentPassword, newPassword: fields.newPassword };
        if (found.currentPassword || found.newPassword) return show(found);
        show({}, `${error.message} Your password is as it was.`);
      },
    });
  };

  const control = (field: Field, hint?: string) => ({
    id: `${id}-${field}`,
    'data-field': field,
    type: 'password',
    value: values[field],
    onChange: (event: { target: { value: string } }) => setValues((before) => ({ ...before, [field]: event.target.value })),
    'aria-invalid': problems[field] ? true : undefined,
    'aria-describedby': describedBy(hint, problems[field] && `${id}-${field}-error`),
  });

  return (
    <section aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">Change your password</h2>
      <p>A new password signs out every other device where your account is open. This one stays signed in.</p>
      <form ref={formRef} onSubmit={submit} noValidate className="change-password-form">
        <div className="form-alert" role="alert" tabIndex={-1}>{general}</div>
        {/* Lets a password manager know whose password this is. */}
        <input type="text" hidden readOnly autoComplete="username" value={me.data?.name ?? ''} />
        <div className="field">
          <label htmlFor={`${id}-currentPassword`}>Current password</label>
          <input {...control('currentPassword')} autoComplete="current-password" />
          <FieldError id={`${id}-currentPassword-error`} message={problems.currentPassword} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-newPassword`}>New password</label>
          <p className="hint" id={`${id}-newPassword-hint`}>At least {MIN_LENGTH} characters (at most {MAX_LENGTH}). A few words you’ll remember work well.</p>
          <input {...control('newPassword', `${id}-newPassword-hint`)} autoComplete="new-password" />
          <FieldError id={`${id}-newPassword-error`} message={problems.newPassword} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-confirmPassword`}>New password again</label>
          <input {...control('confirmPassword')} autoComplete="new-password" />
          <FieldError id={`${id}-confirmPassword-error`} message={problems.confirmPassword} />
        </div>
        <p>
          <button type="submit" className="button-secondary" disabled={change.isPending}>Change password</button>
        </p>
        <p role="status" className="save-status">{message}</p>
      </form>
    </section>
  );
}
