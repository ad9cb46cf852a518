import { exerciseForSkill } from '@mend/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSkills } from '../api/use-skills';
import { ClassificationForm } from '../components/classification-form';
import { RecordPracticeForm } from '../components/practice/record-practice-form';
import { ScreenHeading } from '../components/screen-heading';
import { familyLabel, KIND_LABELS } from '../lib/labels';

/** One skill: what it is, when it fits, what it does and doesn't, and how to do it. */
export function SkillScreen() {
  const { id } = useParams();
  const skills = useSkills();
  const skill = skills.data?.find((each) => each.id === id);
  const exercise = skill ? exerciseForSkill(skill.id) : undefined;
  // Opened as a step on the healing path: a practice recorded here counts as that step.
  const pathAreaId = useSearchParams()[0].get('path');
  const onPath = pathAreaId ? `?path=${encodeURIComponent(pathAreaId)}` : '';

  return (
    <section className="screen">
      <ScreenHeading title={skill?.name ?? 'Skill'}>{skill?.name ?? 'Skill'}</ScreenHeading>
      {skills.isPending && <p>Loading…</p>}
      {/* With the server away, the copy remembered on this device still shows: no alarm over it. */}
      {skills.isError && !skills.data && <p role="alert">{skills.error.message}</p>}
      {skills.isSuccess && !skill && <p>This skill isn’t in your toolkit.</p>}
      {skill && (
        <>
          <p className="skill-meta">
            {KIND_LABELS[skill.kind].name} · {familyLabel(skill.family)}{skill.source === 'custom' ? ' · my own' : ''}
          </p>
          {skill.pointsToCrisisHelp && (
            <div className="crisis-callout">
              <p>If you are having urges to hurt yourself, you deserve support right now, from a person.</p>
              <p><Link className="button-primary" to="/help">Call or text someone now</Link></p>
            </div>
          )}
          {skill.summary && <p className="lead">{skill.summary}</p>}
          {skill.withTherapist && (
            <p className="therapist-note">This is deep work. It is best done with a therapist’s support.</p>
          )}
          {pathAreaId && skill.kind !== 'maladaptive' && (
            <p className="hint">A step on your healing path. When you’ve practised it, record it under “I practised this” below.</p>
          )}
          {exercise && (
            <p><Link className="button-primary" to={`/practice/${exercise.id}${onPath}`}>Start the guided exercise</Link></p>
          )}
          <SkillSection title="When it fits" text={skill.whenItFits} />
          <SkillSection title="What it does" text={skill.whatItDoes} />
          <SkillSection title="What it doesn’t do" text={skill.whatItDoesNot} />
          {skill.steps.length > 0 && (
            <>
              <h2>Steps</h2>
              <ol className="steps">{skill.steps.map((step, index) => <li key={index}>{step}</li>)}</ol>
            </>
          )}
          {/* Coping and healing skills are practised; maladaptive coping is noticed in the log instead. */}
          {skill.kind !== 'maladaptive' && <RecordPracticeForm key={skill.id} skillId={skill.id} pathAreaId={pathAreaId} />}
          <ClassificationForm key={skill.id} skill={skill} />
        </>
      )}
      <p><Link to="/toolkit">All skills</Link></p>
    </section>
  );
}

function SkillSection({ title, text }: { title: string; text: string }) {
  if (!text) return null;
  return (
    <>
      <h2>{title}</h2>
      <p>{text}</p>
    </>
  );
}
