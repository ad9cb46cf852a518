import {
  buildSkillViews, CATALOGUE, exerciseById, type CsvRecords, type Moment, type Practice,
} from '@mend/core';
import { stringify } from 'csv-stringify/sync';
import type { Storage } from '../storage/open-storage';
import { inTransaction } from '../storage/transaction';
import { recordAuditEvent } from './audit-log';
import { readExportDocument } from './export';

/** Lists in one cell: a spreadsheet has no lists, and " | " reads as a separator without quoting. */
export const LIST_SEPARATOR = ' | ';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)` in a
 * note could leak data or run a command). Such a cell gets a leading apostrophe, which
 * spreadsheets show as text; the JSON export keeps the text exactly as written.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

type Cell = string | number;
type Row = Record<string, Cell>;

export const MOMENT_COLUMNS = [
  'id', 'occurredAt', 'distressBefore', 'distressAfter', 'arousal', 'emotions', 'trigger', 'triggerTags', 'contextTags',
  'skillIds', 'skillNames', 'followUps', 'note', 'satWithFeeling', 'version', 'createdAt', 'updatedAt',
] as const;

export const PRACTICE_COLUMNS = [
  'id', 'startedAt', 'durationSeconds', 'skillId', 'skillName', 'kind', 'exerciseId', 'exerciseTitle', 'distressBefore',
  'distressAfter', 'steppedBack', 'pathAreaId', 'notes', 'answers', 'createdAt',
] as const;

/**
 * One CSV file of the person's moments or practices, oldest first, read and logged in one
 * transaction. Starts with a UTF-8 byte-order mark so spreadsheet programs read accents and
 * other scripts correctly.
 */
export function exportCsv(storage: Storage, ownerId: string, records: CsvRecords, now: Date): Promise<string> {
  return inTransaction(storage, async (db) => {
    const document = await readExportDocument(db, ownerId, now);
    const skillNames = new Map(buildSkillViews(CATALOGUE, document.customSkills, document.classifications).map((skill) => [skill.id, skill.name]));
    const name = (id: string) => skillNames.get(id) ?? id;
    const rows = records === 'moments' ? document.moments.map((moment) => momentRow(moment, name)) : document.practices.map((practice) => practiceRow(practice, name));
    await recordAuditEvent(db, ownerId, { kind: 'export', detail: { format: 'csv', records, count: rows.length } }, now);
    return toCsv(rows, records === 'moments' ? MOMENT_COLUMNS : PRACTICE_COLUMNS);
  });
}

function toCsv(rows: Row[], columns: readonly string[]): string {
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...columns],
    // Windows line ends: what spreadsheet programs expect from a .csv file.
    record_delimiter: 'windows',
    cast: { string: neutraliseFormula },
  });
}

function momentRow(moment: Moment, name: (id: string) => string): Row {
  return {
    id: moment.id,
    occurredAt: moment.occurredAt,
    distressBefore: moment.distressBefore,
    distressAfter: moment.distressAfter ?? '',
    arousal: moment.arousal ?? '',
    emotions: moment.emotions.join(LIST_SEPARATOR),
    trigger: moment.trigger ?? '',
    triggerTags: moment.triggerTags.join(LIST_SEPARATOR),
    contextTags: moment.contextTags.join(LIST_SEPARATOR),
    skillIds: moment.skillIds.join(LIST_SEPARATOR),
    skillNames: moment.skillIds.map(name).join(LIST_SEPARATOR),
    followUps: moment.followUps.map((followUp) => `${followUp.at}: ${followUp.distress}`).join(LIST_SEPARATOR),
    note: moment.note ?? '',
    satWithFeeling: String(moment.satWithFeeling),
    version: moment.version,
    createdAt: moment.createdAt,
    updatedAt: moment.updatedAt,
  };
}

function practiceRow(practice: Practice, name: (id: string) => string): Row {
  const exercise = practice.exerciseId ? exerciseById(practice.exerciseId) : undefined;
  return {
    id: practice.id,
    startedAt: practice.startedAt,
    durationSeconds: practice.durationSeconds,
    skillId: practice.skillId,
    skillName: name(practice.skillId),
    kind: practice.kind,
    exerciseId: practice.exerciseId ?? '',
    exerciseTitle: exercise?.title ?? '',
    distressBefore: practice.distressBefore ?? '',
    distressAfter: practice.distressAfter ?? '',
    steppedBack: String(practice.steppedBack),
    pathAreaId: practice.pathAreaId ?? '',
    notes: practice.notes ?? '',
    answers: answerLines(practice.answers, exercise?.steps ?? []),
    createdAt: practice.createdAt,
  };
}

/** "Step title: answer", one line per step, in the exercise's order (steps it no longer has last, by id). */
export function answerLines(answers: Practice['answers'], steps: ReadonlyArray<{ id: string; title: string }>): string {
  const order = new Map(steps.map((step, index) => [step.id, index]));
  const titles = new Map(steps.map((step) => [step.id, step.title]));
  const ids = Object.keys(answers).sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
  return ids
    .map((id) => {
      const answer = answers[id]!;
      return `${titles.get(id) ?? id}: ${Array.isArray(answer) ? answer.join(LIST_SEPARATOR) : String(answer)}`;
    })
    .join('\n');
}
