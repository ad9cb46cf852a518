import { healingArea, type Path } from '@mend/core';
import { Link } from 'react-router';
import { stepHref } from '../../lib/path-draft';
import { opensWhen } from '../../lib/path-words';

interface NextStepCardProps {
  path: Path;
  name: (skillId: string) => string;
  now: Date;
  timeZone: string;
}

/** The one next step, at the person's pace. Never overdue, never a count of what was missed. */
export function NextStepCard({ path, name, now, timeZone }: NextStepCardProps) {
  const next = path.next;
  let body;
  if (path.paused) {
    body = <p>Your path is paused. Everything is kept; resume whenever you like.</p>;
  } else if (path.areas.length === 0 || !next) {
    body = <p>Choose an area below to begin. There is no hurry, and no wrong place to start.</p>;
  } else if (!next.ready) {
    body = (
      <p className="next-step-line">
        You’ve done what you planned this week; the next step opens {next.readyFrom ? opensWhen(next.readyFrom, now, timeZone) : 'soon'}. Rest counts too.
      </p>
    );
  } else {
    const area = healingArea(next.areaId);
    const layer = area?.layers[next.layer];
    const skillName = name(next.skillId);
    body = (
      <>
        <p className="next-step-line">Whenever you’re ready: <strong>{skillName}</strong></p>
        {area && <p className="hint">{area.name}{layer ? ` · ${layer.name}` : ''}</p>}
        <p>
          <Link className="button-primary" to={stepHref(next)}>
            {next.exerciseId ? 'Start' : 'Open'}<span className="visually-hidden"> {skillName}</span>
          </Link>
        </p>
      </>
    );
  }
  return (
    <section className="next-step" aria-labelledby="next-step-heading">
      <h2 id="next-step-heading">Next step</h2>
      {body}
    </section>
  );
}
