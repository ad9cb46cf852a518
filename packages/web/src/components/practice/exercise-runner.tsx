import type { Exercise, Practice, PracticeAnswer, PracticeCreate } from '@mend/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { recordPractice, useRecordPractice } from '../../api/use-practices';
import { newMomentId } from '../../offline/moment-id';
import { missingAnswer, practiceBody } from '../../lib/practice-answers';
import { practiceClock } from '../../lib/practice-clock';
import {
  forgetPendingStepBack, newPracticeDraft, readPracticeDraft, writePracticeDraft, type PracticeDraft,
} from '../../lib/practice-draft';
import { focusField } from '../focus-field';
import { ScreenHeading } from '../screen-heading';
import { FinishStage } from './finish-stage';
import { SavedStage } from './saved-stage';
import { StartStage } from './start-stage';
import { StepBackButton } from './step-back-button';
import { stepBackPath } from './step-back-target';
import { StepsStage } from './steps-stage';
import './practice.css';

/** What a step back tells the coping exercise it opens. */
export interface SteppedBackState {
  steppedBackFrom: string;
  /** Whether anything was begun there, so there is a place to go back to. */
  placeKept: boolean;
}

const isoNow = () => new Date(practiceClock.now()).toISOString();

function saveProblemText(error: unknown): string {
  if (isApiError(error) && (error.status === 0 || error.status >= 500)) {
    return 'This isn’t saved yet: Mend can’t reach its server right now. Everything you entered is still here, kept in this tab. Try again in a moment.';
  }
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return `This isn’t saved yet. ${message} Everything you entered is still here.`;
}

/**
 * One guided exercise from start to saved. Everything entered lives in a draft kept in this tab
 * (lib/practice-draft.ts), so a reload, a failed save or a step back into coping loses nothing.
 */
