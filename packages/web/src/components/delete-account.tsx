import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { apiCall, isApiError } from '../api/client';
import { useDeleteAccount, useMe } from '../api/use-session';
import { describedBy, FieldError } from './field-error';

/** The state the start screen reads to say, calmly, that the account is gone. */
export interface AccountDeletedState {
  accountDeleted: true;
}

/** Saves the export as a file on this device, fetched through the typed client. */
async function downloadExport(now: Date): Promise<void> {
  const document = await apiCall('exportData');
  const blob = new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = `mend-export-${now.toISOString().slice(0, 10)}.json`;
  window.document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Delete my account: a copy first, plain words about what goes, the password again, one final button. */
export function DeleteAccount() {
  const me = useMe();
  const remove = useDeleteAccount();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [download, setDownload] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');

  const saveCopy = async () => {
    setDownload('busy');
    try {
      await downloadExport(new Date());
      setDownload('done');
    } catch {
      setDownload('failed');
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!me.data) return;
    if (!password) return setProblem('Type your password to confirm it’s you.');
    setProblem(undefined);
    remove.mutate(
      { ownerId: me.data.id, password },
      {
        onSuccess: () => navigate('/', { replace: true, state: { accountDeleted: true } satisfies AccountDeletedState }),
        onError: (error) => {
          if (isApiError(error, 403)) return setProblem('That password isn’t right. Nothing was deleted.');
          setProblem(isApiError(error) ? error.fields.password ?? error.message : 'That didn’t work. Nothing was deleted.');
        },
      },
    );
  };

  return (
    <section className="danger-zone" aria-labelledby="delete-account-heading">
      <h2 id="delete-account-heading">Delete my account</h2>
      <p>Before you go, you can keep a copy of everything, to read or to bring to another Mend.</p>
      <p>
        <button type="button" className="button-secondary" onClick={() => void saveCopy()} disabled={download === 'busy'}>
          Download my data first
        </button>
      </p>
      <p role="status">
        {download === 'done' && 'Your copy is saved on this device.'}
        {download === 'failed' && 'The copy couldn’t be made just now. Nothing was deleted; you can try again.'}
      </p>
      <p>
        Deleting your account removes, from this Mend and this device: every moment and check-in, your own skills and how
        you sorted them, your safety plan and its earlier versions, your practices, your healing path and its calendar
        feed, your settings and your tokens. It can’t be undone. Crisis lines and “I need help now” keep working without an account.
      </p>
      <form onSubmit={submit} noValidate>
        <label htmlFor="delete-account-password">Your password, to confirm</label>
        <input
          id="delete-account-password" type="password" autoComplete="current-password" value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={problem ? true : undefined} aria-describedby={describedBy(problem && 'delete-account-problem')}
        />
        <FieldError id="delete-account-problem" message={problem} />
        <p>
          <button type="submit" className="button-secondary" disabled={remove.isPending || !me.data}>
            Delete my account and everything in it
          </button>
        </p>
      </form>
    </section>
  );
}
