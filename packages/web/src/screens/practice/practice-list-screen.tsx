import { EXERCISES } from '@mend/core';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ExerciseCard } from '../../components/practice/exercise-card';
import { RecentPractices } from '../../components/practice/recent-practices';
import { ScreenHeading } from '../../components/screen-heading';
import '../../components/practice/practice.css';
import type { PracticeListState } from './practice-list-state';

const GROUPS = [
  { kind: 'coping', title: 'Steady yourself', lead: 'Short exercises for getting through a hard moment.' },
  { kind: 'healing', title: 'Go a little deeper', lead: 'Gentle work at the source, for when you feel steady enough. You can step back into coping at any point.' },
] as const;

/** Every guided exercise, coping first, and the person's recent practices. */
export function PracticeListScreen() {
  const location = useLocation();
  const navigate = useNavigate();
  const [handed] = useState(() => (location.state ?? {}) as PracticeListState);

  // Keep the message out of browser history, so a reload does not show it again.
  useEffect(() => {
    if (location.state) navigate('.', { replace: true, state: null });
  }, [location.state, navigate]);

  return (
    <section className="screen">
      <ScreenHeading>Practice</ScreenHeading>
      <p role="status" className="status-line">{handed.deleted ? 'Deleted.' : ''}</p>
      <p className="lead">Guided exercises, one step at a time. Go at your own pace; stopping part-way is fine.</p>
      {GROUPS.map((group) => {
        const exercises = EXERCISES.filter((exercise) => exercise.kind === group.kind);
        return (
          <div key={group.kind} className="exercise-group">
            <h2>{group.title}</h2>
            <p>{group.lead}</p>
            {exercises.length > 0
              ? <ul className="exercise-list">{exercises.map((exercise) => <ExerciseCard key={exercise.id} exercise={exercise} />)}</ul>
              : <p className="empty-state">No exercises here yet.</p>}
          </div>
        );
      })}
      <section aria-labelledby="recent-practice-heading">
        <h2 id="recent-practice-heading">Your recent practice</h2>
        <RecentPractices />
      </section>
    </section>
  );
}
