import { Link } from 'react-router';
import type { PathDraft } from '../../lib/path-draft';
import { WEEKDAY_NAMES } from '../../lib/path-words';
import { describedBy, FieldError } from '../field-error';

const PACES = [1, 2, 3, 4, 5, 6, 7] as const;

interface PacePlanFieldsProps {
  draft: PathDraft;
  onChange: (draft: PathDraft) => void;
  timeZone: string;
  /** The zone the saved plan was made in, when it differs from this device's. */
  savedTimeZone: string | null;
  notificationsAllowed: boolean;
  timeProblem?: string | undefined;
}

/** How often, and, if the person wants, on which days and at what time (for reminders and the calendar). */
export function PacePlanFields({ draft, onChange, timeZone, savedTimeZone, notificationsAllowed, timeProblem }: PacePlanFieldsProps) {
  const set = (changes: Partial<PathDraft>) => onChange({ ...draft, ...changes });
  const toggleDay = (day: number, on: boolean) =>
    set({ weekdays: on ? [...draft.weekdays.filter((each) => each !== day), day].sort((a, b) => a - b) : draft.weekdays.filter((each) => each !== day) });
  const hasDays = draft.weekdays.length > 0;

  return (
    <>
      <div className="field">
        <label htmlFor="path-pace">How many practices a week?</label>
        <select id="path-pace" value={draft.practicesPerWeek} onChange={(event) => set({ practicesPerWeek: Number(event.target.value) })} aria-describedby="path-pace-hint">
          {PACES.map((count) => (
            <option key={count} value={count}>{count === 7 ? '7 a week (about one a day)' : `${count} a week`}</option>
          ))}
        </select>
        <p className="hint" id="path-pace-hint">Mend offers the next step at this pace and never more. Fewer is fine.</p>
      </div>

      <fieldset data-field="plan" aria-describedby="plan-hint">
        <legend>A plan <span className="legend-note">(optional)</span></legend>
        <p className="hint" id="plan-hint">
          Days and a time for practice, if that helps. Home shows a gentle reminder then, and a calendar app can show them
          too (Settings). Times are in your time zone, {timeZone}.
          {savedTimeZone && savedTimeZone !== timeZone && ` The saved plan was made in ${savedTimeZone}; saving uses ${timeZone}.`}
        </p>
        <fieldset>
          <legend>Days</legend>
          <div className="weekday-list">
            {WEEKDAY_NAMES.map((dayName, day) => (
              <label key={dayName} className="choice">
                <input type="checkbox" name="weekdays" value={day} checked={draft.weekdays.includes(day)} onChange={(event) => toggleDay(day, event.target.checked)} />
                <span>{dayName}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field" data-field="time">
          <label htmlFor="plan-time">At what time?</label>
          <input
            id="plan-time" type="time" value={draft.time} disabled={!hasDays}
            onChange={(event) => set({ time: event.target.value })}
            aria-invalid={timeProblem ? true : undefined} aria-describedby={describedBy(timeProblem && 'plan-time-error')}
          />
          <FieldError id="plan-time-error" message={timeProblem} />
        </div>
        <div className="field">
          <label className="choice">
            <input type="checkbox" checked={draft.notify} disabled={!hasDays} onChange={(event) => set({ notify: event.target.checked })} aria-describedby="plan-notify-hint" />
            <span>Remind me with a notification</span>
          </label>
          <p className="hint" id="plan-notify-hint">
            {notificationsAllowed
              ? 'While Mend is open on this device, one quiet notification at the planned time.'
              : <>While Mend is open on this device. This browser needs your permission first: <Link to="/settings#reminders-heading">allow notifications in Settings</Link>.</>}
          </p>
        </div>
      </fieldset>
    </>
  );
}
