import { MAX_SESSION_PREP_DAYS } from '@mend/core';
import { useId, useState, type FormEvent } from 'react';
import { describedBy, FieldError } from '../field-error';

const pad = (value: number) => String(value).padStart(2, '0');
/** A Date as an `<input type="date">` value, in the browser's own time zone. */
export const dayValue = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

export interface Period {
  fromDay: string;
  toDay: string;
}

/** The 30 days up to today, like the server's default. */
export function defaultPeriod(now: Date): Period {
  const from = new Date(now);
  from.setDate(from.getDate() - 30);
  return { fromDay: dayValue(from), toDay: dayValue(now) };
}

/** The period as instants: from the start of the first day to the end of the last (or now, if that is sooner). */
export function periodInstants(period: Period, now: Date): { from: string; to: string } {
  const from = new Date(`${period.fromDay}T00:00:00`);
  const end = new Date(`${period.toDay}T00:00:00`);
  end.setDate(end.getDate() + 1);
  return { from: from.toISOString(), to: new Date(Math.min(end.getTime(), now.getTime())).toISOString() };
}

/** One day under the server's limit: a clock change inside the period can make a local day 25 hours. */
const LONGEST = MAX_SESSION_PREP_DAYS - 1;

/** Days in the period, both ends counted. */
const daysIn = ({ fromDay, toDay }: Period) => Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 86_400_000) + 1;

/** What is wrong with a period, in words, before anything is asked: the server would only answer with a 400. */
export function periodProblem(period: Period, now: Date): string | undefined {
  if (!period.fromDay || !period.toDay) return 'Choose both dates.';
  const today = dayValue(now);
  if (period.fromDay > today || period.toDay > today) return 'Choose days up to today: there is nothing to show after today yet.';
  if (period.fromDay > period.toDay) return 'The first day must come before the last.';
  if (daysIn(period) > LONGEST) return `Choose at most ${LONGEST} days at a time.`;
  return undefined;
}

/** From and to dates, applied with "Show" (not on every keystroke, so a half-typed date asks nothing). */
export function PeriodChooser({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const id = useId();
  const [fromDay, setFromDay] = useState(period.fromDay);
  const [toDay, setToDay] = useState(period.toDay);
  const [problem, setProblem] = useState<string | undefined>();
  const today = dayValue(new Date());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = periodProblem({ fromDay, toDay }, new Date());
    setProblem(found);
    if (!found) onChange({ fromDay, toDay });
  };

  return (
    <form className="period-form" onSubmit={submit} noValidate aria-label="Period">
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" max={today} value={fromDay} onChange={(event) => setFromDay(event.target.value)}
          aria-invalid={problem ? true : undefined} aria-describedby={describedBy(problem && `${id}-error`)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" max={today} value={toDay} onChange={(event) => setToDay(event.target.value)}
          aria-invalid={problem ? true : undefined} aria-describedby={describedBy(problem && `${id}-error`)} />
      </div>
      <button type="submit" className="button-secondary">Show</button>
      <FieldError id={`${id}-error`} message={problem} />
    </form>
  );
}
