import { useEffect, useState, type CSSProperties } from 'react';
import { breathAt } from '../../lib/practice-breath';
import { useRunningTime } from '../../lib/practice-clock';
import { useReducedMotion } from '../../lib/practice-motion';
import { StepText } from './step-text';
import type { StepOf } from './step-types';

/**
 * Paced breathing: a circle that grows and shrinks with the breath (never under reduced motion),
 * and always the same in words. Only the phase is announced, not each second.
 */
export function PacerStep({ step }: { step: StepOf<'pacer'> }) {
  const reduced = useReducedMotion();
  const [running, setRunning] = useState(false);
  const elapsedMs = useRunningTime(running);
  const breath = breathAt(step.pattern, step.rounds, elapsedMs);
  const started = running || elapsedMs > 0;

  useEffect(() => {
    if (breath.done && running) setRunning(false);
  }, [breath.done, running]);

  const animate = !reduced && started && !breath.done;
  const circleClass = ['pacer-circle', animate && `pacer-${breath.phase.key}`, animate && !running && 'pacer-paused']
    .filter(Boolean)
    .join(' ');
  const phaseText = breath.done ? 'Done.' : started ? breath.phase.label : 'Ready when you are.';

  return (
    <>
      <StepText text={step.body} />
      <div className="pacer">
        <div className="pacer-stage" aria-hidden="true">
          <div
            key={animate ? breath.phaseNumber : 'still'}
            className={circleClass}
            data-testid="pacer-circle"
            style={{ '--phase-seconds': `${breath.phase.seconds}s` } as CSSProperties}
          />
        </div>
        <p className="pacer-count">
          <span className="pacer-phase" aria-live="polite">{phaseText}</span>
          {started && !breath.done && <span className="pacer-seconds">… {breath.secondsLeft}</span>}
        </p>
        <p className="pacer-round">
          {breath.done ? `All ${step.rounds} rounds done. Carry on when you’re ready.` : `Round ${breath.round} of ${step.rounds}`}
        </p>
        {!breath.done && (
          <button type="button" className="button-secondary pacer-toggle" onClick={() => setRunning((now) => !now)}>
            {running ? 'Pause' : started ? 'Resume' : 'Start'}
          </button>
        )}
      </div>
    </>
  );
}
