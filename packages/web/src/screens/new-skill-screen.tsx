import type { SkillFamily, SkillKind } from '@mend/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../api/client';
import { useCreateSkill } from '../api/use-skills';
import { FamilySelect } from '../components/family-select';
import { describedBy, FieldError } from '../components/field-error';
import { focusField } from '../components/focus-field';
import { KindRadios } from '../components/kind-radios';
import { ScreenHeading } from '../components/screen-heading';

type Field = 'name' | 'kind' | 'family' | 'summary' | 'steps';
const FIELDS: readonly Field[] = ['name', 'kind', 'family', 'summary', 'steps'];

/** A skill of the person's own: a name and a kind are enough. */
export function NewSkillScreen() {
  const navigate = useNavigate();
  const create = useCreateSkill();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SkillKind | null>(null);
  const [family, setFamily] = useState<SkillFamily>('other');
  const [summary, setSummary] = useState('');
  const [steps, setSteps] = useState('');
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    const first = FIELDS.find((field) => problems[field]);
    if (focusRequest && first) focusField(formRef.current, first);
    // Once per attempt, after the problems are on screen.
  }, [focusRequest]);

  const show = (found: Partial<Record<Field, string>>) => {
    setProblems(found);
    setFocusRequest((count) => count + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Partial<Record<Field, string>> = {};
    if (!name.trim()) local.name = 'Give it a name.';
    if (!kind) local.kind = 'Choose the kind that fits best for you.';
    if (Object.keys(local).length || !kind) return show(local);
    const stepList = steps.split('\n').map((step) => step.trim()).filter(Boolean);
    create.mutate(
      { name: name.trim(), kind, family, summary: summary.trim() || undefined, steps: stepList.length ? stepList : undefined },
      {
        onSuccess: (skill) => navigate(`/toolkit/${skill.id}`),
        onError: (error) => {
          const found: Partial<Record<Field, string>> = {};
          for (const [path, message] of Object.entries(isApiError(error) ? error.fields : {})) {
            const field = path.split('.')[0] as Field;
            if (FIELDS.includes(field)) found[field] ??= message;
          }
          show(found);
        },
      },
    );
  };

  const invalid = (field: Field) => (problems[field] ? true : undefined);
  return (
    <section className="screen">
      <ScreenHeading>Add my own skill</ScreenHeading>
      <form ref={formRef} onSubmit={submit} noValidate>
        <div className="form-alert" role="alert">{create.isError ? create.error.message : null}</div>
        <div className="field">
          <label htmlFor="skill-name">Name</label>
          <input id="skill-name" data-field="name" type="text" value={name} onChange={(event) => setName(event.target.value)}
            aria-invalid={invalid('name')} aria-describedby={describedBy(problems.name && 'skill-name-error')} />
          <FieldError id="skill-name-error" message={problems.name} />
        </div>
        <KindRadios name="kind" legend="Kind" value={kind} onChange={(value) => value !== 'all' && setKind(value)} error={problems.kind} />
        <FamilySelect id="skill-family" value={family} onChange={setFamily} error={problems.family} />
        <div className="field">
          <label htmlFor="skill-summary">What it is (optional)</label>
          <textarea id="skill-summary" data-field="summary" rows={2} value={summary} onChange={(event) => setSummary(event.target.value)}
            aria-invalid={invalid('summary')} aria-describedby={describedBy(problems.summary && 'skill-summary-error')} />
          <FieldError id="skill-summary-error" message={problems.summary} />
        </div>
        <div className="field">
          <label htmlFor="skill-steps">Steps (optional)</label>
          <p className="hint" id="skill-steps-hint">One step per line.</p>
          <textarea id="skill-steps" data-field="steps" rows={5} value={steps} onChange={(event) => setSteps(event.target.value)}
            aria-invalid={invalid('steps')} aria-describedby={describedBy('skill-steps-hint', problems.steps && 'skill-steps-error')} />
          <FieldError id="skill-steps-error" message={problems.steps} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={create.isPending}>Add skill</button>
        </div>
      </form>
    </section>
  );
}
