import { DEFAULT_DAYLIO_MOODS, type DaylioImportResult } from '@mend/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useDaylioImport } from '../api/use-daylio-import';

const MOODS = Object.entries(DEFAULT_DAYLIO_MOODS);

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Settings' "Import from Daylio": the CSV file, how each mood maps to distress, the time zone. */
export function DaylioImport() {
  const importing = useDaylioImport();
  const [file, setFile] = useState<File | null>(null);
  const [levels, setLevels] = useState<Record<string, number>>({ ...DEFAULT_DAYLIO_MOODS });
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [readProblem, setReadProblem] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setReadProblem('');
    if (!file) {
      setReadProblem('Choose the CSV file Daylio exported first.');
      return;
    }
    let csv: string;
    try {
      csv = await file.text();
    } catch {
      setReadProblem('That file could not be read. Try exporting it from Daylio again.');
      return;
    }
    const moods = Object.entries(levels).map(([mood, level]) => `${mood}:${level}`).join(',');
    importing.mutate({ csv, query: { moods, timeZone: timeZone.trim() || 'UTC' } });
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="daylio-import">
      <p>
        Bring your past entries from Daylio (in Daylio: More → Export entries → CSV). Each entry becomes a moment;
        your activities become skills of your own, for you to say what each one is.
      </p>
      <div className="field">
        <label htmlFor="daylio-file">Daylio CSV file</label>
        <input id="daylio-file" type="file" accept=".csv,text/csv" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </div>
      <fieldset>
        <legend>How distressing each mood was (0–10)</legend>
        {MOODS.map(([mood]) => (
          <div className="field" key={mood}>
            <label htmlFor={`daylio-mood-${mood}`}>{mood}</label>
            <input
              id={`daylio-mood-${mood}`} type="number" min={0} max={10} step={1} required inputMode="numeric"
              value={levels[mood] ?? ''}
              onChange={(event) => setLevels((current) => ({ ...current, [mood]: Number(event.target.value) }))}
            />
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="daylio-time-zone">Time zone of the entries</label>
        <input id="daylio-time-zone" type="text" value={timeZone} onChange={(event) => setTimeZone(event.target.value)} autoComplete="off" />
      </div>
      <button type="submit" className="button-secondary" disabled={importing.isPending}>{importing.isPending ? 'Importing…' : 'Import'}</button>
      {readProblem && <p role="alert" className="form-alert">{readProblem}</p>}
      {importing.isError && <p role="alert" className="form-alert">{importing.error.message}</p>}
      <div role="status">{importing.data && <ImportAnswer result={importing.data} />}</div>
    </form>
  );
}

function ImportAnswer({ result }: { result: DaylioImportResult }) {
  return (
    <div className="daylio-answer">
      <p>
        Imported {plural(result.imported, 'moment', 'moments')}.
        {result.alreadyThere > 0 && ` ${plural(result.alreadyThere, 'was', 'were')} already in Mend.`}
      </p>
      {result.refused.length > 0 && (
        <>
          <p>{result.refused.length === 1 ? '1 row was' : `${result.refused.length} rows were`} not imported:</p>
          <ul>
            {result.refused.map((each) => <li key={each.row}>Row {each.row}: {each.reason}</li>)}
          </ul>
        </>
      )}
      {result.skillsCreated > 0 && (
        <p>
          {plural(result.skillsCreated, 'activity became a new skill', 'activities became new skills')}.{' '}
          <Link to="/toolkit">Say what each one is for you in your toolkit</Link>
        </p>
      )}
    </div>
  );
}
