import { SKILL_FAMILIES, SKILL_KINDS, type SkillFamily, type SkillKind } from '@mend/core';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSkills } from '../api/use-skills';
import { KindRadios } from '../components/kind-radios';
import { ScreenHeading } from '../components/screen-heading';
import { familyLabel, KIND_LABELS } from '../lib/labels';

const isKind = (value: string | null): value is SkillKind => SKILL_KINDS.includes(value as SkillKind);
const isFamily = (value: string | null): value is SkillFamily => SKILL_FAMILIES.includes(value as SkillFamily);

/** All of the person's skills, filterable; filters live in the address so Back keeps them. */
export function ToolkitScreen() {
  const skills = useSkills();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const familyParam = params.get('family');
  const kind = isKind(kindParam) ? kindParam : 'all';
  const family = isFamily(familyParam) ? familyParam : 'all';
  const search = params.get('q') ?? '';

  const setParam = (key: string, value: string) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value && value !== 'all') next.set(key, value);
      else next.delete(key);
      return next;
    }, { replace: true });
  };

  const families = useMemo(() => {
    const present = new Set((skills.data ?? []).map((skill) => skill.family));
    return SKILL_FAMILIES.filter((each) => present.has(each));
  }, [skills.data]);

  const awaiting = (skills.data ?? []).filter((skill) => skill.awaitingClassification);
  const needle = search.trim().toLocaleLowerCase();
  const shown = (skills.data ?? []).filter((skill) =>
    (kind === 'all' || skill.kind === kind)
    && (family === 'all' || skill.family === family)
    && (!needle || `${skill.name} ${skill.summary}`.toLocaleLowerCase().includes(needle)));

  return (
    <section className="screen">
      <ScreenHeading>Toolkit</ScreenHeading>
      <p className="lead">
        What you do to get through, and what helps you heal. Each kind has its place; the ones that cost you later
        were once the best tool you had.
      </p>
      <p><Link className="button-secondary" to="/toolkit/new">Add my own skill</Link></p>

      {awaiting.length > 0 && (
        <section aria-labelledby="awaiting-heading" className="awaiting-classification">
          <h2 id="awaiting-heading">From your Daylio import: say what each one is for you</h2>
          <p>Until you do, each counts as coping. Only you know whether it soothes, distracts, or helps you heal.</p>
          <ul>
            {awaiting.map((skill) => <li key={skill.id}><Link to={`/toolkit/${skill.id}`}>{skill.name}</Link></li>)}
          </ul>
        </section>
      )}

      <div className="filters" role="search" aria-label="Filter skills">
        <KindRadios name="kind" legend="Kind" includeAll value={kind} onChange={(value) => setParam('kind', value)} />
        <div className="field">
          <label htmlFor="family-filter">Family</label>
          <select id="family-filter" value={family} onChange={(event) => setParam('family', event.target.value)}>
            <option value="all">All families</option>
            {families.map((each) => <option key={each} value={each}>{familyLabel(each)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="skill-search">Search skills</label>
          <input id="skill-search" type="search" value={search} onChange={(event) => setParam('q', event.target.value)} autoComplete="off" />
        </div>
      </div>

      {skills.isPending && <p>Loading your skills…</p>}
      {/* With the server away, the copy remembered on this device still shows: no alarm over it. */}
      {skills.isError && !skills.data && <p role="alert">{skills.error.message}</p>}
      <p role="status" className="status-line">
        {skills.isSuccess && (shown.length === 1 ? '1 skill' : `${shown.length} skills`)}
      </p>
      <ul className="skill-list">
        {shown.map((skill) => (
          <li key={skill.id} className="skill-card">
            <Link to={`/toolkit/${skill.id}`} className="skill-name">{skill.name}</Link>
            <p className="skill-meta">{KIND_LABELS[skill.kind].name} · {familyLabel(skill.family)}{skill.source === 'custom' ? ' · my own' : ''}</p>
            {skill.summary && <p>{skill.summary}</p>}
          </li>
        ))}
      </ul>
      {skills.isSuccess && shown.length === 0 && <p>No skill matches these filters.</p>}
    </section>
  );
}
