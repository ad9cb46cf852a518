import type { Insights } from '@mend/core';
import { Link } from 'react-router';
import { points, tagWords } from '../../lib/insight-words';
import { TryNext } from './chart-parts';

/** The same trigger, again and again, not getting easier: a pointer toward the source, not a warning. */
export function RecurringTriggersSection({ triggers, name }: { triggers: Insights['recurringTriggers']; name: (id: string) => string }) {
  return (
    <section className="insight" aria-labelledby="recurring-heading">
      <h2 id="recurring-heading">Triggers that keep coming back</h2>
      {triggers.length === 0 ? (
        <p className="insight-sentence">
          Nothing keeps coming back for now. Mend looks for the same trigger 4 or more times in 4 weeks without getting easier.
        </p>
      ) : (
        <>
          <p className="insight-sentence">
            {triggers.length === 1
              ? 'One trigger keeps coming back without getting much easier. That may be worth healing work: slower work on where it comes from.'
              : `${triggers.length} triggers keep coming back without getting much easier. They may be worth healing work: slower work on where they come from.`}
          </p>
          <ul className="recurring-list">
            {triggers.map((trigger) => (
              <li key={trigger.tag} className="recurring-card">
                <h3>“{tagWords(trigger.tag)}”</h3>
                <p>
                  {trigger.count} times in the last 4 weeks; distress about {points(trigger.earlierMeanDistress)} at first
                  and {points(trigger.laterMeanDistress)} lately.
                </p>
                <p>
                  {trigger.suggestedSkillIds.length > 0 ? 'Healing work that could fit: ' : 'Something to try: '}
                  {trigger.suggestedSkillIds.length > 0
                    ? trigger.suggestedSkillIds.map((id, index) => (
                      <span key={id}>{index > 0 && ', '}<Link to={`/toolkit/${id}`}>{name(id)}</Link></span>
                    ))
                    : <Link to="/toolkit?kind=healing">browse healing practices</Link>}
                  .
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {triggers.length === 0 && (
        <TryNext>Curious about a pattern anyway? <Link to="/toolkit/curious-not-critical">Getting curious, not critical</Link> is a gentle start.</TryNext>
      )}
    </section>
  );
}
