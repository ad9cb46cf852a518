import { exerciseById, type Moment, type Practice } from '@mend/core';
import type { ReactNode } from 'react';
import { distressWords, durationWords } from '../../lib/practice-record';

const when = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));

interface TableProps {
  /** Notes (and triggers) only when the person chose to print them. */
  withNotes: boolean;
  name: (id: string) => string;
  timeZone: string;
  /** There were more than the server gives at once: only the newest are here. */
  cut: boolean;
}

/** One part of the report holding a table: its heading, a word when it is empty or cut, the column heads. */
function TableSection({ title, what, count, cut, caption, head, children }: {
  title: string;
  /** Plural, lower case: "moments". */
  what: string;
  count: number;
  cut: boolean;
  caption: string;
  head: ReactNode;
  children: ReactNode;
}) {
  const headingId = `report-${what}-heading`;
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {cut && <p>Only the newest {count} {what} of this period are here.</p>}
      {count === 0 ? <p>No {what} in this period.</p> : (
        <table className="report-table">
          <caption>{caption}</caption>
          <thead><tr>{head}</tr></thead>
          <tbody>{children}</tbody>
        </table>
      )}
    </section>
  );
}

/** The newest first, as in History. */
export function MomentsTable({ moments, withNotes, name, timeZone, cut }: TableProps & { moments: readonly Moment[] }) {
  return (
    <TableSection
      title="Moments" what="moments" count={moments.length} cut={cut} caption="Each moment you logged, newest first"
      head={(
        <>
          <th scope="col">When</th>
          <th scope="col" className="numeric">Distress before</th>
          <th scope="col" className="numeric">After</th>
          <th scope="col">Feelings</th>
          <th scope="col">What you used</th>
          {withNotes && <th scope="col">Trigger</th>}
          {withNotes && <th scope="col">Note</th>}
        </>
      )}
    >
      {moments.map((moment) => (
        <tr key={moment.id}>
          <th scope="row">{when(moment.occurredAt, timeZone)}</th>
          <td className="numeric">{moment.distressBefore}</td>
          <td className="numeric">{moment.distressAfter ?? '—'}</td>
          <td>{moment.emotions.join(', ')}</td>
          <td>{moment.skillIds.map(name).join(', ')}</td>
          {withNotes && <td className="report-text">{moment.trigger}</td>}
          {withNotes && <td className="report-text">{moment.note}</td>}
        </tr>
      ))}
    </TableSection>
  );
}

export function PracticesTable({ practices, withNotes, name, timeZone, cut }: TableProps & { practices: readonly Practice[] }) {
  return (
    <TableSection
      title="Practices" what="practices" count={practices.length} cut={cut} caption="Each practice, newest first"
      head={(
        <>
          <th scope="col">When</th>
          <th scope="col">Practice</th>
          <th scope="col">How long</th>
          <th scope="col">Distress</th>
          {withNotes && <th scope="col">Notes</th>}
        </>
      )}
    >
      {practices.map((practice) => (
        <tr key={practice.id}>
          <th scope="row">{when(practice.startedAt, timeZone)}</th>
          <td>
            {(practice.exerciseId && exerciseById(practice.exerciseId)?.title) || name(practice.skillId)}
            {practice.steppedBack && <> (stepped back into coping)</>}
          </td>
          <td>{durationWords(practice.durationSeconds)}</td>
          <td>{distressWords(practice) ?? '—'}</td>
          {withNotes && <td className="report-text">{practice.notes}</td>}
        </tr>
      ))}
    </TableSection>
  );
}
