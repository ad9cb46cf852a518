import type { Moment } from '@mend/core';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useCreateMoment, useMomentPages } from '../api/use-moments';
import { useSkills } from '../api/use-skills';
import { MomentRow } from '../components/moment-row';
import { ScreenHeading } from '../components/screen-heading';
import { dayHeading, groupByDay } from '../lib/group-by-day';
import { momentToCreateBody } from '../lib/moment-values';
import type { HistoryState } from './history-state';

/** Every logged moment, by day, newest first. */
export function HistoryScreen() {
  const location = useLocation();
  const navigate = useNavigate();
  const [handed] = useState(() => (location.state ?? {}) as HistoryState);
  const [deleted, setDeleted] = useState<Moment | undefined>(handed.deleted);
  const [message, setMessage] = useState(handed.deleted ? 'Moment deleted.' : handed.saved ? 'Moment saved.' : '');
  const pages = useMomentPages();
  const skills = useSkills();
  const recreate = useCreateMoment();

  // Keep the message out of browser history, so a reload does not show it again.
  useEffect(() => {
    if (location.state) navigate('.', { replace: true, state: null });
  }, [location.state, navigate]);

  const moments = useMemo(() => pages.data?.pages.flatMap((page) => page.moments) ?? [], [pages.data]);
  const groups = useMemo(() => groupByDay(moments), [moments]);
  const names = useMemo(() => new Map((skills.data ?? []).map((skill) => [skill.id, skill.name])), [skills.data]);
  const skillName = (id: string) => names.get(id) ?? id;
  const now = new Date();

  const undo = () => {
    if (!deleted) return;
    recreate.mutate(momentToCreateBody(deleted), {
      onSuccess: () => {
        setDeleted(undefined);
        setMessage('Moment restored.');
      },
      onError: (error) => setMessage(`That didn’t work: ${error.message}`),
    });
  };

  return (
    <section className="screen">
      <ScreenHeading>History</ScreenHeading>
      <div role="status" className="status-line">
        {message && <span>{message}</span>}
        {deleted && (
          <> <button type="button" className="button-secondary" onClick={undo} disabled={recreate.isPending}>Undo</button></>
        )}
      </div>
      <p><Link to="/log">Log a moment</Link></p>

      {pages.isPending && <p>Loading your moments…</p>}
      {pages.isError && <p role="alert">{pages.error.message}</p>}
      {pages.isSuccess && moments.length === 0 && (
        <div className="empty-state">
          <p>Nothing here yet, and that’s fine.</p>
          <p>When a moment is hard, you can note it in a few taps and it will show up here. There’s no right amount.</p>
        </div>
      )}

      {groups.map((group) => (
        <section key={group.day} className="day-group" aria-labelledby={`day-${group.day}`}>
          <h2 id={`day-${group.day}`}>{dayHeading(group.day, now)}</h2>
          <ul className="moment-list">
            {group.items.map((moment) => <MomentRow key={moment.id} moment={moment} skillName={skillName} />)}
          </ul>
        </section>
      ))}

      {pages.hasNextPage && (
        <p>
          <button type="button" className="button-secondary" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
            {pages.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </p>
      )}
    </section>
  );
}
