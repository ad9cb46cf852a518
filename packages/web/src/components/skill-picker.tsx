import { useId, useState } from 'react';
import { describedBy, FieldError } from './field-error';
import { toggled, ToggleButton } from './toggle-button';

export interface PickableSkill {
  id: string;
  name: string;
}

interface SkillPickerProps {
  legend: string;
  skills: readonly PickableSkill[] | undefined;
  /** Shown before any search: the person's usual skills. */
  quickIds: readonly string[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  loadProblem?: boolean;
  error?: string | undefined;
}

const MAX_RESULTS = 12;

/** Usual skills as toggles, and a search for the rest. Chosen skills always stay in view. */
export function SkillPicker({ legend, skills, quickIds, selected, onChange, loadProblem, error }: SkillPickerProps) {
  const id = useId();
  const [search, setSearch] = useState('');
  const byId = new Map((skills ?? []).map((skill) => [skill.id, skill]));
  const shownIds = [...new Set([...quickIds, ...selected])];
  const needle = search.trim().toLocaleLowerCase();
  const results = needle
    ? (skills ?? []).filter((skill) => !shownIds.includes(skill.id) && skill.name.toLocaleLowerCase().includes(needle))
    : [];
  const toggle = (skillId: string) => onChange(toggled(selected, skillId));
  const errorId = `${id}-error`;

  return (
    <fieldset className="skill-picker" data-field="skillIds" aria-describedby={describedBy(error && errorId)}>
      <legend>{legend}</legend>
      <FieldError id={errorId} message={error} />
      {!skills && !loadProblem && <p className="hint">Loading your skills…</p>}
      {loadProblem && <p className="hint">Your skills didn’t load. You can still save without them.</p>}
      {shownIds.length > 0 && (
        <div className="toggle-list">
          {shownIds.map((skillId) => (
            <ToggleButton key={skillId} pressed={selected.includes(skillId)} onToggle={() => toggle(skillId)}>
              {byId.get(skillId)?.name ?? skillId}
            </ToggleButton>
          ))}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-search`}>Find a skill</label>
        <input id={`${id}-search`} type="search" value={search} onChange={(event) => setSearch(event.target.value)} autoComplete="off" />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {needle ? `${results.length} ${results.length === 1 ? 'skill' : 'skills'} found` : ''}
      </p>
      {results.length > 0 && (
        <div className="toggle-list">
          {results.slice(0, MAX_RESULTS).map((skill) => (
            <ToggleButton key={skill.id} pressed={selected.includes(skill.id)} onToggle={() => toggle(skill.id)}>
              {skill.name}
            </ToggleButton>
          ))}
        </div>
      )}
      {needle && results.length === 0 && <p className="hint">No other skill matches “{search.trim()}”.</p>}
    </fieldset>
  );
}
