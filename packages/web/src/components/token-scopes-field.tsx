import { TOKEN_SCOPES, type TokenScope } from '@mend/core';
import { describedBy, FieldError } from './field-error';

/** What each scope lets a token do, in plain words. */
export const SCOPE_WORDS: Record<TokenScope, { name: string; line: string }> = {
  read: { name: 'Read', line: 'See your moments, skills, practices, path, plan and insights.' },
  write: { name: 'Write', line: 'Log, change and delete moments and practices, and change your skills, path, plan and settings.' },
  export: { name: 'Export', line: 'Download everything in one file.' },
  import: { name: 'Import', line: 'Bring entries in from a Mend or Daylio file.' },
};

export const scopeNames = (scopes: readonly TokenScope[]) => scopes.map((scope) => SCOPE_WORDS[scope].name.toLowerCase()).join(', ');

interface TokenScopesFieldProps {
  value: readonly TokenScope[];
  onChange: (scopes: TokenScope[]) => void;
  error: string | undefined;
}

/** Checkboxes for a new token's scopes; kept in the contract's order whatever order they're ticked in. */
export function TokenScopesField({ value, onChange, error }: TokenScopesFieldProps) {
  const toggle = (scope: TokenScope, on: boolean) =>
    onChange(TOKEN_SCOPES.filter((each) => (each === scope ? on : value.includes(each))));
  return (
    <fieldset className="token-scopes" data-field="scopes" aria-describedby={describedBy('token-scopes-hint', error && 'token-scopes-error')}>
      <legend>What this token may do</legend>
      <p className="hint" id="token-scopes-hint">Tick only what it needs. No token can manage tokens, sign-ins or the app lock, or delete your account.</p>
      <FieldError id="token-scopes-error" message={error} />
      <div className="choice-list">
        {TOKEN_SCOPES.map((scope) => (
          <div key={scope} className="choice-with-hint">
            <label className="choice">
              <input
                type="checkbox" name="token-scopes" value={scope} checked={value.includes(scope)}
                onChange={(event) => toggle(scope, event.target.checked)} aria-describedby={`token-scope-${scope}-line`}
              />
              <span>{SCOPE_WORDS[scope].name}</span>
            </label>
            <p className="hint" id={`token-scope-${scope}-line`}>{SCOPE_WORDS[scope].line}</p>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
