import type { SkillFamily, SkillKind, SkillView } from '@mend/core';
import { useState, type FormEvent } from 'react';
import { useClassifySkill, useResetClassification } from '../api/use-skills';
import { familyLabel, KIND_LABELS } from '../lib/labels';
import { FamilySelect } from './family-select';
import { KindRadios } from './kind-radios';

/** "For me, this is…": the person's own view of a skill, which Mend then uses everywhere. */
export function ClassificationForm({ skill }: { skill: SkillView }) {
  const [kind, setKind] = useState<SkillKind>(skill.kind);
  const [family, setFamily] = useState<SkillFamily>(skill.family);
  const [message, setMessage] = useState('');
  const classify = useClassifySkill(skill.id);
  const reset = useResetClassification(skill.id);
  const describe = (view: SkillView) => `${KIND_LABELS[view.kind].name} · ${familyLabel(view.family)}`;

  const save = (event: FormEvent) => {
    event.preventDefault();
    classify.mutate({ kind, family }, {
      onSuccess: (view) => setMessage(`Saved. For you, this is ${describe(view)}.`),
      onError: (error) => setMessage(`That didn’t save: ${error.message}`),
    });
  };
  const goBack = () => {
    reset.mutate(undefined, {
      onSuccess: (view) => {
        setKind(view.kind);
        setFamily(view.family);
        setMessage(`Back to the catalogue’s view: ${describe(view)}.`);
      },
      onError: (error) => setMessage(`That didn’t work: ${error.message}`),
    });
  };

  return (
    <form className="classification-form" onSubmit={save}>
      <fieldset>
        <legend>This is how I see it</legend>
        <p className="hint">The same thing can soothe one person and cost another. Your view is the one Mend uses for you.</p>
        <KindRadios name="classification-kind" legend="Kind" value={kind} onChange={(value) => value !== 'all' && setKind(value)} />
        <FamilySelect id="classification-family" value={family} onChange={setFamily} />
        {skill.catalogueKind && skill.catalogueFamily && (
          <p className="hint">
            Mend’s catalogue calls it {KIND_LABELS[skill.catalogueKind].name} · {familyLabel(skill.catalogueFamily)}.
          </p>
        )}
        <div className="inline-row">
          <button type="submit" className="button-primary" disabled={classify.isPending}>Save how I see it</button>
          {skill.catalogueKind && (
            <button type="button" className="button-secondary" onClick={goBack} disabled={reset.isPending}>Use the catalogue’s view</button>
          )}
        </div>
        <p role="status" className="status-line">{message}</p>
      </fieldset>
    </form>
  );
}
