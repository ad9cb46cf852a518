import { healingArea, type AlongsideLogEntrySummary, type QuestionnaireDetail, type SkillView } from '@mend/core';
import { Fragment } from 'react';
import { Link } from 'react-router';

/** At most this many skills offered to try beside a score. */
const HELP_SKILLS = 3;

interface AlongsideLogSectionProps {
  entries: readonly AlongsideLogEntrySummary[];
  questionnaire: QuestionnaireDetail;
  skills: readonly SkillView[];
  name: (skillId: string) => string;
}

function SkillLinks({ ids, name }: { ids: readonly string[]; name: (skillId: string) => string }) {
  return ids.map((id, index) => (
    <Fragment key={id}>
      {index > 0 && ', '}
      <Link to={`/toolkit/${encodeURIComponent(id)}`}>{name(id)}</Link>
    </Fragment>
  ));
}

/** A few skills of the families that tend to help beside this scale, not already among the most used. */
function helpSkillIds(helpFamilies: readonly string[], skills: readonly SkillView[], exclude: readonly string[]): string[] {
  return skills
    .filter((skill) => helpFamilies.includes(skill.family) && skill.kind !== 'maladaptive' && !skill.awaitingClassification && !exclude.includes(skill.id))
    .slice(0, HELP_SKILLS)
    .map((skill) => skill.id);
}

/** The newest scores set beside the 30 days of log before them: curious, never a verdict. */
export function AlongsideLogSection({ entries, questionnaire, skills, name }: AlongsideLogSectionProps) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="alongside-heading">
      <h2 id="alongside-heading">Alongside your log</h2>
      <p>Your scores beside the moments you logged in the 30 days before each check. A check and a log can notice different things.</p>
      <ul className="alongside-list">
        {entries.map((entry) => {
          const scale = questionnaire.scales.find((each) => each.id === entry.scaleId);
          // A low score asks for nothing new: only the log's own skills are named then.
          const helps = scale && entry.rating !== 'low' ? helpSkillIds(scale.helpFamilies, skills, entry.topSkillIds) : [];
          const areas = scale && entry.rating !== 'low' ? scale.areaIds.flatMap((id) => healingArea(id) ?? []) : [];
          return (
            <li key={entry.scaleId} className="alongside-entry">
              <h3>{scale?.title ?? entry.scaleId}</h3>
              <p>{entry.sentence}</p>
              {entry.topSkillIds.length > 0 && <p>Used most: <SkillLinks ids={entry.topSkillIds} name={name} />.</p>}
              {helps.length > 0 && <p>Something to try alongside: <SkillLinks ids={helps} name={name} />.</p>}
              {areas.length > 0 && (
                <p>
                  On the healing path: {areas.map((area, index) => (
                    <Fragment key={area.id}>{index > 0 && ', '}<Link to="/path">{area.name}</Link></Fragment>
                  ))}.
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
