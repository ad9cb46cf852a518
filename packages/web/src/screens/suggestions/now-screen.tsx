import { AROUSAL_STATES, MAX_TRIGGER_LENGTH, STEADY_FIRST_FROM, type Arousal } from '@mend/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSkillName } from '../../api/use-skills';
import { useSuggestions, type SuggestionsAsk } from '../../api/use-suggestions';
import { ArousalPicker } from '../../components/arousal-picker';
import { DistressPicker } from '../../components/distress-picker';
import { focusField } from '../../components/focus-field';
import { ScreenHeading } from '../../components/screen-heading';
import { SuggestionList } from '../../components/suggestions/suggestion-list';

/** What was asked lives in the address, so Back from a practice comes back to the same answer. */
function askFrom(params: URLSearchParams): SuggestionsAsk | null {
  const raw = params.get('distress');
  const distress = raw === null || raw === '' ? NaN : Number(raw);
  if (!Number.isInteger(distress) || distress < 0 || distress > 10) return null;
  const arousal = params.get('arousal');
  return {
    distress,
    arousal: AROUSAL_STATES.includes(arousal as Arousal) ? arousal as Arousal : null,
    trigger: (params.get('trigger') ?? '').slice(0, MAX_TRIGGER_LENGTH),
  };
}

/** "What might help now": how hard it is (and, if they like, the body and the trigger), then a short list with reasons. */
export function NowScreen() {
  const [params, setParams] = useSearchParams();
  const ask = askFrom(params);
  const [distress, setDistress] = useState<number | null>(ask?.distress ?? null);
  const [arousal, setArousal] = useState<Arousal | null>(ask?.arousal ?? null);
  const [trigger, setTrigger] = useState(ask?.trigger ?? '');
  const [problem, setProblem] = useState<string | undefined>();
  const [asked, setAsked] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const suggestions = useSuggestions(ask);
  const name = useSkillName();

  useEffect(() => {
    if (asked > 0) resultsRef.current?.focus();
  }, [asked]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (distress === null) {
      setProblem('Choose a number first, 0 to 10.');
      focusField(formRef.current, 'nowDistress');
      return;
    }
    const next = new URLSearchParams({ distress: String(distress) });
    if (arousal) next.set('arousal', arousal);
    if (trigger.trim()) next.set('trigger', trigger.trim());
    setParams(next, { replace: true });
    setAsked((count) => count + 1);
  };

  const data = suggestions.data;
  // Decided here too, so the plan is offered even when the server can't be asked.
  // Core's rule, also before (or without) an answer: from 8, or numb, the plan is offered at once.
  const offerSafetyPlan = Boolean(ask && (data?.offerSafetyPlan || ask.distress >= STEADY_FIRST_FROM || ask.arousal === 'hypo'));

  return (
    <section className="screen now-screen">
      <ScreenHeading>What might help now</ScreenHeading>
      {!ask && <p className="lead">Say how hard it is, and Mend suggests a few things to try, each with why.</p>}

      {ask && (
        <section className="now-results" aria-labelledby="now-results-heading">
          <h2 id="now-results-heading" ref={resultsRef} tabIndex={-1}>Things to try</h2>
          {offerSafetyPlan && (
            <div className="now-safety">
              <p>That sounds like a lot right now. Your plan and people who can help are one tap away.</p>
              <div className="big-links">
                <Link className="big-link" to="/help">I need help now</Link>
                <Link className="big-link big-link-quiet" to="/safety-plan">Open my safety plan</Link>
              </div>
            </div>
          )}
          {suggestions.isPending && <p role="status">Finding what might help…</p>}
          {suggestions.isError && (
            <div role="alert">
              <p>{suggestions.error.message}</p>
              <p>Your <Link to="/toolkit">toolkit</Link> still has every skill.</p>
            </div>
          )}
          {data && <SuggestionList band={data.band} suggestions={data.suggestions} name={name} />}
        </section>
      )}

      <form ref={formRef} className="now-form" onSubmit={submit} noValidate aria-label="How it is right now">
        <DistressPicker
          name="nowDistress"
          legend="How hard is it right now?"
          value={distress}
          onChange={(level) => {
            setDistress(level);
            setProblem(undefined);
          }}
          error={problem}
        />
        <ArousalPicker value={arousal} onChange={setArousal} />
        <div className="field">
          <label htmlFor="now-trigger">What set it off? <span className="legend-note">(optional)</span></label>
          <input id="now-trigger" type="text" value={trigger} maxLength={MAX_TRIGGER_LENGTH} onChange={(event) => setTrigger(event.target.value)} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary">{ask ? 'Ask again' : 'Show what might help'}</button>
        </div>
      </form>
    </section>
  );
}
