import type { Insights } from '@mend/core';
import { Link } from 'react-router';
import { moments } from '../../lib/insight-words';

/** Shown only when hard moments keep staying hard despite several tools: support, never alarm. */
export function ReachingOutSection({ copingNotEnough }: { copingNotEnough: Insights['copingNotEnough'] }) {
  if (!copingNotEnough.suggestReachingOut) return null;
  return (
    <section className="insight gentle-note" aria-labelledby="reaching-out-heading">
      <h2 id="reaching-out-heading">When coping isn’t enough</h2>
      <p className="insight-sentence">
        In the last {copingNotEnough.windowDays} days, {moments(copingNotEnough.count)} stayed at 7 or more even after you tried
        two or more things.
      </p>
      <p>
        That isn’t a failing: some things are too heavy to carry alone. A therapist, or someone you trust, could help carry this with you.
      </p>
      <p><Link to="/help">See who you can reach</Link></p>
    </section>
  );
}
