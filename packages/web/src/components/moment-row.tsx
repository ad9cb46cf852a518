import type { Moment } from '@mend/core';
import { Link } from 'react-router';
import { timeOfDay } from '../lib/group-by-day';

/** One line of history: when, how hard before → after, what was used. */
export function MomentRow({ moment, skillName }: { moment: Moment; skillName: (id: string) => string }) {
  const after = moment.distressAfter ?? 'add after';
  return (
    <li>
      <Link className="moment-row" to={`/history/${moment.id}`}>
        <span className="moment-time">{timeOfDay(moment.occurredAt)}</span>{' '}
        <span className="moment-distress">distress {moment.distressBefore} → {after}</span>
        {moment.skillIds.length > 0 && (
          <>
            {' '}<span className="moment-skills">{moment.skillIds.map(skillName).join(', ')}</span>
          </>
        )}
      </Link>
    </li>
  );
}
