import type { Arousal, Emotion, FollowUp, InsightsMoment, Moment } from '@mend/core';
import type { MomentsTable } from './database';
import type { FieldCipher } from './field-cipher';

/** A moment as a row: lists as JSON text, the boolean as 0/1, so both databases store it alike; the trigger and note sealed. */
export function momentToRow(ownerId: string, moment: Moment, cipher: FieldCipher): MomentsTable {
  return {
    owner_id: ownerId,
    id: moment.id,
    occurred_at: moment.occurredAt,
    distress_before: moment.distressBefore,
    distress_after: moment.distressAfter,
    arousal: moment.arousal,
    emotions: JSON.stringify(moment.emotions),
    trigger_text: cipher.sealNullable('moments', 'trigger_text', moment.trigger),
    trigger_tags: JSON.stringify(moment.triggerTags),
    context_tags: JSON.stringify(moment.contextTags),
    skill_ids: JSON.stringify(moment.skillIds),
    follow_ups: JSON.stringify(moment.followUps),
    note: cipher.sealNullable('moments', 'note', moment.note),
    sat_with_feeling: moment.satWithFeeling ? 1 : 0,
    version: moment.version,
    created_at: moment.createdAt,
    updated_at: moment.updatedAt,
  };
}

export function rowToMoment(row: MomentsTable, cipher: FieldCipher): Moment {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    distressBefore: Number(row.distress_before),
    distressAfter: row.distress_after === null ? null : Number(row.distress_after),
    arousal: row.arousal as Arousal | null,
    emotions: JSON.parse(row.emotions) as Emotion[],
    trigger: cipher.openNullable('moments', 'trigger_text', row.trigger_text),
    triggerTags: JSON.parse(row.trigger_tags) as string[],
    contextTags: JSON.parse(row.context_tags) as string[],
    skillIds: JSON.parse(row.skill_ids) as string[],
    followUps: JSON.parse(row.follow_ups) as FollowUp[],
    note: cipher.openNullable('moments', 'note', row.note),
    satWithFeeling: Number(row.sat_with_feeling) === 1,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns the insights engine reads: leaving out notes and the rest roughly halves the read. */
export const INSIGHTS_COLUMNS = [
  'occurred_at', 'distress_before', 'distress_after', 'arousal', 'trigger_tags', 'context_tags', 'skill_ids', 'follow_ups', 'sat_with_feeling',
] as const;

export function rowToInsightsMoment(row: Pick<MomentsTable, (typeof INSIGHTS_COLUMNS)[number]>): InsightsMoment {
  return {
    occurredAt: row.occurred_at,
    distressBefore: Number(row.distress_before),
    distressAfter: row.distress_after === null ? null : Number(row.distress_after),
    arousal: row.arousal as Arousal | null,
    triggerTags: JSON.parse(row.trigger_tags) as string[],
    contextTags: JSON.parse(row.context_tags) as string[],
    skillIds: JSON.parse(row.skill_ids) as string[],
    followUps: JSON.parse(row.follow_ups) as FollowUp[],
    satWithFeeling: Number(row.sat_with_feeling) === 1,
  };
}
