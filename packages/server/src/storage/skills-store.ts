import type { Classification, CustomSkill, CustomSkillFiling, SkillFamily, SkillKind } from '@mend/core';
import { sql } from 'kysely';
import type { CustomSkillsTable, Db } from './database';
import type { FieldCipher } from './field-cipher';
import { ownerCipher } from './keyring';
import type { SkillFilings } from './skill-filings-cache';

/**
 * A person's own skills and their re-classifications; every query is scoped by ownerId. Every
 * write that can change where a skill is filed (id, kind, family) also moves the person's
 * skill_filings_version, in the caller's transaction: processes that keep filings in memory
 * (skill-filings-cache.ts) see from the version that theirs are out of date.
 */

export async function listCustomSkills(db: Db, ownerId: string): Promise<CustomSkill[]> {
  const rows = await db.selectFrom('custom_skills').selectAll().where('owner_id', '=', ownerId).orderBy('created_at', 'asc').orderBy('id', 'asc').execute();
  const cipher = await ownerCipher(db, ownerId);
  return rows.map((row) => rowToCustomSkill(row, cipher));
}

/** Only the ids of the person's own skills: nothing to open, for checks that only ask "is this one of theirs?". */
export async function listCustomSkillIds(db: Db, ownerId: string): Promise<string[]> {
  const rows = await db.selectFrom('custom_skills').select('id').where('owner_id', '=', ownerId).execute();
  return rows.map((row) => row.id);
}

/**
 * Where the person's own skills are filed, and their classifications, in one read: ids, kinds
 * and families are stored plain, so nothing is opened. What logging a moment needs to know.
 */
export async function listSkillFilings(db: Db, ownerId: string): Promise<SkillFilings> {
  const rows = await db
    .selectFrom('custom_skills')
    .select([sql.lit('custom').as('source'), 'id', 'kind', 'family'])
    .where('owner_id', '=', ownerId)
    .unionAll(
      db.selectFrom('skill_classifications').select([sql.lit('classification').as('source'), 'skill_id as id', 'kind', 'family']).where('owner_id', '=', ownerId),
    )
    .execute();
  const custom: CustomSkillFiling[] = [];
  const classifications: Classification[] = [];
  for (const row of rows) {
    const filing = { kind: row.kind as SkillKind, family: row.family as SkillFamily };
    if (row.source === 'custom') custom.push({ id: row.id, ...filing });
    else classifications.push({ skillId: row.id, ...filing });
  }
  return { custom, classifications };
}

/** false when this owner already has a skill with that id. */
export async function insertCustomSkill(db: Db, ownerId: string, skill: CustomSkill): Promise<boolean> {
  const result = await db
    .insertInto('custom_skills')
    .values(customSkillToRow(ownerId, skill, await ownerCipher(db, ownerId)))
    .onConflict((conflict) => conflict.columns(['owner_id', 'id']).doNothing())
    .executeTakeFirst();
  const inserted = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  if (inserted) await filingsChanged(db, ownerId);
  return inserted;
}

export async function replaceCustomSkill(db: Db, ownerId: string, skill: CustomSkill): Promise<void> {
  const { owner_id: _owner, id: _id, ...fields } = customSkillToRow(ownerId, skill, await ownerCipher(db, ownerId));
  await db.updateTable('custom_skills').set(fields).where('owner_id', '=', ownerId).where('id', '=', skill.id).execute();
  await filingsChanged(db, ownerId);
}

/** The person has said what this skill is for them. */
export async function clearAwaitingClassification(db: Db, ownerId: string, skillId: string): Promise<void> {
  await db.updateTable('custom_skills').set({ awaiting_classification: 0 }).where('owner_id', '=', ownerId).where('id', '=', skillId).execute();
}

export async function listClassifications(db: Db, ownerId: string): Promise<Classification[]> {
  const rows = await db
    .selectFrom('skill_classifications')
    .select(['skill_id', 'kind', 'family'])
    .where('owner_id', '=', ownerId)
    .orderBy('skill_id', 'asc')
    .execute();
  return rows.map((row) => ({ skillId: row.skill_id, kind: row.kind as SkillKind, family: row.family as SkillFamily }));
}

export async function upsertClassification(db: Db, ownerId: string, classification: Classification): Promise<void> {
  await db
    .insertInto('skill_classifications')
    .values({ owner_id: ownerId, skill_id: classification.skillId, kind: classification.kind, family: classification.family })
    .onConflict((conflict) =>
      conflict.columns(['owner_id', 'skill_id']).doUpdateSet({ kind: classification.kind, family: classification.family }),
    )
    .execute();
  await filingsChanged(db, ownerId);
}

export async function deleteClassification(db: Db, ownerId: string, skillId: string): Promise<void> {
  await db.deleteFrom('skill_classifications').where('owner_id', '=', ownerId).where('skill_id', '=', skillId).execute();
  await filingsChanged(db, ownerId);
}

async function filingsChanged(db: Db, ownerId: string): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ skill_filings_version: eb('skill_filings_version', '+', 1) }))
    .where('id', '=', ownerId)
    .execute();
}

/** The name, summary and steps are the person's own words, so sealed; kind and family stay plain. */
function customSkillToRow(ownerId: string, skill: CustomSkill, cipher: FieldCipher): CustomSkillsTable {
  return {
    owner_id: ownerId,
    id: skill.id,
    name: cipher.seal('custom_skills', 'name', skill.name),
    kind: skill.kind,
    family: skill.family,
    summary: cipher.seal('custom_skills', 'summary', skill.summary),
    steps: cipher.seal('custom_skills', 'steps', JSON.stringify(skill.steps)),
    created_at: skill.createdAt,
    awaiting_classification: skill.awaitingClassification ? 1 : 0,
  };
}

function rowToCustomSkill(row: CustomSkillsTable, cipher: FieldCipher): CustomSkill {
  return {
    id: row.id,
    name: cipher.open('custom_skills', 'name', row.name),
    kind: row.kind as SkillKind,
    family: row.family as SkillFamily,
    summary: cipher.open('custom_skills', 'summary', row.summary),
    steps: JSON.parse(cipher.open('custom_skills', 'steps', row.steps)) as string[],
    createdAt: row.created_at,
    awaitingClassification: row.awaiting_classification === 1,
  };
}
