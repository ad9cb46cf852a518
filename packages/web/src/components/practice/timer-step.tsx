import { useEffect, useState } from 'react';
import { clockText, useRunningTime } from '../../lib/practice-clock';
import { StepText } from './step-text';
import type { AnswerProps } from './step-types';

const DEFAULT_CHECK_IN = 'How strong is the urge now?';
const LEVELS = Array.from({ length: 11 }, (_, level) => level);

interface TimerStepProps extends AnswerProps<'timer'> {
  /** Time already run on this step (coming back to it carries on). */
  initialMs: number;
  /** Told the running time at each whole second, to keep it in the draft. */
  onProgress: (elapsedMs: number) => void;
}

/**
 * A countdown. With check-ins, it asks how strong it is at the start and at each interval; an
 * unanswered one is simply passed by, the time carries on. With cues, it shows the current one.
 */
export function TimerStep({ step, value, onChange, initialMs, onProgress }: TimerStepProps) {
  const [running, setRunning] = useState(false);
  const elapsedMs = useRunningTime(running, initialMs);
  const elapsedSeconds = Math.min(step.seconds, Math.floor(elapsedMs / 1000));
  const done = elapsedMs >= step.seconds * 1000;
  const started = running || elapsedMs > 0;

  const every = step.checkInEverySeconds;
  const levels = Array.isArray(value) ? (value as readonly number[]) : [];
  const most = every ? Math.floor(step.seconds / every) + 1 : 0;
  const dueIndex = every && started ? Math.floor(elapsedSeconds / every) : -1;
  // Coming back to a timer already answered: the check-in due now counts as answered.
  const [answeredIndex, setAnsweredIndex] = useState(() => (every && levels.length ? Math.floor(initialMs / 1000 / every) : -1));
  const checkInOpen = every !== undefined && dueIndex > answeredIndex && levels.length < most;
  const prompt = step.checkInPrompt ?? DEFAULT_CHECK_IN;
  const cue = step.cues?.filter((each) => each.at <= elapsedSeconds).at(-1)?.text ?? '';

  useEffect(() => {
    if (done && running) setRunning(false);
  }, [done, running]);

  useEffect(() => {
    onProgress(elapsedSeconds * 1000);
    // Only at whole seconds: the draft need not change four times a second.
  }, [elapsedSeconds]);

  const answer = (level: number) => {
    onChange([...levels, level]);
    setAnsweredIndex(dueIndex);
  };

  const announcement = checkInOpen
    ? `Check-in at ${clockText(dueIndex * (every ?? 0))}: ${prompt}`
    : done ? 'Time’s up.' : '';
  const promptId = `${step.id}-check-in`;

  return (
    <>
      <StepText text={step.body} />
      <div className="timer">
        <p className="timer-clock">
          <span role="timer">{clockText(step.seconds - elapsedSeconds)}</span> <span className="timer-left">left</span>
        </p>
        {step.cues && <p className="timer-cue" aria-live="polite">{started ? cue : ''}</p>}
        <p className="visually-hidden" aria-live="polite">{announcement}</p>
        {done && <p className="timer-done">Time’s up. Take a breath, then carry on when you’re ready.</p>}
        {!done && (
          <button type="button" className="button-secondary timer-toggle" onClick={() => setRunning((now) => !now)}>
            {running ? 'Pause' : started ? 'Resume' : 'Start'}
          </button>
        )}

        {checkInOpen && (
          <div className="check-in-panel" role="group" aria-labelledby={promptId}>
            <p id={promptId} className="check-in-prompt">{prompt} <span className="check-in-scale">0 is none, 10 is the strongest</span></p>
            <ul className="level-buttons">
              {LEVELS.map((level) => (
                <li key={level}>
                  <button type="button" className="level-button" onClick={() => answer(level)}>{level}</button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {every !== undefined && levels.length > 0 && (
          <p className="check-in-record">Your check-ins so far: {levels.join(', ')}</p>
        )}
      </div>
    </>
  );
}
