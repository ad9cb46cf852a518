import { GENTLE_HELP_LEVEL } from '@mend/core';
import { lazy, Suspense, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useLogMoment, type LogMomentResult } from '../api/use-log-moment';
import { useQuickSkills } from '../api/use-quick-skills';
import { DistressPicker } from '../components/distress-picker';
import { focusField } from '../components/focus-field';
import { PendingFollowUps } from '../components/pending-follow-ups';
import { SavedNote } from '../components/saved-note';
import { ScreenHeading } from '../components/screen-heading';
import { SkillPicker } from '../components/skill-picker';
import { focusMainHeading } from '../layout/focus-heading';
import { crisisOfferDue, openCrisisOffer } from '../lib/crisis-offer-store';

/** A gentle reminder, never urgent: it loads after the quick log, so the first download stays small. */
const PlannedPracticeBanner = lazy(async () => ({ default: (await import('../components/reminders/planned-practice-banner')).PlannedPracticeBanner }));

/** A therapist's suggestion, when one waits: asked in the background once Home is on screen. */
const SuggestionsCard = lazy(async () => ({ default: (await import('../components/sharing/suggestions-card')).SuggestionsCard }));

/** The quick log: a number, optionally what helped, and Save. Three taps at most. */
export function HomeScreen() {
  const [distress, setDistress] = useState<number | null>(null);
  const [skillIds, setSkillIds] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState<LogMomentResult | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const create = useLogMoment();
  const { skills, quickIds, loadProblem } = useQuickSkills();

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (distress === null) {
      setProblem('Choose a number first, 0 to 10.');
      focusField(formRef.current, 'quickDistress');
      return;
    }
    create.mutate(
      { distressBefore: distress, skillIds },
      {
        onSuccess: (result) => {
          setSaved(result);
          requestAnimationFrame(() => statusRef.current?.focus());
          // Decided here too, so the offer comes even when the moment is waiting on this device.
          if (crisisOfferDue({ distressBefore: distress, skillIds }, skills, result.crisisOffer)) openCrisisOffer();
        },
      },
    );
  };

  const logAnother = () => {
    setSaved(null);
    setDistress(null);
    setSkillIds([]);
    setProblem(undefined);
    create.reset();
    focusMainHeading();
  };

  return (
    <section className="screen">
      <ScreenHeading title="Home">How hard is it right now?</ScreenHeading>
      <div ref={statusRef} role="status" tabIndex={-1} className={saved ? 'saved-panel' : undefined}>
        {saved && (
          <>
            <SavedNote result={saved} />
            {saved.moment.distressBefore >= GENTLE_HELP_LEVEL && (
              <p className="gentle-help">
                That sounds very heavy. You don’t have to hold it on your own: <Link to="/help">see who you can reach right now</Link>.
              </p>
            )}
            <ul className="action-list">
              {/* The moment page needs the server's copy: a waiting moment gets its detail later. */}
              {saved.delivered && <li><Link className="button-secondary" to={`/history/${saved.moment.id}`}>Add more detail</Link></li>}
              <li><Link className="button-secondary" to="/" replace onClick={logAnother}>Log another</Link></li>
            </ul>
          </>
        )}
      </div>

      {!saved && <Suspense fallback={null}><PlannedPracticeBanner /></Suspense>}

      <PendingFollowUps onSkipToLog={saved ? undefined : () => focusField(formRef.current, 'quickDistress')} />

      {!saved && (
        <form ref={formRef} id="quick-log" className="quick-log" onSubmit={save} noValidate aria-label="Quick log">
          <DistressPicker
            name="quickDistress"
            legend="Pick a number, 0 to 10"
            value={distress}
            onChange={(level) => {
              setDistress(level);
              setProblem(undefined);
            }}
            error={problem}
          />
          <SkillPicker legend="What did you do? (optional)" skills={skills} quickIds={quickIds} selected={skillIds} onChange={setSkillIds} loadProblem={loadProblem} />
          <div className="form-alert" role="alert">{create.isError ? create.error.message : null}</div>
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={create.isPending}>Save</button>
          </div>
        </form>
      )}

      {/* Below the quick log: the number comes first, a suggestion can wait. */}
      <Suspense fallback={null}><SuggestionsCard /></Suspense>

      <p className="more-detail"><Link to="/now">What might help now</Link></p>
      <p className="more-detail"><Link to="/log">Log with more detail</Link></p>
    </section>
  );
}
