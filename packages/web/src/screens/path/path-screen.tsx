import { HEALING_AREAS, MAX_PATH_AREAS, healingArea, type Path, type PathUpdate } from '@mend/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client';
import { browserTimeZone } from '../../api/use-insights';
import { usePath, useSavePath } from '../../api/use-path';
import { useSkillName } from '../../api/use-skills';
import { AreaList, areaStatusId } from '../../components/path/area-list';
import { NextStepCard } from '../../components/path/next-step-card';
import { PacePlanFields } from '../../components/path/pace-plan-fields';
import { ReadinessCheck } from '../../components/path/readiness-check';
import '../../components/path/path.css';
import { ScreenHeading } from '../../components/screen-heading';
import { draftFromPath, layerUpdate, pauseUpdate, readinessFor, toggleArea, updateFromDraft, type PathDraft } from '../../lib/path-draft';
import { notificationState } from '../../lib/reminders-notify';
import { StepBackLink } from '../../components/path/step-back-link';

/** Where focus goes after a layer change or "Not yet": the area's button pressed, else its other layer button, else its status line. */
interface FocusAfter {
  areaId: string;
  prefer: 'deeper' | 'gentler';
  /** The path version the change leads to: nothing is focused before it is on screen. */
  version: number;
}

function focusInArea({ areaId, prefer }: FocusAfter) {
  const order = prefer === 'deeper' ? ['deeper', 'gentler'] : ['gentler', 'deeper'];
  const button = order
    .map((which) => document.querySelector<HTMLButtonElement>(`[data-${which}="${areaId}"]`))
    .find((each) => each && !each.disabled);
  (button ?? document.getElementById(areaStatusId(areaId)))?.focus();
}

const STALE_MESSAGE = 'Your path was changed somewhere else, so this change was not saved. Mend has loaded the newest version: look it over and try again.';

/**
 * The healing path: areas and their layers, the pace, an optional plan, the next step, pause and
 * resume. The heading and the step back stay put while the path loads or can't be fetched, so
 * the h1 that took focus is still there once it arrives.
 */
export function PathScreen() {
  const path = usePath();
  return (
    <section className="screen path-screen">
      <ScreenHeading>Your healing path</ScreenHeading>
      <p className="lead">Coping gets you through the moment; this is the slower work at the source. One layer at a time, at your pace. You can step back into coping whenever it is too much.</p>
      <StepBackLink />
      {path.isPending && <p role="status">Opening your path…</p>}
      {/* A failed refetch keeps the path on screen (and what is being edited); only no path at all is an error. */}
      {path.isError && !path.data && <p role="alert">{path.error.message}</p>}
      {path.data && <PathEditor path={path.data} reload={async () => (await path.refetch()).data} />}
    </section>
  );
}

