import { MAX_NOTE_LENGTH, MAX_PRACTICE_SECONDS, type PracticeCreate } from '@mend/core';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import { useRecordPractice } from '../../api/use-practices';
import { practiceClock } from '../../lib/practice-clock';
import { newMomentId } from '../../offline/moment-id';
import { describedBy, FieldError } from '../field-error';
import './record-practice-form.css';

const MAX_MINUTES = MAX_PRACTICE_SECONDS / 60;

interface RecordPracticeFormProps {
  skillId: string;
  /** Set when the skill was opened as a step on the healing path (`?path=`). */
  pathAreaId: string | null;
}

/** Whole minutes, or nothing; a problem is said in words beside the field. */
function minutesFrom(text: string, unreadable: boolean): { minutes: number } | { problem: string } {
  const trimmed = text.trim();
  // A number field hands over "" for what it can't read ("1e"), which must not pass as empty.
  if (trimmed === '' && !unreadable) return { minutes: 0 };
  const minutes = Number(trimmed);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MINUTES) {
    return { problem: `A whole number of minutes, from 1 to ${MAX_MINUTES}, or leave it empty.` };
  }
  return { minutes };
}

function sameEntries(a: PracticeCreate, b: Pick<PracticeCreate, 'durationSeconds' | 'notes' | 'pathAreaId'>): boolean {
  return a.durationSeconds === b.durationSeconds && a.notes === b.notes && a.pathAreaId === b.pathAreaId;
}

function saveProblemText(error: unknown): string {
  if (isApiError(error) && (error.status === 0 || error.status >= 500)) {
    return 'This isn’t saved yet: Mend can’t reach its server right now. What you entered is still here. Try again in a moment.';
  }
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return `This isn’t saved yet. ${message} What you entered is still here.`;
}

/**
 * "I practised this" for a skill without a guided exercise (or done without one): a practice
 * with no answers, so a step on the path that has no exercise can still be taken. A failed
 * save keeps what was entered and says so; Try again sends the very same practice, so it never counts twice.
 */
export function RecordPracticeForm({ skillId, pathAreaId }: RecordPracticeFormProps) {
  const record = useRecordPractice();
  // What was last sent: a retry of the same entries resends it exactly (same id, same start), so a
  // practice the server did store is answered, not refused as a different one under that id.
  const sent = useRef<PracticeCreate | null>(null);
  const [minutes, setMinutes] = useState('');
  const [notes, setNotes] = useState('');
  const [areaId, setAreaId] = useState(pathAreaId);
  const [minutesProblem, setMinutesProblem] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ onPath: boolean } | null>(null);
  const minutesRef = useRef<HTMLInputElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = minutesFrom(minutes, minutesRef.current?.validity.badInput ?? false);
    if ('problem' in read) {
      setMinutesProblem(read.problem);
      minutesRef.current?.focus();
      return;
    }
    setMinutesProblem(undefined);
    setProblem(null);
    const durationSeconds = read.minutes * 60;
    const entries = { skillId, exerciseId: null, answers: {}, durationSeconds, notes: notes.trim() || null, pathAreaId: areaId };
    const last = sent.current;
    const body: PracticeCreate = last && sameEntries(last, entries)
      ? last
      : { id: newMomentId(), ...entries, startedAt: new Date(practiceClock.now() - durationSeconds * 1000).toISOString() };
    sent.current = body;
    try {
      await record.mutateAsync(body);
      setSaved({ onPath: areaId !== null });
      requestAnimationFrame(() => savedRef.current?.focus());
    } catch (error) {
      if (areaId !== null && isApiError(error, 400) && error.fields.pathAreaId) {
        // The path changed since this page was opened: the practice still counts, just not as a path step.
        setAreaId(null);
        setProblem('This isn’t saved yet: your path has changed since this page was opened, so it can’t count as a step on it now. Try again to save it as a practice of its own.');
      } else {
        setProblem(saveProblemText(error));
      }
      requestAnimationFrame(() => problemRef.current?.focus());
    }
  };

  return (
    <section className="record-practice" aria-labelledby="record-practice-heading">
      <h2 id="record-practice-heading">I practised this</h2>
      {saved ? (
        <div role="status">
          <p ref={savedRef} tabIndex={-1} className="saved-message">
            {saved.onPath ? 'Saved. It counts as a step on your path.' : 'Saved.'}
          </p>
          <p>
            {saved.onPath
              ? <Link to="/path">See your path</Link>
              : <Link to="/progress">See my progress</Link>}
          </p>
        </div>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p className="hint">
            Did it on your own? Keep a note of it here.
            {areaId !== null && ' It counts as a step on your healing path.'}
          </p>
          <div className="field">
            <label htmlFor="record-practice-minutes">About how many minutes? <span className="legend-note">(optional)</span></label>
            <FieldError id="record-practice-minutes-error" message={minutesProblem} />
            <input
              ref={minutesRef} id="record-practice-minutes" type="number" inputMode="numeric" min={1} max={MAX_MINUTES} step={1}
              value={minutes} onChange={(event) => setMinutes(event.target.value)}
              aria-invalid={minutesProblem ? true : undefined} aria-describedby={describedBy(minutesProblem && 'record-practice-minutes-error')}
            />
          </div>
          <div className="field">
            <label htmlFor="record-practice-notes">Notes <span className="legend-note">(optional)</span></label>
            <textarea
              id="record-practice-notes" rows={3} value={notes} maxLength={MAX_NOTE_LENGTH}
              onChange={(event) => setNotes(event.target.value)}
            />
          </div>
          <div ref={problemRef} className="form-alert" role="alert" tabIndex={-1}>{problem}</div>
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={record.isPending}>
              {record.isPending ? 'Saving…' : problem ? 'Try again' : 'Save this practice'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
