import type { Arousal, Emotion, FollowUp, Moment, MomentCreate, MomentPatch } from '@mend/core';
import { sortedFollowUps } from './follow-ups';
import { fromLocalInputValue, toLocalInputValue } from './local-datetime';

/** The full log form's state: what the inputs hold, before it becomes a request body. */
export interface MomentValues {
  occurredAt: string;
  distressBefore: number | null;
  distressAfter: number | null;
  arousal: Arousal | null;
  emotions: Emotion[];
  trigger: string;
  triggerTags: string[];
  contextTags: string[];
  skillIds: string[];
  /** Later check-ins, oldest first. */
  followUps: FollowUp[];
  note: string;
  satWithFeeling: boolean;
}

export type MomentField = keyof MomentValues;

/** An edit without its baseVersion. */
export type MomentChanges = Omit<MomentPatch, 'baseVersion'>;

/** Order of the fields on the form, so the first error can take focus. */
export const MOMENT_FIELDS: readonly MomentField[] = [
  'occurredAt', 'distressBefore', 'arousal', 'emotions', 'trigger', 'triggerTags', 'contextTags',
  'skillIds', 'distressAfter', 'followUps', 'note', 'satWithFeeling',
];

export function emptyMomentValues(now: Date): MomentValues {
  return {
    occurredAt: toLocalInputValue(now), distressBefore: null, distressAfter: null, arousal: null, emotions: [],
    trigger: '', triggerTags: [], contextTags: [], skillIds: [], followUps: [], note: '', satWithFeeling: false,
  };
}

export function momentToValues(moment: Moment): MomentValues {
  return {
    occurredAt: toLocalInputValue(new Date(moment.occurredAt)),
    distressBefore: moment.distressBefore,
    distressAfter: moment.distressAfter,
    arousal: moment.arousal,
    emotions: [...moment.emotions],
    trigger: moment.trigger ?? '',
    triggerTags: [...moment.triggerTags],
    contextTags: [...moment.contextTags],
    skillIds: [...moment.skillIds],
    followUps: sortedFollowUps(moment.followUps),
    note: moment.note ?? '',
    satWithFeeling: moment.satWithFeeling,
  };
}

const textOrNull = (text: string) => (text.trim() ? text.trim() : null);

/** Problems the form can see before asking the server. */
export function localProblems(values: MomentValues): Partial<Record<MomentField, string>> {
  const problems: Partial<Record<MomentField, string>> = {};
  if (values.distressBefore === null) problems.distressBefore = 'Choose how hard it was, 0 to 10.';
  if (!fromLocalInputValue(values.occurredAt)) problems.occurredAt = 'Enter a date and time.';
  return problems;
}

/** A create body with only what was filled in. Call after localProblems found nothing. */
export function toCreateBody(values: MomentValues): MomentCreate {
  const body: MomentCreate = { distressBefore: values.distressBefore ?? 0 };
  const occurredAt = fromLocalInputValue(values.occurredAt);
  if (occurredAt) body.occurredAt = occurredAt;
  if (values.distressAfter !== null) body.distressAfter = values.distressAfter;
  if (values.arousal) body.arousal = values.arousal;
  if (values.emotions.length) body.emotions = values.emotions;
  if (textOrNull(values.trigger)) body.trigger = textOrNull(values.trigger);
  if (values.triggerTags.length) body.triggerTags = values.triggerTags;
  if (values.contextTags.length) body.contextTags = values.contextTags;
  if (values.skillIds.length) body.skillIds = values.skillIds;
  if (values.followUps.length) body.followUps = values.followUps;
  if (textOrNull(values.note)) body.note = textOrNull(values.note);
  if (values.satWithFeeling) body.satWithFeeling = true;
  return body;
}

/** Only the fields that changed, so an untouched time keeps its seconds. */
/** The changed fields only; the caller adds the baseVersion the form was filled from. */
export function toPatchBody(initial: MomentValues, values: MomentValues): MomentChanges {
  const changed = (field: MomentField) => JSON.stringify(initial[field]) !== JSON.stringify(values[field]);
  const patch: MomentChanges = {};
  if (changed('occurredAt')) patch.occurredAt = fromLocalInputValue(values.occurredAt) ?? undefined;
  if (changed('distressBefore') && values.distressBefore !== null) patch.distressBefore = values.distressBefore;
  if (changed('distressAfter')) patch.distressAfter = values.distressAfter;
  if (changed('arousal')) patch.arousal = values.arousal;
  if (changed('emotions')) patch.emotions = values.emotions;
  if (changed('trigger')) patch.trigger = textOrNull(values.trigger);
  if (changed('triggerTags')) patch.triggerTags = values.triggerTags;
  if (changed('contextTags')) patch.contextTags = values.contextTags;
  if (changed('skillIds')) patch.skillIds = values.skillIds;
  if (changed('followUps')) patch.followUps = values.followUps;
  if (changed('note')) patch.note = textOrNull(values.note);
  if (changed('satWithFeeling')) patch.satWithFeeling = values.satWithFeeling;
  return patch;
}

/**
 * A save that lost a race (409): the moment as it is `now`, with every field the person changed
 * (from `before`, what their form was filled from, to `edited`) put back on top, so Save again
 * saves their change onto the newer version instead of asking them to type it twice.
 */
export function rebaseEdit(before: MomentValues, edited: MomentValues, now: MomentValues): MomentValues {
  const rebased = { ...now };
  for (const field of MOMENT_FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(edited[field])) Object.assign(rebased, { [field]: edited[field] });
  }
  return rebased;
}

/** Everything needed to bring a deleted moment back under its own id. */
export function momentToCreateBody(moment: Moment): MomentCreate {
  const { createdAt: _createdAt, updatedAt: _updatedAt, version: _version, ...fields } = moment;
  return fields;
}

/** Server field paths like "triggerTags.2" → the form field they belong to. */
export function fieldOf(path: string): MomentField | null {
  const head = path.split('.')[0] as MomentField;
  return MOMENT_FIELDS.includes(head) ? head : null;
}
