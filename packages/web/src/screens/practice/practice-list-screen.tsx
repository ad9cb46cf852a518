import { EXERCISES } from '@mend/core';
import { ExerciseCard } from '../../components/practice/exercise-card';
import { RecentPractices } from '../../components/practice/recent-practices';
import { ScreenHeading } from '../../components/screen-heading';
import '../../components/practice/practice.css';

const GROUPS = [
  { kind: 'coping', title: 'Steady yourself', lead: 'Short exercises for getting through a hard moment.' },
  { kind: 'healing', title: 'Go a little deeper', lead: 'Gentle work at the source, for when you feel steady enough. You can step back into coping at any point.' },
] as const;

/** Every guided exercise, coping first, and the person's recent practices. */
export function PracticeListScreen() {
  return (
    <section className="screen">
      <ScreenHeading>Practice</ScreenHeading>
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
      <h2>Your recent practice</h2>
      <RecentPractices />
    </section>
  );
}
