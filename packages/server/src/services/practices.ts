import { randomUUID } from 'node:crypto';
import {
  exerciseById, healingArea, momentTimeProblems, practiceAnswerProblems, type PathAreaState, type Practice, type PracticeCreateSchema, type PracticeListQuerySchema,
} from '@mend/core';
import type { z } from 'zod';
import { ApiProblem, invalidFields, notFound } from '../api-problem';
import * as store from '../storage/practices-store';
import type { Storage } from '../storage/open-storage';
import { inTransaction } from '../storage/transaction';
import { recordAuditEvent } from './audit-log';
import { currentPathState } from './path-state';
import { sameRecord } from './same-record';
import { listSkillViews } from './skills';
import { normalizeTime } from './times';

/** A practice as the route hands it over: the contract's schema has filled the defaults. */
export type PracticeInput = z.output<typeof PracticeCreateSchema>;
export type PracticeListQuery = z.output<typeof PracticeListQuerySchema>;

/**
 * Records a practice. Like a moment, it may carry an id made on the device: sending the same
 * practice again (after a lost answer) returns the stored one; a different one under that id is 409.
 */
export async function createPractice(storage: Storage, ownerId: string, input: PracticeInput, now: Date): Promise<Practice> {
  // A resend is answered from what is stored, before checks against today's state (the area may
  // have left the path since, the skill been removed): what was accepted once stays accepted.
  if (input.id !== undefined) {
    const existing = await store.getPractice(storage.db, ownerId, input.id);
    if (existing) return sameAsStored(existing, input);
  }
  const kind = await checkPracticeFields(storage, ownerId, input, now);
  const { id, ...fields } = input;
  const practice: Practice = {
    ...fields,
    id: id ?? randomUUID(),
    startedAt: normalizeTime(input.startedAt),
    kind,
    createdAt: now.toISOString(),
  };
  if (await store.insertPractice(storage.db, ownerId, practice)) return practice;
  // Another request stored this id in between.
  const existing = await store.getPractice(storage.db, ownerId, practice.id);
  if (existing) return sameAsStored(existing, input);
  throw new ApiProblem(409, 'conflict', 'You already have a different practice with this id.', { id: 'is already used by another practice' });
}

/** The stored practice when the resend holds the same fields; 409 otherwise. Kind and time of recording are the server's own. */
function sameAsStored(existing: Practice, input: PracticeInput): Practice {
  const { id: _id, ...fields } = input;
  const sent = { ...fields, id: existing.id, startedAt: normalizeTime(input.startedAt), kind: existing.kind, createdAt: existing.createdAt };
  if (sameRecord(existing, sent)) return existing;
  throw new ApiProblem(409, 'conflict', 'You already have a different practice with this id.', { id: 'is already used by another practice' });
}

export async function listPractices(storage: Storage, ownerId: string, query: PracticeListQuery): Promise<{ practices: Practice[] }> {
  const practices = await store.listPractices(storage.db, ownerId, {
    ...(query.since !== undefined && { since: normalizeTime(query.since) }),
    ...(query.before !== undefined && { before: normalizeTime(query.before) }),
    ...(query.skillId !== undefined && { skillId: query.skillId }),
    limit: query.limit,
  });
  return { practices };
}

export async function getPractice(storage: Storage, ownerId: string, id: string): Promise<Practice> {
  const practice = await store.getPractice(storage.db, ownerId, id);
  if (!practice) throw notFound('practice');
  return practice;
}

/** The audit log keeps that a practice went, by id only: nothing of what it said. */
export function deletePractice(storage: Storage, ownerId: string, id: string, now: Date): Promise<void> {
  return inTransaction(storage, async (db) => {
    if (!(await store.deletePractice(db, ownerId, id))) throw notFound('practice');
    await recordAuditEvent(db, ownerId, { kind: 'practice-deleted', detail: { practiceId: id } }, now);
  });
}

function reachedLayerSkills(state: PathAreaState): readonly string[] {
  return (healingArea(state.areaId)?.layers ?? []).slice(0, Math.max(state.layer, state.deepestLayer) + 1).flatMap((layer) => layer.skillIds);
}

/**
 * Checks beyond the schema's shape: answers against the exercise (core's rule), and what needs
 * the database or the clock. Answers the kind the skill has for this person (their own classification counts).
 */
async function checkPracticeFields(storage: Storage, ownerId: string, input: PracticeInput, now: Date): Promise<Practice['kind']> {
  const problems: Record<string, string> = practiceAnswerProblems(input);
  const startedAt = momentTimeProblems({ occurredAt: input.startedAt }, now).occurredAt;
  if (startedAt) problems.startedAt = startedAt;
  const skill = (await listSkillViews(storage, ownerId)).skills.find((view) => view.id === input.skillId);
  if (!skill) problems.skillId = `names a skill Mend does not know: ${input.skillId}`;
  const exercise = input.exerciseId === null ? undefined : exerciseById(input.exerciseId);
  if (exercise && exercise.skillId !== input.skillId) problems.exerciseId = `is an exercise for "${exercise.skillId}", not for "${input.skillId}"`;
  if (input.pathAreaId !== null) {
    const path = await currentPathState(storage.db, ownerId);
    const chosen = path.areas.find((area) => area.areaId === input.pathAreaId);
    if (!chosen) problems.pathAreaId = 'must be an area chosen on your healing path';
    // A step on the path is a skill of a layer the person has reached, so no practice counts as going deeper.
    else if (!reachedLayerSkills(chosen).includes(input.skillId)) {
      problems.pathAreaId = `does not have "${input.skillId}" in a layer you have reached`;
    }
  }
  if (!skill || Object.keys(problems).length) throw invalidFields(problems);
  return skill.kind;
}