function PathEditor({ path, reload }: { path: Path; reload: () => Promise<Path | undefined> }) {
  const [draft, setDraft] = useState<PathDraft>(() => draftFromPath(path));
  // The version this screen last saw as its own: a save from another device in between gets 409, not overwritten.
  const [baseVersion, setBaseVersion] = useState(path.version);
  const [alert, setAlert] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const [problems, setProblems] = useState<{ areas?: string; time?: string }>({});
  const [messages, setMessages] = useState<Record<string, string>>({});
  const [checking, setChecking] = useState<string | null>(null);
  const [checkProblem, setCheckProblem] = useState<string | null>(null);
  const focusAfter = useRef<FocusAfter | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const save = useSavePath();
  const name = useSkillName();
  const timeZone = browserTimeZone();
  const now = new Date();

  // After every render: once the path a change made is on screen and its buttons are enabled
  // again (a removed or disabled button leaves focus on the body), focus lands in that area.
  useEffect(() => {
    const target = focusAfter.current;
    if (!target || target.version !== path.version || save.isPending) return;
    focusAfter.current = null;
    focusInArea(target);
  });

  const say = (areaId: string, message: string) => setMessages((current) => ({ ...current, [areaId]: message }));

  /**
   * Every save goes through here. On 409 (saved somewhere else first) it says so plainly and
   * starts again from the newest path; any other problem is handed back to show where it belongs.
   */
  const send = async (update: PathUpdate): Promise<{ path: Path } | { problem: string | null }> => {
    setAlert(null);
    setSaved('');
    try {
      const result = await save.mutateAsync(update);
      setBaseVersion(result.version);
      return { path: result };
    } catch (error) {
      if (isApiError(error, 409)) {
        const newest = await reload();
        if (newest) {
          setDraft(draftFromPath(newest));
          setBaseVersion(newest.version);
        }
        showAlert(STALE_MESSAGE);
        return { problem: null };
      }
      const fieldMessage = isApiError(error) ? Object.values(error.fields)[0] : undefined;
      const message = error instanceof Error ? error.message : 'That didn’t save. Please try again.';
      return { problem: fieldMessage ? `${message} (${fieldMessage})` : message };
    }
  };

  function showAlert(message: string) {
    setAlert(message);
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: typeof problems = {};
    if (draft.areaIds.length > MAX_PATH_AREAS) found.areas = `Choose up to ${MAX_PATH_AREAS} areas.`;
    if (draft.weekdays.length > 0 && !/^\d{2}:\d{2}$/.test(draft.time)) found.time = 'Choose a time, like 19:00.';
    setProblems(found);
    if (Object.keys(found).length) return showAlert('Something needs another look.');
    const result = await send(updateFromDraft(draft, path, baseVersion, timeZone));
    if ('path' in result) {
      setDraft(draftFromPath(result.path));
      setSaved('Saved.');
    } else if (result.problem) showAlert(result.problem);
  };

  const goDeeper = async (areaId: string) => {
    const stored = path.areas.find((area) => area.areaId === areaId);
    const area = healingArea(areaId);
    if (!stored || !area) return;
    setCheckProblem(null);
    const result = await send(layerUpdate(path, areaId, stored.layer + 1, baseVersion));
    // Anything but a stale path is shown in the dialog, where the person is.
    if (!('path' in result) && result.problem) return setCheckProblem(result.problem);
    setChecking(null);
    // A stale path: the alert saying so has taken focus.
    if (!('path' in result)) return;
    focusAfter.current = { areaId, prefer: 'deeper', version: result.path.version };
    say(areaId, `You’re now in ${area.layers[stored.layer + 1]?.name ?? 'the next layer'}. Going back to a gentler layer is always possible.`);
  };

  const goGentler = async (areaId: string) => {
    const stored = path.areas.find((area) => area.areaId === areaId);
    const area = healingArea(areaId);
    if (!stored || !area || stored.layer === 0) return;
    const result = await send(layerUpdate(path, areaId, stored.layer - 1, baseVersion));
    if (!('path' in result)) {
      if (result.problem) showAlert(result.problem);
      return;
    }
    focusAfter.current = { areaId, prefer: 'gentler', version: result.path.version };
    say(areaId, `Back to ${area.layers[stored.layer - 1]?.name ?? 'a gentler layer'}. Going gentler is part of the path too.`);
  };

  const notYet = () => {
    if (checking) {
      say(checking, 'Staying here is part of the path too.');
      focusAfter.current = { areaId: checking, prefer: 'deeper', version: path.version };
    }
    setChecking(null);
  };

  const setPaused = async (paused: boolean) => {
    const result = await send(pauseUpdate(path, paused, baseVersion));
    if (!('path' in result)) {
      if (result.problem) showAlert(result.problem);
      return;
    }
    setSaved(paused ? 'Your path is paused. Nothing is lost.' : 'Welcome back. Your path is where you left it.');
  };

  const checkingArea = checking ? healingArea(checking) : undefined;
  const checkingLayer = path.areas.find((area) => area.areaId === checking)?.layer ?? 0;

  return (
    <>
      <div ref={alertRef} className="form-alert" role="alert" tabIndex={-1}>{alert}</div>
      <p role="status" className="save-status">{saved}</p>

      <NextStepCard path={path} name={name} now={now} timeZone={timeZone} />

      <form className="path-form" onSubmit={(event) => void submit(event)} noValidate aria-label="My healing path">
        <h2>Areas</h2>
        <AreaList
          areas={HEALING_AREAS} path={path} chosen={draft.areaIds} busy={save.isPending} messages={messages} problem={problems.areas}
          onToggle={(areaId, chosen) => {
            setDraft((current) => toggleArea(current, areaId, chosen));
            setSaved('');
          }}
          onDeeper={(areaId) => {
            setCheckProblem(null);
            setChecking(areaId);
          }}
          onGentler={(areaId) => void goGentler(areaId)}
        />

        <h2>Pace and plan</h2>
        <PacePlanFields
          draft={draft} timeZone={timeZone} savedTimeZone={path.plan?.timeZone ?? null}
          notificationsAllowed={notificationState() === 'granted'} timeProblem={problems.time}
          onChange={(next) => {
            setDraft(next);
            setSaved('');
          }}
        />

        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={save.isPending}>Save my path</button>
        </div>
      </form>

      {path.areas.length > 0 && (
        <section className="pause-section" aria-labelledby="pause-heading">
          <h2 id="pause-heading">Taking a break</h2>
          {path.paused ? (
            <>
              <p>
                Your path is paused{path.pausedAt ? ` since ${new Date(path.pausedAt).toLocaleDateString(undefined, { dateStyle: 'long' })}` : ''}.
                Everything is kept: your areas, layers and practices.
              </p>
              <button type="button" className="button-primary" disabled={save.isPending} onClick={() => void setPaused(false)}>Resume my path</button>
            </>
          ) : (
            <>
              <p>
                You can pause any time, for as long as you need. Nothing is lost: your areas, layers and practices stay as they are,
                and Mend offers no steps or reminders until you resume.
              </p>
              <button type="button" className="button-secondary" disabled={save.isPending} onClick={() => void setPaused(true)}>Pause my path</button>
            </>
          )}
        </section>
      )}

      {checkingArea && (
        <ReadinessCheck
          area={checkingArea} currentLayer={checkingLayer} readiness={readinessFor(path, checkingArea.id)}
          busy={save.isPending} problem={checkProblem}
          onYes={() => void goDeeper(checkingArea.id)} onNotYet={notYet}
        />
      )}
    </>
  );
}
