import type { FollowUp } from '@mend/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../api/client';
import { useQuickSkills } from '../api/use-quick-skills';
import { useTags } from '../api/use-tags';
import { draftToFollowUp, emptyFollowUpDraft, followUpAtPath, followUpProblem, withFollowUp } from '../lib/follow-ups';
import { fieldOf, localProblems, MOMENT_FIELDS, type MomentField, type MomentValues } from '../lib/moment-values';
import { ArousalPicker } from './arousal-picker';
import { DistressPicker } from './distress-picker';
import { EmotionPicker } from './emotion-picker';
import { describedBy, FieldError } from './field-error';
import { focusField } from './focus-field';
import { FollowUpsField } from './follow-ups-field';
import { SkillPicker } from './skill-picker';
import { TagPicker } from './tag-picker';

type Problems = Partial<Record<MomentField, string>>;

interface MomentFormProps {
  initial: MomentValues;
  submitLabel: string;
  /** Offer later check-ins: they belong to editing a moment, not to logging it. */
  withFollowUps?: boolean;
  onSubmit: (values: MomentValues) => Promise<void>;
}

/** The full log: every field of a moment, nothing required but how hard it was. */
export function MomentForm({ initial, submitLabel, withFollowUps = false, onSubmit }: MomentFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Problems>({});
  const [generalProblem, setGeneralProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [followUpDraft, setFollowUpDraft] = useState(() => emptyFollowUpDraft(new Date()));
  /** The check-in a server problem is about, so focus and the mark land on it. */
  const [flaggedFollowUp, setFlaggedFollowUp] = useState<FollowUp | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const { skills, quickIds, loadProblem } = useQuickSkills();
  const tags = useTags();

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = MOMENT_FIELDS.find((field) => problems[field]);
    if (!first || !focusField(formRef.current, first)) formRef.current?.querySelector<HTMLElement>('.form-alert')?.focus();
    // Runs once per submit attempt, after the new problems are on screen.
  }, [focusRequest]);

  const set = <F extends MomentField>(field: F) => (value: MomentValues[F]) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const toSave = withChosenFollowUp();
    const local = localProblems(toSave);
    if (withFollowUps && followUpDraft.distress !== null && toSave === values) local.followUps = 'Enter a date and time for the new check-in.';
    if (Object.keys(local).length) return showProblems(local, null);
    setPending(true);
    try {
      await onSubmit(toSave);
      setProblems({});
      setFlaggedFollowUp(null);
      setGeneralProblem(null);
    } catch (error) {
      const mapped: Problems = {};
      let flagged: FollowUp | null = null;
      const fields = isApiError(error) ? error.fields : {};
      for (const [path, message] of Object.entries(fields)) {
        const field = fieldOf(path);
        if (field !== 'followUps') {
          if (field) mapped[field] ??= message;
        } else if (!mapped.followUps) {
          mapped.followUps = followUpProblem(path, message, toSave.followUps);
          flagged = followUpAtPath(path, toSave.followUps) ?? null;
        }
      }
      const message = error instanceof Error ? error.message : 'That didn’t save. Please try again.';
      showProblems(mapped, Object.keys(mapped).length ? 'Some answers need another look.' : message, flagged);
    } finally {
      setPending(false);
    }
  };

  /** A level chosen under "Add a check-in" but not added yet still counts: nothing chosen is lost on save. */
  function withChosenFollowUp(): MomentValues {
    const chosen = withFollowUps ? draftToFollowUp(followUpDraft) : null;
    if (!chosen) return values;
    const next = { ...values, followUps: withFollowUp(values.followUps, chosen) };
    setValues(next);
    setFollowUpDraft(emptyFollowUpDraft(new Date()));
    return next;
  }

  function showProblems(found: Problems, general: string | null, flagged: FollowUp | null = null) {
    setProblems(found);
    setFlaggedFollowUp(flagged);
    setGeneralProblem(general ?? 'Some answers need another look.');
    setFocusRequest((count) => count + 1);
  }

  const textError = (field: MomentField) => problems[field] && `${field}-error`;

  return (
    <form ref={formRef} className="moment-form" onSubmit={submit} noValidate>
      <div className="form-alert" role="alert" tabIndex={-1}>{generalProblem}</div>

      <div className="field">
        <label htmlFor="occurredAt">When</label>
        <input
          id="occurredAt" data-field="occurredAt" type="datetime-local" value={values.occurredAt}
          onChange={(event) => set('occurredAt')(event.target.value)}
          aria-invalid={problems.occurredAt ? true : undefined} aria-describedby={describedBy(textError('occurredAt'))}
        />
        <FieldError id="occurredAt-error" message={problems.occurredAt} />
      </div>

      <DistressPicker name="distressBefore" legend="How hard was it?" value={values.distressBefore} onChange={set('distressBefore')} error={problems.distressBefore} />
      <ArousalPicker value={values.arousal} onChange={set('arousal')} error={problems.arousal} />
      <EmotionPicker selected={values.emotions} onChange={set('emotions')} error={problems.emotions} />

      <div className="field">
        <label htmlFor="trigger">What set it off?</label>
        <input
          id="trigger" data-field="trigger" type="text" value={values.trigger} onChange={(event) => set('trigger')(event.target.value)}
          aria-invalid={problems.trigger ? true : undefined} aria-describedby={describedBy(textError('trigger'))}
        />
        <FieldError id="trigger-error" message={problems.trigger} />
      </div>
      <TagPicker
        field="triggerTags" legend="Trigger tags" hint="Short tags help you spot patterns later." inputLabel="New trigger tag" addLabel="Add trigger tag"
        suggestions={tags.data?.triggerTags.map((entry) => entry.tag) ?? []} selected={values.triggerTags} onChange={set('triggerTags')} error={problems.triggerTags}
      />
      <TagPicker
        field="contextTags" legend="Where, and with whom" inputLabel="New place or person tag" addLabel="Add place or person tag"
        suggestions={tags.data?.contextTags.map((entry) => entry.tag) ?? []} selected={values.contextTags} onChange={set('contextTags')} error={problems.contextTags}
      />

      <SkillPicker legend="What did you do?" skills={skills} quickIds={quickIds} selected={values.skillIds} onChange={set('skillIds')} loadProblem={loadProblem} error={problems.skillIds} />
      <DistressPicker name="distressAfter" legend="How hard was it afterwards?" value={values.distressAfter} onChange={set('distressAfter')} allowNotYet error={problems.distressAfter} />
      {withFollowUps && (
        <FollowUpsField
          followUps={values.followUps} onChange={set('followUps')} draft={followUpDraft} onDraftChange={setFollowUpDraft}
          error={problems.followUps} flagged={flaggedFollowUp}
        />
      )}

      <div className="field">
        <label htmlFor="note">Note</label>
        <textarea
          id="note" data-field="note" rows={4} value={values.note} onChange={(event) => set('note')(event.target.value)}
          aria-invalid={problems.note ? true : undefined} aria-describedby={describedBy(textError('note'))}
        />
        <FieldError id="note-error" message={problems.note} />
      </div>

      <div className="field">
        <label className="choice">
          <input
            type="checkbox" data-field="satWithFeeling" checked={values.satWithFeeling} onChange={(event) => set('satWithFeeling')(event.target.checked)}
            aria-describedby={describedBy(textError('satWithFeeling'))}
          />
          <span>I stayed with the feeling instead of avoiding it</span>
        </label>
        <FieldError id="satWithFeeling-error" message={problems.satWithFeeling} />
      </div>

      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>{submitLabel}</button>
      </div>
    </form>
  );
}
