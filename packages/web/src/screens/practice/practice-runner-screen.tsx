import { exerciseById } from '@mend/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { ExerciseRunner } from '../../components/practice/exercise-runner';
import { ScreenHeading } from '../../components/screen-heading';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `/practice/:exerciseId`, with `?path=<areaId>` when it is a step on the healing path. */
export function PracticeRunnerScreen() {
  const { exerciseId = '' } = useParams();
  const [params] = useSearchParams();
  const exercise = exerciseById(exerciseId);
  const path = params.get('path');
  const pathAreaId = path && SLUG.test(path) ? path : null;

  if (!exercise) {
    return (
      <section className="screen">
        <ScreenHeading>Exercise not found</ScreenHeading>
        <p>Mend has no guided exercise at this address.</p>
        <p><Link to="/practice">See all guided exercises</Link></p>
      </section>
    );
  }
  return (
    <section className="screen">
      {/* A new exercise is a new run: nothing carries over from the one before (a step back opens another). */}
      <ExerciseRunner key={exercise.id} exercise={exercise} pathAreaId={pathAreaId} />
    </section>
  );
}