export function ExerciseRunner({ exercise, pathAreaId }: { exercise: Exercise; pathAreaId: string | null }) {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const record = useRecordPractice();
  const rootRef = useRef<HTMLDivElement>(null);
  const { steppedBackFrom, placeKept } = (location.state ?? {}) as Partial<SteppedBackState>;

  const [stored] = useState(() => readPracticeDraft(exercise));
  const [draft, setDraft] = useState<PracticeDraft>(() =>
    stored ? { ...stored, pathAreaId: pathAreaId ?? stored.pathAreaId } : newPracticeDraft(exercise, pathAreaId));
  const [pickedUp, setPickedUp] = useState(() => stored !== null && stored.startedAt !== null && stored.steppedBackAt === null);
  const [saved, setSaved] = useState<Practice | null>(null);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const [stepError, setStepError] = useState<string | undefined>();
  const [stepBackUnsent, setStepBackUnsent] = useState(false);

  useEffect(() => {
    if (!saved) writePracticeDraft(draft);
  }, [draft, saved]);

  const sendPending = async (bodies: readonly PracticeCreate[]) => {
    let unsent = false;
    for (const body of bodies) {
      try {
        await recordPractice(queryClient, body);
        setDraft((current) => ({ ...current, pendingStepBacks: current.pendingStepBacks.filter((each) => each.id !== body.id) }));
      } catch {
        unsent = true;
      }
    }
    setStepBackUnsent(unsent);
  };

  useEffect(() => {
    // A step back the server didn't take last time: sent again now, quietly.
    if (stored?.pendingStepBacks.length) void sendPending(stored.pendingStepBacks);
  }, []);

  const update = (patch: Partial<PracticeDraft>) => setDraft((current) => ({ ...current, ...patch }));

  // To the new step's heading; the start has none of its own, so the exercise's h1.
  const moveFocus = (selector = '[data-stage-heading]') =>
    requestAnimationFrame(() => {
      const root = rootRef.current;
      (root?.querySelector<HTMLElement>(selector) ?? root?.querySelector<HTMLElement>('h1'))?.focus();
    });

  const go = (patch: Partial<PracticeDraft>) => {
    setStepError(undefined);
    setPickedUp(false);
    update(patch);
    moveFocus();
  };

  const begin = () => go(exercise.steps.length
    ? { stage: 'steps', stepIndex: 0, startedAt: draft.startedAt ?? isoNow() }
    : { stage: 'finish', startedAt: draft.startedAt ?? isoNow() });

  const step = exercise.steps[draft.stepIndex];
  const last = exercise.steps.length - 1;

  const next = () => {
    if (!step) return;
    const missing = missingAnswer(step, draft.answers[step.id]);
    if (missing) {
      setStepError(missing);
      requestAnimationFrame(() => focusField(rootRef.current, step.id));
      return;
    }
    go(draft.stepIndex >= last ? { stage: 'finish' } : { stepIndex: draft.stepIndex + 1 });
  };

  const back = () => go(draft.stepIndex === 0 ? { stage: 'start' } : { stepIndex: draft.stepIndex - 1 });

  const startAgain = () => go({ ...newPracticeDraft(exercise, pathAreaId ?? draft.pathAreaId), pendingStepBacks: draft.pendingStepBacks });

  const carryOn = () => go({ steppedBackAt: null, startedAt: isoNow(), endedAt: null });

  const save = async () => {
    const endedAtMs = draft.endedAt ? Date.parse(draft.endedAt) : practiceClock.now();
    const ending = { ...draft, endedAt: new Date(endedAtMs).toISOString() };
    setDraft(ending);
    setSaveProblem(null);
    try {
      const practice = await record.mutateAsync(practiceBody(exercise, ending, { endedAtMs, steppedBack: false }));
      // Only a step back still waiting for the server stays behind.
      writePracticeDraft({ ...newPracticeDraft(exercise, null), pendingStepBacks: ending.pendingStepBacks });
      setSaved(practice);
      moveFocus();
    } catch (error) {
      if (isApiError(error, 400) && error.fields.pathAreaId) {
        // The area left the path meanwhile: the practice still counts, just not as a path step.
        update({ pathAreaId: null });
        setSaveProblem('This isn’t saved yet: it was opened as a step on your healing path, and that area isn’t on your path now. Try again to save it as a practice of its own.');
      } else {
        setSaveProblem(saveProblemText(error));
      }
      moveFocus('.practice-save-problem');
    }
  };

  /**
   * Records the practice so far as stepped back and opens a coping exercise at once: the request
   * is never waited for. Until the server has it, it waits in this exercise's draft.
   */
  const stepBack = () => {
    const placeKept = draft.startedAt !== null;
    // From "Welcome back" nothing new was done since the last step back: nothing new to record.
    if (placeKept && draft.steppedBackAt === null) {
      const body = practiceBody(exercise, draft, { endedAtMs: practiceClock.now(), steppedBack: true });
      writePracticeDraft({
        ...draft,
        practiceId: newMomentId(),
        endedAt: null,
        steppedBackAt: isoNow(),
        pendingStepBacks: [...draft.pendingStepBacks, body],
      });
      recordPractice(queryClient, body).then(() => forgetPendingStepBack(exercise, body.id!), () => undefined);
    }
    const state: SteppedBackState = { steppedBackFrom: exercise.title, placeKept };
    navigate(stepBackPath(queryClient), { state });
  };

  const setAnswer = (stepId: string) => (value: PracticeAnswer) => {
    setStepError(undefined);
    setDraft((current) => ({ ...current, answers: { ...current.answers, [stepId]: value } }));
  };

  const healing = exercise.kind === 'healing';
  const welcomeBack = draft.steppedBackAt !== null && !saved;

  return (
    <div ref={rootRef} className="practice-runner">
      <ScreenHeading>{exercise.title}</ScreenHeading>
      {steppedBackFrom && exercise.kind === 'coping' && (
        <div className="stepped-back-note">
          <p><strong>Stepping back is part of healing, not a failure.</strong></p>
          <p>
            You noticed it was getting to be too much and chose to steady yourself first. That is the work.
            {placeKept && <> Your place in “{steppedBackFrom}” is kept in this tab for whenever you want to go back.</>}
          </p>
        </div>
      )}
      {healing && !saved && <StepBackButton onStepBack={stepBack} />}
      {stepBackUnsent && (
        <p className="practice-quiet-note">
          Mend couldn’t save your step back into coping yet; it’s kept here.{' '}
          <button type="button" className="link-button" onClick={() => void sendPending(draft.pendingStepBacks)}>Try again</button>
        </p>
      )}
      {pickedUp && (
        <p className="practice-quiet-note">
          Picked up where you left off.{' '}
          <button type="button" className="link-button" onClick={startAgain}>Start again</button>
        </p>
      )}

      {saved && <SavedStage durationSeconds={saved.durationSeconds} />}
      {!saved && welcomeBack && (
        <div className="practice-stage welcome-back">
          <h2 tabIndex={-1} data-stage-heading>Welcome back</h2>
          <p>You stepped back into coping from here earlier, and that counts. What you wrote is still here, if you want to carry on.</p>
          <div className="practice-nav">
            <button type="button" className="button-primary" onClick={carryOn}>Carry on where I left off</button>
            <button type="button" className="button-secondary" onClick={startAgain}>Start again</button>
          </div>
        </div>
      )}
      {!saved && !welcomeBack && draft.stage === 'start' && (
        <StartStage
          exercise={exercise}
          distressBefore={draft.distressBefore}
          onDistress={(level) => update({ distressBefore: level })}
          onBegin={begin}
          onPath={draft.pathAreaId !== null}
          onStepBack={healing ? stepBack : undefined}
        />
      )}
      {!saved && !welcomeBack && draft.stage === 'steps' && step && (
        <StepsStage
          step={step}
          index={draft.stepIndex}
          total={exercise.steps.length}
          value={draft.answers[step.id]}
          onChange={setAnswer(step.id)}
          error={stepError}
          timerMs={draft.timerMs[step.id] ?? 0}
          onTimerProgress={(elapsedMs) => setDraft((current) => ({ ...current, timerMs: { ...current.timerMs, [step.id]: elapsedMs } }))}
          onBack={back}
          onNext={next}
        />
      )}
      {!saved && !welcomeBack && draft.stage === 'finish' && (
        <FinishStage
          distressAfter={draft.distressAfter}
          onDistress={(level) => update({ distressAfter: level })}
          notes={draft.notes}
          onNotes={(notes) => update({ notes })}
          onBack={() => go(exercise.steps.length ? { stage: 'steps', stepIndex: last } : { stage: 'start' })}
          onSave={() => void save()}
          saving={record.isPending}
          problem={saveProblem}
        />
      )}
    </div>
  );
}
