import { CATALOGUE, HEALING_AREAS, MAX_SUGGESTION_MESSAGE } from '@mend/core';
import { useId, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client';
import { useSuggestToPerson } from '../../api/use-therapist';
import { describedBy, FieldError } from '../field-error';

/** Skills worth suggesting: coping and healing, never a maladaptive pattern. */
const SUGGESTABLE = [...CATALOGUE].filter((skill) => skill.kind !== 'maladaptive').sort((a, b) => a.name.localeCompare(b.name));

type Problems = { targetId?: string; message?: string; general?: string };

/** Suggest a skill from the catalogue or a healing-path area, with an optional message; the person accepts or says not now. */
export function SuggestForm({ personId, personName }: { personId: string; personName: string }) {
  const id = useId();
  const suggest = useSuggestToPerson(personId);
  const [kind, setKind] = useState<'skill' | 'area'>('skill');
  const [skillId, setSkillId] = useState('');
  const [areaId, setAreaId] = useState('');
  const [message, setMessage] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [sent, setSent] = useState('');
  const targetId = kind === 'skill' ? skillId : areaId;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent('');
    const local: Problems = {};
    if (!targetId) local.targetId = kind === 'skill' ? 'Choose a skill.' : 'Choose an area.';
    if (message.length > MAX_SUGGESTION_MESSAGE) local.message = `Keep the message to ${MAX_SUGGESTION_MESSAGE} characters.`;
    if (local.targetId || local.message) return setProblems(local);
    setProblems({});
    suggest.mutate({ kind, targetId, message: message.trim() || null }, {
      onSuccess: () => {
        setSent(`Sent. ${personName} can accept it or say not now, whenever suits them.`);
        setSkillId('');
        setAreaId('');
        setMessage('');
      },
      onError: (error) => {
        const fields = isApiError(error) ? error.fields : {};
        if (fields.targetId || fields.message) return setProblems({ targetId: fields.targetId, message: fields.message });
        setProblems({ general: error.message });
      },
    });
  };

  return (
    <form className="suggest-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Suggest something</h2>
      <fieldset>
        <legend>What to suggest</legend>
        <div className="choice-list">
          <label className="choice"><input type="radio" name={`${id}-kind`} checked={kind === 'skill'} onChange={() => setKind('skill')} /><span>A skill to practise</span></label>
          <label className="choice"><input type="radio" name={`${id}-kind`} checked={kind === 'area'} onChange={() => setKind('area')} /><span>An area for their healing path</span></label>
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-target`}>{kind === 'skill' ? 'Skill' : 'Healing area'}</label>
        <select id={`${id}-target`} value={targetId} onChange={(event) => (kind === 'skill' ? setSkillId : setAreaId)(event.target.value)}
          aria-invalid={problems.targetId ? true : undefined} aria-describedby={describedBy(problems.targetId && `${id}-target-error`)}>
          <option value="">Choose…</option>
          {kind === 'skill'
            ? SUGGESTABLE.map((skill) => <option key={skill.id} value={skill.id}>{skill.name}</option>)
            : HEALING_AREAS.map((area) => <option key={area.id} value={area.id}>{area.name}</option>)}
        </select>
        <FieldError id={`${id}-target-error`} message={problems.targetId} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-message`}>Message (optional)</label>
        <p className="hint" id={`${id}-message-hint`}>A few words on why, up to {MAX_SUGGESTION_MESSAGE} characters ({MAX_SUGGESTION_MESSAGE - message.length} left).</p>
        <textarea id={`${id}-message`} value={message} maxLength={MAX_SUGGESTION_MESSAGE} onChange={(event) => setMessage(event.target.value)}
          aria-invalid={problems.message ? true : undefined} aria-describedby={describedBy(`${id}-message-hint`, problems.message && `${id}-message-error`)} />
        <FieldError id={`${id}-message-error`} message={problems.message} />
      </div>
      <div className="form-alert" role="alert">{problems.general}</div>
      <p role="status">{sent}</p>
      <button type="submit" className="button-primary" disabled={suggest.isPending}>Send suggestion</button>
    </form>
  );
}
