import type { CalmingChoice } from '@mend/core';
import { useState } from 'react';
import { toggled } from '../toggle-button';

const FIRST_SHOWN = 8;

interface CalmingSkillsFieldProps {
  choices: CalmingChoice[];
  selected: string[];
  onChange: (ids: string[]) => void;
}

/** Coping skills to pick, those that soothe this person first; picked ones always stay in view. */
export function CalmingSkillsField({ choices, selected, onChange }: CalmingSkillsFieldProps) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? choices : choices.filter((choice, index) => index < FIRST_SHOWN || selected.includes(choice.skill.id));
  return (
    <fieldset data-field="calmingSkillIds" aria-describedby="calming-skills-hint">
      <legend>Coping skills from my toolkit</legend>
      <p className="hint" id="calming-skills-hint">
        {choices.some((choice) => choice.soothes) ? 'The ones your own check-ins say soothe you come first.' : 'Pick any that have helped you calm down before.'}
      </p>
      <div className="choice-list">
        {shown.map(({ skill, soothes }) => (
          <label key={skill.id} className="choice">
            <input type="checkbox" checked={selected.includes(skill.id)} onChange={() => onChange(toggled(selected, skill.id))} />
            <span>{skill.name}{soothes && <span className="legend-note"> · soothes you</span>}</span>
          </label>
        ))}
      </div>
      {choices.length > shown.length && (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>Show all {choices.length} coping skills</button>
      )}
    </fieldset>
  );
}
