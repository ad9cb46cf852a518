import {
  buildSkillViews, CATALOGUE, CATALOGUE_VERSION, catalogueSkill, catalogueSkillView, customSkillId, customSkillView, filedSkills, momentSkillFacts,
  type ClassificationInput, type MomentSkillFacts, type CustomSkill, type CustomSkillInput, type InsightsSkill, type SkillView,
} from '@mend/core';
import { ApiProblem, notFound } from '../api-problem';
import type { Db } from '../storage/database';
import type { Storage } from '../storage/open-storage';
import type { SkillFilings } from '../storage/skill-filings-cache';
import {
  clearAwaitingClassification, deleteClassification, insertCustomSkill, listClassifications, listCustomSkillIds, listCustomSkills, listSkillFilings,
  upsertClassification,
} from '../storage/skills-store';
import { inTransaction } from '../storage/transaction';
import { randomIdPart } from './secrets';

/** Ids a moment may name: the catalogue's and this person's own. */
export async function knownSkillIds(db: Db, ownerId: string): Promise<Set<string>> {
  return new Set([...CATALOGUE_IDS, ...(await listCustomSkillIds(db, ownerId))]);
}

/**
 * Which skills a moment may name and which bring the crisis offer, from how the person filed
 * theirs. `seenVersion`: the person's skill_filings_version as this request's sign-in read it.
 */
export async function skillFactsForMoments(storage: Storage, ownerId: string, seenVersion: number | undefined): Promise<MomentSkillFacts> {
  const { custom, classifications } = await filingsOf(storage, ownerId, seenVersion);
  return momentSkillFacts(CATALOGUE, custom, classifications);
}

/** Every skill of the person as the insights engine reads it, from the same filings. */
export async function filedSkillsOf(storage: Storage, ownerId: string, seenVersion: number | undefined): Promise<readonly InsightsSkill[]> {
  const { custom, classifications } = await filingsOf(storage, ownerId, seenVersion);
  return filedSkills(CATALOGUE, custom, classifications);
}

/**
 * One read of the person's filings, or none: when the request's sign-in read their version, what
 * this process kept under that version is current (every change moves it), and what is read now
 * is kept under it. Without a version (a therapist's read, the CLI) it is always read.
 */
async function filingsOf(storage: Storage, ownerId: string, seenVersion: number | undefined): Promise<SkillFilings> {
  if (seenVersion === undefined) return listSkillFilings(storage.db, ownerId);
  const kept = storage.skillFilings.get(ownerId, seenVersion);
  if (kept) return kept;
  const filings = await listSkillFilings(storage.db, ownerId);
  storage.skillFilings.set(ownerId, seenVersion, filings);
  return filings;
}

const CATALOGUE_IDS: readonly string[] = CATALOGUE.map((skill) => skill.id);

/** field → problem when `ids` names skills this person does not have. */
export function unknownSkillProblem(ids: readonly string[], known: ReadonlySet<string>, field: string): Record<string, string> {
  const unknown = ids.filter((id) => !known.has(id));
  return unknown.length ? { [field]: `names skills Mend does not know: ${unknown.join(', ')}` } : {};
}

export async function listSkillViews(storage: Storage, ownerId: string): Promise<{ catalogueVersion: number; skills: SkillView[] }> {
  const [custom, classifications] = await Promise.all([
    listCustomSkills(storage.db, ownerId),
    listClassifications(storage.db, ownerId),
  ]);
  return { catalogueVersion: CATALOGUE_VERSION, skills: buildSkillViews(CATALOGUE, custom, classifications) };
}

export function createCustomSkill(storage: Storage, ownerId: string, input: CustomSkillInput, now: Date): Promise<SkillView> {
  return inTransaction(storage, async (db) => {
    const taken = await knownSkillIds(db, ownerId);
    const skill: CustomSkill = {
      id: customSkillId(randomIdPart, taken),
      name: input.name,
      kind: input.kind,
      family: input.family,
      summary: input.summary ?? '',
      steps: input.steps ?? [],
      createdAt: now.toISOString(),
      awaitingClassification: false,
    };
    if (!(await insertCustomSkill(db, ownerId, skill))) {
      throw new ApiProblem(409, 'conflict', 'A skill with this id was added at the same moment. Try again.');
    }
    return customSkillView(skill);
  });
}

export function classifySkill(storage: Storage, ownerId: string, skillId: string, input: ClassificationInput): Promise<SkillView> {
  return inTransaction(storage, async (db) => {
    const view = await skillViewOf(db, ownerId, skillId, { skillId, ...input });
    await upsertClassification(db, ownerId, { skillId, ...input });
    await clearAwaitingClassification(db, ownerId, skillId);
    return { ...view, awaitingClassification: false };
  });
}

export function resetClassification(storage: Storage, ownerId: string, skillId: string): Promise<SkillView> {
  return inTransaction(storage, async (db) => {
    const view = await skillViewOf(db, ownerId, skillId, undefined);
    await deleteClassification(db, ownerId, skillId);
    return view;
  });
}

/** The view this skill will have with `classification`; 404 when the person has no such skill. */
async function skillViewOf(db: Db, ownerId: string, skillId: string, classification: Parameters<typeof customSkillView>[1]): Promise<SkillView> {
  const fromCatalogue = catalogueSkill(skillId);
  if (fromCatalogue) return catalogueSkillView(fromCatalogue, classification);
  const own = (await listCustomSkills(db, ownerId)).find((skill) => skill.id === skillId);
  if (own) return customSkillView(own, classification);
  throw notFound('skill');
}
