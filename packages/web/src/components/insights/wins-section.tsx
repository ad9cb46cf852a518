import type { Insights } from '@mend/core';
import { Link } from 'react-router';
import { listWords, times } from '../../lib/insight-words';
import { TryNext } from './chart-parts';

/** What has gone well, in the person's own data. No counts that can break, nothing to keep up. */
export function WinsSection({ wins, name }: { wins: Insights['wins']; name: (id: string) => string }) {
  const found: string[] = [];
  if (wins.satWithFeeling > 0) {
    found.push(`You stayed with a feeling instead of pushing it away ${times(wins.satWithFeeling)}${wins.satWithFeelingRecent > 0 ? `, ${times(wins.satWithFeelingRecent)} in the last 30 days` : ''}.`);
  }
  if (wins.easedOffSkillIds.length > 0) found.push(`You’ve eased off ${listWords(wins.easedOffSkillIds.map(name))}, and kept finding other ways through.`);
  if (wins.fallingPeaks) found.push('Your hardest moments have been getting less hard, week by week.');
  if (wins.soothingSkillIds.length > 0) found.push(`You’ve found what soothes you: ${listWords(wins.soothingSkillIds.map(name))}.`);

  return (
    <section className="insight" aria-labelledby="wins-heading">
      <h2 id="wins-heading">Wins</h2>
      {found.length === 0 ? (
        <p className="insight-sentence">Wins show up here as they happen. Staying with a feeling, instead of pushing it away, counts as one.</p>
      ) : (
        <ul className="wins-list">{found.map((line) => <li key={line}>{line}</li>)}</ul>
      )}
      <TryNext>A gentle practice: <Link to="/toolkit/sitting-with-a-feeling">Sitting with a feeling</Link>.</TryNext>
    </section>
  );
}
