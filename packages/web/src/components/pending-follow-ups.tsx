import { GENTLE_HELP_LEVEL } from '@mend/core';
import { useRef, useState, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { useAnswerFollowUp, usePendingFollowUps, useSkipFollowUp } from '../api/use-follow-ups';
import { useSkillName } from '../api/use-skills';
import { followUpPrompt } from '../lib/follow-up-prompt';
import { DistressButtons } from './distress-buttons';

/** More than this and the quick log is pushed far down: the rest wait behind one button. */
const SHOWN_AT_FIRST = 3;

interface Outcome {
  text: string;
  heavy: boolean;
}

/**
 * "How are you now?" for moments logged a while ago: one tap on a number answers, Skip lets it go.
 * It sits above the quick log but never in its way: a keyboard user can jump past it in one step.
 */
export function PendingFollowUps({ onSkipToLog }: { onSkipToLog?: (() => void) | undefined }) {
  const pendingQuery = usePendingFollowUps();
  const answer = useAnswerFollowUp();
  const skip = useSkipFollowUp();
  const skillName = useSkillName();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [showAll, setShowAll] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);

  const pending = pendingQuery.data?.pending ?? [];
  if (pending.length === 0 && !outcome) return null;

  const settle = async (momentId: string, work: () => Promise<unknown>, done: Outcome) => {
    setBusy((current) => new Set(current).add(momentId));
    setProblems(({ [momentId]: _, ...rest }) => rest);
    try {
      await work();
      setOutcome(done);
      requestAnimationFrame(() => statusRef.current?.focus());
    } catch (error) {
      setProblems((current) => ({ ...current, [momentId]: error instanceof Error ? error.message : 'That didn’t work. Please try again.' }));
    } finally {
      setBusy((current) => {
        const next = new Set(current);
        next.delete(momentId);
        return next;
      });
    }
  };

  const skipToLog = (event: MouseEvent) => {
    event.preventDefault();
    onSkipToLog?.();
  };

  const now = new Date();
  const shown = showAll ? pending : pending.slice(0, SHOWN_AT_FIRST);
  const hidden = pending.length - shown.length;

  return (
    <section className="check-ins" aria-labelledby="check-ins-heading">
      {pending.length > 0 && onSkipToLog && <a className="skip-check-ins" href="#quick-log" onClick={skipToLog}>Skip the check-ins, log a moment now</a>}
      <h2 id="check-ins-heading">How are you now?</h2>
      <div ref={statusRef} role="status" tabIndex={-1} className="check-in-status">
        {outcome && (
          <>
            <p>{outcome.text}</p>
            {outcome.heavy && (
              <p className="gentle-help">
                That sounds very heavy. You don’t have to hold it on your own: <Link to="/help">see who you can reach right now</Link>.
              </p>
            )}
          </>
        )}
      </div>
      {pending.length > 0 && (
        <>
          <p className="hint">One tap on how hard it is now, 0 calm to 10 the worst. Over time this shows which tools help for longer.</p>
          <ul className="check-in-list">
            {shown.map((item) => {
              const prompt = followUpPrompt(item, skillName, now);
              const lineId = `check-in-${item.momentId}`;
              const problemId = `${lineId}-problem`;
              const isBusy = busy.has(item.momentId);
              const problem = problems[item.momentId];
              return (
                <li key={item.momentId} className="check-in">
                  <div role="group" aria-labelledby={lineId} aria-describedby={problem ? problemId : undefined}>
                    <p id={lineId} className="check-in-line">{prompt.line}</p>
                    <DistressButtons
                      disabled={isBusy}
                      onPick={(distress) => void settle(
                        item.momentId,
                        () => answer.mutateAsync({ momentId: item.momentId, distress }),
                        { text: 'Thanks — noted.', heavy: distress >= GENTLE_HELP_LEVEL },
                      )}
                    />
                    <button
                      type="button" className="link-button check-in-skip" disabled={isBusy}
                      onClick={() => void settle(item.momentId, () => skip.mutateAsync(item.momentId), { text: 'Okay, Mend won’t ask about that one.', heavy: false })}
                    >
                      Skip<span className="visually-hidden"> the check-in for {prompt.when}</span>
                    </button>
                    {problem && <p id={problemId} className="field-error" role="alert">{problem}</p>}
                  </div>
                </li>
              );
            })}
          </ul>
          {hidden > 0 && (
            <button type="button" className="button-secondary" onClick={() => setShowAll(true)}>
              Show {hidden === 1 ? '1 more check-in' : `${hidden} more check-ins`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
