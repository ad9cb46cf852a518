import type { CreatedToken, TokenScope } from '@mend/core';
import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../api/client';
import { useCreateToken, useRevokeToken, useTokens } from '../api/use-tokens';
import { shortDateTime as when } from '../lib/local-datetime';
import { describedBy, FieldError } from './field-error';
import { scopeNames, TokenScopesField } from './token-scopes-field';

type Problems = { name?: string; scopes?: string };

/** Personal access tokens for the CLI and scripts: list, create with scopes (shown once), revoke. */
export function TokenManager() {
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState('');
  // Reading is the least a token is made for; anything more is ticked on purpose.
  const [scopes, setScopes] = useState<TokenScope[]>(['read']);
  const [problems, setProblems] = useState<Problems>({});
  const formRef = useRef<HTMLFormElement>(null);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [message, setMessage] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Problems = {};
    if (!name.trim()) local.name = 'Give the token a name, like “laptop” or “backup script”.';
    if (scopes.length === 0) local.scopes = 'Choose at least one thing this token may do.';
    if (local.name || local.scopes) return show(local);
    create.mutate({ name: name.trim(), scopes }, {
      onSuccess: (token) => {
        setCreated(token);
        setName('');
        setScopes(['read']);
        setProblems({});
        setMessage('');
      },
      onError: (error) => {
        const fields = isApiError(error) ? error.fields : {};
        if (fields.name || fields.scopes) return show({ name: fields.name, scopes: fields.scopes });
        show({ name: error.message || 'That didn’t work.' });
      },
    });
  };

  /** Each problem beside its field, and focus on the first of them. */
  function show(found: Problems) {
    setProblems(found);
    const first = found.name ? '#token-name' : 'input[name="token-scopes"]';
    formRef.current?.querySelector<HTMLElement>(first)?.focus();
  }

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
              <span className="hint">
                Can {scopeNames(token.scopes)} · made {when(token.createdAt)} · {token.lastUsedAt ? `last used ${when(token.lastUsedAt)}` : 'not used yet'}
              </span>
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
            <p>Here is the token “{created.name}”; it can {scopeNames(created.scopes)}. Copy it now: Mend shows it only this once.</p>
            <p><code className="token-value">{created.token}</code></p>
            <div className="inline-row">
              <button type="button" className="button-secondary" onClick={() => void copy(created.token)}>Copy token</button>
              <button type="button" className="button-secondary" onClick={() => setCreated(null)}>Done</button>
            </div>
          </div>
        )}
        {message && <p>{message}</p>}
      </div>

      <form ref={formRef} onSubmit={submit} noValidate className="token-form">
        <div className="field">
          <label htmlFor="token-name">Token name</label>
          <input id="token-name" type="text" value={name} onChange={(event) => setName(event.target.value)}
            aria-invalid={problems.name ? true : undefined} aria-describedby={describedBy(problems.name && 'token-name-error')} />
          <FieldError id="token-name-error" message={problems.name} />
        </div>
        <TokenScopesField value={scopes} onChange={setScopes} error={problems.scopes} />
        <button type="submit" className="button-primary" disabled={create.isPending}>Create token</button>
      </form>
    </>
  );
}
