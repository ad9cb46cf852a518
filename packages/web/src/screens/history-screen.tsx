import type { Moment } from '@mend/core';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useLogMoment } from '../api/use-log-moment';
import { useMomentPages } from '../api/use-moments';
import { useMe } from '../api/use-session';
import { useSkills } from '../api/use-skills';
import { MomentRow } from '../components/moment-row';
import { ScreenHeading } from '../components/screen-heading';
import { WaitingMoments } from '../components/waiting-moments';
import { dayHeading, groupByDay } from '../lib/group-by-day';
import { momentToCreateBody } from '../lib/moment-values';
import { isServerAway } from '../offline/reachability';
import { useOutboxEntries } from '../offline/use-outbox';
import { savedMessage, type HistoryState } from './history-state';

/** Every logged moment, by day, newest first. */
export function HistoryScreen() {
  const location = useLocation();
  const navigate = useNavigate();
  const [handed] = useState(() => (location.state ?? {}) as HistoryState);
  const [deleted, setDeleted] = useState<Moment | undefined>(handed.deleted);
  const [message, setMessage] = useState(handed.deleted ? 'Moment deleted.' : savedMessage(handed));
  const pages = useMomentPages();
  const skills = useSkills();
  const recreate = useLogMoment();
  const waiting = useOutboxEntries(useMe().data?.id);

  // Keep the message out of browser history, so a reload does not show it again.
  useEffect(() => {
    if (location.state) navigate('.', { replace: true, state: null });
  }, [location.state, navigate]);

  const moments = useMemo(() => pages.data?.pages.flatMap((page) => page.moments) ?? [], [pages.data]);
  const groups = useMemo(() => groupByDay(moments), [moments]);
  // A moment the server has (its answer lost on the way back) is listed once, from the server.
  const onlyHere = useMemo(() => {
    const stored = new Set(moments.map((moment) => moment.id));
    return (waiting ?? []).filter((entry) => !stored.has(entry.id));
  }, [moments, waiting]);
  const names = useMemo(() => new Map((skills.data ?? []).map((skill) => [skill.id, skill.name])), [skills.data]);
  const skillName = (id: string) => names.get(id) ?? id;
  // Offline the list waits for a connection; with the server down it gave up. Either way: calm words.
  const serverAway = !pages.data && ((pages.isPending && pages.fetchStatus === 'paused') || (pages.isError && isServerAway(pages.error)));
  const now = new Date();

  const undo = () => {
    if (!deleted) return;
    recreate.mutate(momentToCreateBody(deleted), {
      onSuccess: (result) => {
        setDeleted(undefined);
        setMessage(result.delivered ? 'Moment restored.' : 'Moment restored on this device. Mend will send it back to the server as soon as it can.');
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

      <WaitingMoments entries={onlyHere} skillName={skillName} />

      {serverAway && <p>Your earlier moments will show here once Mend can reach its server.</p>}
      {pages.isPending && !serverAway && <p>Loading your moments…</p>}
      {pages.isError && !serverAway && <p role="alert">{pages.error.message}</p>}
      {pages.isSuccess && moments.length === 0 && onlyHere.length === 0 && (
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
