import { createHash } from 'node:crypto';
import {
  createZoneOffsets, customSkillId, DEFAULT_DAYLIO_MOODS, localTimeToUtc, MAX_NOTE_LENGTH, momentDefaults, parseDaylioMoods,
  type CustomSkill, type DaylioImportQuery, type DaylioImportResult, type Moment, type ZoneOffsets,
} from '@mend/core';
import { parse } from 'csv-parse/sync';
import { ApiProblem } from '../api-problem';
import type { Db } from '../storage/database';
import { getMomentsByIds, insertMoment } from '../storage/moments-store';
import type { Storage } from '../storage/open-storage';
import { insertCustomSkill, listCustomSkills } from '../storage/skills-store';
import { inTransaction } from '../storage/transaction';
import { daylioAuditDetail } from './audit-details';
import { recordAuditEvent } from './audit-log';
import { randomIdPart } from './secrets';
import { knownSkillIds } from './skills';

/** About 18 years of three entries a day. */
export const MAX_DAYLIO_ROWS = 20_000;

/** Daylio's own columns we read; the others (date, weekday) repeat full_date. */
const REQUIRED_COLUMNS = ['full_date', 'time', 'mood'] as const;
const MAX_ACTIVITIES = 30;
const MAX_SKILL_NAME = 80;

interface Row {
  row: number;
  id: string;
  occurredAt: string;
  distressBefore: number;
  activities: string[];
  note: string | null;
}

/**
 * Daylio's CSV export → moments. Each row is checked on its own and either becomes one moment or
 * is refused with its reason; the accepted ones go in in one transaction. Ids come from the row's
 * content, so importing the same file again finds every moment already there.
 */
