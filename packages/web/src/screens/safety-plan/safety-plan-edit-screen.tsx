import { calmingChoices, type SafetyPlan, type SafetyPlanContent } from '@mend/core';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import { useInsights } from '../../api/use-insights';
import { useSafetyPlan, useSaveSafetyPlan } from '../../api/use-safety-plan';
import { useSkills } from '../../api/use-skills';
import { focusField } from '../../components/focus-field';
import { CalmingSkillsField } from '../../components/safety-plan/calming-skills-field';
import { ContactsField } from '../../components/safety-plan/contacts-field';
import { LinesField } from '../../components/safety-plan/lines-field';
import { PhotoField } from '../../components/safety-plan/photo-field';
import { PlanHistory } from '../../components/safety-plan/plan-history';
import { PLAN_PARTS } from '../../components/safety-plan/plan-parts';
import { useShownPlan } from '../../components/safety-plan/use-shown-plan';
import { ScreenHeading } from '../../components/screen-heading';
import { draftFieldOf, draftProblems, fromDraft, toDraft, type DraftField, type SafetyPlanDraft } from '../../lib/safety-plan-draft';

type Problems = Partial<Record<DraftField, string>>;
const part = (key: (typeof PLAN_PARTS)[number]['key']) => PLAN_PARTS.find((entry) => entry.key === key)!;

/** Writing the plan: every part optional, saved as a new version each time. */
export function SafetyPlanEditScreen() {
  const plan = useSafetyPlan();
  if (plan.isPending) return <section className="screen"><p role="status">Opening your plan…</p></section>;
  if (plan.isError) {
    return (
      <section className="screen">
        <ScreenHeading>Edit my safety plan</ScreenHeading>
        <p role="alert">{plan.error.message}</p>
        <p>Your plan on this device still opens: <Link to="/safety-plan">see my safety plan</Link>.</p>
      </section>
    );
  }
  return <PlanEditor plan={plan.data} />;
}

function PlanEditor({ plan }: { plan: SafetyPlan }) {
  const [draft, setDraft] = useState<SafetyPlanDraft>(() => toDraft(plan));
  const [problems, setProblems] = useState<Problems>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState<SafetyPlan | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const save = useSaveSafetyPlan();
  const current = useSafetyPlan();
  const skills = useSkills();
  const insights = useInsights();
  const { skillName } = useShownPlan();
  const choices = useMemo(() => calmingChoices(skills.data ?? [], insights.data?.skillEffects ?? null), [skills.data, insights.data]);
  // The version this draft started from, kept even if a refetch brings a newer one: saving then
  // gets 409 instead of overwriting an edit made on another device.
  const [baseVersion, setBaseVersion] = useState(plan.version);

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = (Object.keys(problems) as DraftField[])[0];
    if (!first || !focusField(formRef.current, first)) formRef.current?.querySelector<HTMLElement>('.form-alert')?.focus();
    // Once per attempt to save, after the problems are on screen.
  }, [focusRequest]);

  const set = <F extends DraftField>(field: F) => (value: SafetyPlanDraft[F]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setSaved(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = draftProblems(draft);
    if (Object.keys(local).length) return showProblems(local, 'Some parts need another look.');
    try {
      const result = await save.mutateAsync({ ...fromDraft(draft), baseVersion });
      setProblems({});
      setAlert(null);
      setSaved(result);
      setBaseVersion(result.version);
      requestAnimationFrame(() => statusRef.current?.focus());
    } catch (error) {
      if (isApiError(error, 409)) {
        setStale(true);
        return showProblems({}, error.message);
      }
      const mapped: Problems = {};
      for (const [path, message] of Object.entries(isApiError(error) ? error.fields : {})) {
        const field = draftFieldOf(path);
        if (field) mapped[field] ??= message;
      }
      showProblems(mapped, Object.keys(mapped).length ? 'Some parts need another look.' : error instanceof Error ? error.message : 'That didn’t save. Please try again.');
    }
  };

  function showProblems(found: Problems, message: string) {
    setProblems(found);
    setAlert(message);
    setFocusRequest((count) => count + 1);
  }

  const startFromNewest = async () => {
    const newest = (await current.refetch()).data;
    if (!newest) return;
    setDraft(toDraft(newest));
    setBaseVersion(newest.version);
    setStale(false);
    setAlert(null);
  };

  const restoreVersion = (version: SafetyPlanContent) => {
    setDraft(toDraft(version));
    setSaved(null);
    formRef.current?.querySelector<HTMLElement>('textarea')?.focus();
  };

  const lines = (field: 'warningSigns' | 'calmingIdeas' | 'distractions' | 'saferSurroundings' | 'reasons', label: string, prompt: string) => (
    <LinesField id={field} label={label} prompt={prompt} value={draft[field]} onChange={set(field)} error={problems[field]} />
  );

  return (
    <section className="screen">
      <ScreenHeading>Edit my safety plan</ScreenHeading>
      <p className="lead">Fill in what you can. Every part is optional, and you can come back to it any time.</p>
      <form ref={formRef} className="plan-form" onSubmit={submit} noValidate>
        <div className="form-alert" role="alert" tabIndex={-1}>
          {alert}
          {stale && (
            <> What you typed here is not saved yet; copy anything you want to keep, then{' '}
              <button type="button" className="link-button" onClick={() => void startFromNewest()}>start again from the newest version</button>.
            </>
          )}
        </div>

        <h2>{part('warningSigns').title}</h2>
        {lines('warningSigns', 'Warning signs', part('warningSigns').prompt)}

        <h2>{part('calming').title}</h2>
        <CalmingSkillsField choices={choices} selected={draft.calmingSkillIds} onChange={set('calmingSkillIds')} />
        {lines('calmingIdeas', 'Other things I can do on my own', 'In your own words: a shower, a song, a walk round the block.')}

        <h2>{part('distractions').title}</h2>
        {lines('distractions', 'People and places', part('distractions').prompt)}

        <h2>{part('helpers').title}</h2>
        <ContactsField id="helpers" legend="People I can ask" prompt={part('helpers').prompt} noun="person" rows={draft.helpers} onChange={set('helpers')} error={problems.helpers} />

        <h2>{part('professionals').title}</h2>
        <ContactsField
          id="professionals" legend="My own professionals and lines" noun="service" rows={draft.professionals} onChange={set('professionals')} error={problems.professionals}
          prompt="Your therapist, doctor, or a line you use. The crisis lines of your country are always shown with your plan; choose the country in Settings."
        />

        <h2>{part('saferSurroundings').title}</h2>
        {lines('saferSurroundings', 'Making things safer', part('saferSurroundings').prompt)}

        <h2>{part('reasons').title}</h2>
        {lines('reasons', 'My reasons', part('reasons').prompt)}
        <PhotoField photo={draft.photo} onChange={set('photo')} error={problems.photo} />

        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={save.isPending}>Save my plan</button>
        </div>
        <p ref={statusRef} role="status" tabIndex={-1} className="save-status">
          {saved && <>Saved. Your plan opens on this device even without a connection. <Link to="/safety-plan">See my plan</Link></>}
        </p>
      </form>

      <h2>Earlier versions</h2>
      <PlanHistory skillName={skillName} onUse={restoreVersion} />
    </section>
  );
}
