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

/** From and to dates, applied with "Show" (not on every keystroke, so a half-typed date asks nothing). */
export function PeriodChooser({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const id = useId();
  const [fromDay, setFromDay] = useState(period.fromDay);
  const [toDay, setToDay] = useState(period.toDay);
  const [problem, setProblem] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!fromDay || !toDay) return setProblem('Choose both dates.');
    if (fromDay > toDay) return setProblem('The first day must come before the last.');
    setProblem(undefined);
    onChange({ fromDay, toDay });
  };

  return (
    <form className="period-form" onSubmit={submit} noValidate aria-label="Period">
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={fromDay} onChange={(event) => setFromDay(event.target.value)}
          aria-invalid={problem ? true : undefined} aria-describedby={describedBy(problem && `${id}-error`)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" value={toDay} onChange={(event) => setToDay(event.target.value)}
          aria-invalid={problem ? true : undefined} aria-describedby={describedBy(problem && `${id}-error`)} />
      </div>
      <button type="submit" className="button-secondary">Show</button>
      <FieldError id={`${id}-error`} message={problem} />
    </form>
  );
}
