import type { Exercise } from '@mend/core';
import { Link } from 'react-router';

export function ExerciseCard({ exercise }: { exercise: Exercise }) {
  return (
    <li className="exercise-card">
      <Link to={`/practice/${exercise.id}`} className="exercise-name">{exercise.title}</Link>
      <p>{exercise.summary}</p>
      <p className="practice-meta">About {exercise.minutes} {exercise.minutes === 1 ? 'minute' : 'minutes'}</p>
      {exercise.bestWithTherapist && <p className="therapist-note">Best done with a therapist’s support.</p>}
    </li>
  );
}
