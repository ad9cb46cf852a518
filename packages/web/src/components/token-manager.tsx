import type { CreatedToken } from '@mend/core';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../api/client';
import { useCreateToken, useRevokeToken, useTokens } from '../api/use-tokens';
import { describedBy, FieldError } from './field-error';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Personal access tokens for the CLI and scripts: list, create (shown once), revoke. */
export function TokenManager() {
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [message, setMessage] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setProblem('Give the token a name, like “laptop” or “backup script”.');
    create.mutate(name.trim(), {
      onSuccess: (token) => {
        setCreated(token);
        setName('');
        setProblem(undefined);
        setMessage('');
      },
      onError: (error) => setProblem(isApiError(error) ? error.fields.name ?? error.message : 'That didn’t work.'),
    });
  };

  const copy = async (token: string) => {
    try {
      await navigator.clipboard.writeText(token);
      setMessage('Copied.');
    } catch {
      setMessage('Copying didn’t work here; select the token and copy it by hand.');
    }
  };

  return (
    <>
      {tokens.isPending && <p>Loading tokens…</p>}
      {tokens.isError && <p role="alert">{tokens.error.message}</p>}
      {tokens.data?.length === 0 && <p>No tokens yet.</p>}
      {tokens.data && tokens.data.length > 0 && (
        <ul className="token-list">
          {tokens.data.map((token) => (
            <li key={token.id} className="token-row">
              <span className="token-name">{token.name}</span>
              <span className="hint">Made {when(token.createdAt)} · {token.lastUsedAt ? `last used ${when(token.lastUsedAt)}` : 'not used yet'}</span>
              <button
                type="button" className="button-secondary" disabled={revoke.isPending}
                onClick={() => revoke.mutate(token.id, { onSuccess: () => setMessage(`Token “${token.name}” revoked.`) })}
              >
                Revoke {token.name}
              </button>
            </li>
          ))}
        </ul>
      )}

      <div role="status" className="status-line">
        {created && (
          <div className="token-once">
            <p>Here is the token “{created.name}”. Copy it now: Mend shows it only this once.</p>
            <p><code className="token-value">{created.token}</code></p>
            <div className="inline-row">
              <button type="button" className="button-secondary" onClick={() => void copy(created.token)}>Copy token</button>
              <button type="button" className="button-secondary" onClick={() => setCreated(null)}>Done</button>
            </div>
          </div>
        )}
        {message && <p>{message}</p>}
      </div>

      <form onSubmit={submit} noValidate className="token-form">
        <div className="field">
          <label htmlFor="token-name">Token name</label>
          <div className="inline-row">
            <input id="token-name" type="text" value={name} onChange={(event) => setName(event.target.value)}
              aria-invalid={problem ? true : undefined} aria-describedby={describedBy(problem && 'token-name-error')} />
            <button type="submit" className="button-primary" disabled={create.isPending}>Create token</button>
          </div>
          <FieldError id="token-name-error" message={problem} />
        </div>
      </form>
    </>
  );
}
