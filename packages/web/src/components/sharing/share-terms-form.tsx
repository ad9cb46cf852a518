import { SHARE_SCOPES, type ShareScope, type ShareTerms } from '@mend/core';
import { useId, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client';
import { longDay, SHARE_DURATIONS, SHARE_SCOPE_WORDS, shareUntil, toggleScope, type ShareDuration } from '../../lib/share-words';
import { describedBy, FieldError } from '../field-error';

interface ShareTermsFormProps {
  /** What is ticked to begin with: nothing for a new invite, what is shared now for "Change". */
  initialScopes: readonly ShareScope[];
  /** For a new invite: the length picked to begin with. */
  initialDuration?: ShareDuration;
  /**
   * For "Change": the share's end now. Then the first choice, picked to begin with, keeps it, so
   * changing only what is shared never moves the end date.
   */
  keepUntil?: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (terms: ShareTerms) => Promise<unknown>;
  onCancel?: () => void;
}

type Problems = { scopes?: string; until?: string; general?: string };
type DurationChoice = ShareDuration | 'keep';

/** What to share (each choice with one plain line) and for how long. Used to invite and to change a share. */
export function ShareTermsForm({ initialScopes, initialDuration = '3m', keepUntil, submitLabel, pending, onSubmit, onCancel }: ShareTermsFormProps) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [scopes, setScopes] = useState<ShareScope[]>([...initialScopes]);
  const [duration, setDuration] = useState<DurationChoice>(keepUntil ? 'keep' : initialDuration);
  // Each choice says the day it leads to, so "3 months" from a change is never mistaken for "3 more months on top".
  const now = new Date();
  const choices: { id: DurationChoice; label: string }[] = [
    ...(keepUntil ? [{ id: 'keep' as const, label: `Keep the end date (until ${longDay(keepUntil)})` }] : []),
    ...SHARE_DURATIONS.map((choice) => ({ id: choice.id, label: `${choice.label} from today (until ${longDay(shareUntil(choice.id, now))})` })),
  ];
  const [problems, setProblems] = useState<Problems>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (scopes.length === 0) return show({ scopes: 'Tick at least one thing to share.' });
    setProblems({});
    try {
      await onSubmit({ scopes, until: duration === 'keep' ? (keepUntil ?? '') : shareUntil(duration, new Date()) });
    } catch (error) {
      const fields = isApiError(error) ? error.fields : {};
      if (fields.scopes || fields.until) return show({ scopes: fields.scopes, until: fields.until });
      show({ general: error instanceof Error ? error.message : 'That didn’t work. Please try again.' });
    }
  };

  function show(found: Problems) {
    setProblems(found);
    const first = found.scopes ? `input[name="${id}-scopes"]` : found.until ? `input[name="${id}-duration"]:checked` : null;
    requestAnimationFrame(() => {
      if (first) formRef.current?.querySelector<HTMLElement>(first)?.focus();
    });
  }

  return (
    <form ref={formRef} className="share-terms-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset aria-describedby={describedBy(problems.scopes && `${id}-scopes-error`)}>
        <legend>What they can see</legend>
        <FieldError id={`${id}-scopes-error`} message={problems.scopes} />
        <div className="choice-list">
          {SHARE_SCOPES.map((scope) => (
            <div key={scope} className="choice-with-hint">
              <label className="choice">
                <input
                  type="checkbox" name={`${id}-scopes`} value={scope} checked={scopes.includes(scope)}
                  onChange={(event) => setScopes(toggleScope(scopes, scope, event.target.checked))}
                  aria-describedby={`${id}-${scope}-line`}
                />
                <span>{SHARE_SCOPE_WORDS[scope].name}</span>
              </label>
              <p className="hint" id={`${id}-${scope}-line`}>{SHARE_SCOPE_WORDS[scope].line}</p>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset aria-describedby={describedBy(`${id}-duration-hint`, problems.until && `${id}-until-error`)}>
        <legend>For how long</legend>
        <p className="hint" id={`${id}-duration-hint`}>After that it stops by itself. You can stop it sooner.</p>
        <FieldError id={`${id}-until-error`} message={problems.until} />
        <div className="choice-list share-durations">
          {choices.map((choice) => (
            <label key={choice.id} className="choice">
              <input type="radio" name={`${id}-duration`} value={choice.id} checked={duration === choice.id} onChange={() => setDuration(choice.id)} />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-alert" role="alert">{problems.general}</div>
      <div className="inline-row">
        <button type="submit" className="button-primary" disabled={pending}>{submitLabel}</button>
        {onCancel && <button type="button" className="button-secondary" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}