export async function importDaylio(storage: Storage, ownerId: string, csv: string, query: DaylioImportQuery, now: Date): Promise<DaylioImportResult> {
  const records = readRecords(csv);
  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((name) => !header.includes(name));
  if (records.length === 0 || header.every((name) => name === '')) throw badFile('The file is empty: export your entries from Daylio as CSV and send that file.');
  if (missing.length) {
    throw badFile(`This does not look like a Daylio CSV export: the first line has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}.`);
  }
  const data = records.slice(1);
  if (data.length === 0) throw badFile('The file has a header but no entries.');
  // The import is one transaction; a bound keeps it short enough not to hold up someone logging a moment meanwhile.
  if (data.length > MAX_DAYLIO_ROWS) {
    throw badFile(`The file has ${data.length} entries; Mend imports up to ${MAX_DAYLIO_ROWS} at a time. Split it by year and import each part (importing a part twice adds nothing).`);
  }

  const column = (record: string[], name: string): string => (header.includes(name) ? (record[header.indexOf(name)] ?? '') : '');
  const moods = { ...DEFAULT_DAYLIO_MOODS, ...(query.moods ? parseDaylioMoods(query.moods) : {}) };
  const offsets = createZoneOffsets(query.timeZone ?? 'UTC');
  const refused: DaylioImportResult['refused'] = [];
  const rows: Row[] = [];
  data.forEach((record, index) => {
    const fields = Object.fromEntries(['full_date', 'time', 'mood', 'activities', 'note_title', 'note'].map((name) => [name, column(record, name)]));
    const result = readRow(fields, moods, offsets, now);
    if (typeof result === 'string') refused.push({ row: index + 1, reason: result });
    else rows.push({ row: index + 1, id: rowId(fields), ...result });
  });

  return inTransaction(storage, async (db) => {
    const existing = await getMomentsByIds(db, ownerId, rows.map((row) => row.id));
    const seen = new Set(existing.keys());
    const fresh = rows.filter((row) => !seen.has(row.id) && seen.add(row.id));
    const { skillIdOf, created } = await skillsFor(db, ownerId, fresh.flatMap((row) => row.activities), now);
    for (const row of fresh) {
      const moment: Moment = {
        ...momentDefaults(),
        id: row.id,
        occurredAt: row.occurredAt,
        distressBefore: row.distressBefore,
        skillIds: [...new Set(row.activities.map(skillIdOf))],
        note: row.note,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      await insertMoment(db, ownerId, moment);
    }
    const result = { imported: fresh.length, alreadyThere: rows.length - fresh.length, refused, skillsCreated: created };
    await recordAuditEvent(db, ownerId, { kind: 'import-daylio', detail: daylioAuditDetail(result) }, now);
    return result;
  });
}

function readRecords(csv: string): string[][] {
  try {
    return parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw badFile(`The file could not be read as CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function badFile(message: string): ApiProblem {
  return new ApiProblem(400, 'invalid_file', message, { body: message });
}

/** The row as a moment's parts, or why it cannot be one. */
function readRow(
  fields: Record<string, string>,
  moods: Readonly<Record<string, number>>,
  offsets: ZoneOffsets,
  now: Date,
): Omit<Row, 'row' | 'id'> | string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fields.full_date?.trim() ?? '');
  const [year, month, day] = date ? [Number(date[1]), Number(date[2]), Number(date[3])] : [NaN, NaN, NaN];
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  if (!date || calendarDay.getUTCMonth() !== month - 1 || year < 1900) return `full_date "${fields.full_date}" is not a date like 2026-11-02`;
  const time = readTime(fields.time ?? '');
  if (!time) return `time "${fields.time}" is not a time like 21:05 or 9:05 pm`;
  const mood = (fields.mood ?? '').trim();
  // Own properties only: a mood called "constructor" must not find something of Object's.
  const distressBefore = Object.hasOwn(moods, mood.toLowerCase()) ? moods[mood.toLowerCase()] : undefined;
  if (distressBefore === undefined) return `mood "${mood}" has no distress level: add it to moods`;
  const occurred = localTimeToUtc(Date.UTC(year, month - 1, day, time.hours, time.minutes), offsets);
  if (occurred > now.getTime()) return `${fields.full_date} ${fields.time} is in the future`;

  const activities = uniqueIgnoringCase((fields.activities ?? '').split('|').map((name) => name.trim()).filter(Boolean));
  const tooLong = activities.find((name) => name.length > MAX_SKILL_NAME);
  if (tooLong) return `activity "${tooLong.slice(0, 20)}…" is longer than ${MAX_SKILL_NAME} characters`;
  if (activities.length > MAX_ACTIVITIES) return `has ${activities.length} activities; a moment holds at most ${MAX_ACTIVITIES}`;
  const note = [fields.note_title, fields.note].map((part) => (part ?? '').trim()).filter(Boolean).join('\n\n');
  if (note.length > MAX_NOTE_LENGTH) return `note is ${note.length} characters; a moment's note holds at most ${MAX_NOTE_LENGTH}`;
  return { occurredAt: new Date(occurred).toISOString(), distressBefore, activities, note: note || null };
}

/** Daylio writes "21:05" or, on 12-hour phones, "9:05 pm". */
function readTime(text: string): { hours: number; minutes: number } | null {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([ap])\.?\s*m\.?)?$/i.exec(text.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (minutes > 59) return null;
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  } else if (hours > 23) return null;
  return { hours, minutes };
}

function uniqueIgnoringCase(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
}

/** The same row gives the same id, whichever file or time it comes in. */
function rowId(fields: Record<string, string>): string {
  const content = ['full_date', 'time', 'mood', 'activities', 'note_title', 'note'].map((name) => fields[name] ?? '').join('\u0000');
  return `daylio-${createHash('sha256').update(content).digest('hex').slice(0, 32)}`;
}

/** Each activity's skill: the person's own of that name (any case), or a new one waiting to be classified. */
async function skillsFor(db: Db, ownerId: string, activities: string[], now: Date): Promise<{ skillIdOf: (name: string) => string; created: number }> {
  const byName = new Map((await listCustomSkills(db, ownerId)).map((skill) => [skill.name.toLowerCase(), skill.id]));
  const taken = await knownSkillIds(db, ownerId);
  let created = 0;
  for (const name of activities) {
    if (byName.has(name.toLowerCase())) continue;
    const skill: CustomSkill = {
      id: customSkillId(randomIdPart, taken),
      name,
      kind: 'coping',
      family: 'other',
      summary: '',
      steps: [],
      createdAt: now.toISOString(),
      awaitingClassification: true,
    };
    await insertCustomSkill(db, ownerId, skill);
    taken.add(skill.id);
    byName.set(name.toLowerCase(), skill.id);
    created++;
  }
  return { skillIdOf: (name) => byName.get(name.toLowerCase()) ?? '', created };
}
