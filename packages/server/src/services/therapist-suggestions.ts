import { randomUUID } from 'node:crypto';
import { healingArea, type Me, type TherapistSuggestion, type TherapistSuggestionAnswer, type TherapistSuggestionCreateSchema } from '@mend/core';
import type { z } from 'zod';
import { ApiProblem, invalidFields, notFound } from '../api-problem';
import type { Storage } from '../storage/open-storage';
import {
  answerSuggestion, findSuggestion, insertSuggestion, listSuggestionsForPerson, listSuggestionsFrom,
} from '../storage/therapist-suggestions-store';
import { inTransaction } from '../storage/transaction';
import { recordAuditEvent } from './audit-log';
import { addAreaToPath } from './path';
import { listSkillViews } from './skills';
import { therapistAccess } from './therapist-access';

export type SuggestionInput = z.output<typeof TherapistSuggestionCreateSchema>;

/** Any running share lets a therapist suggest: a suggestion asks, it reads nothing. */
export async function suggestToPerson(storage: Storage, me: Me, personId: string, input: SuggestionInput, now: Date): Promise<TherapistSuggestion> {
  const access = await therapistAccess(storage.db, me, personId, 'any', now);
  if (input.kind === 'area') {
    if (!healingArea(input.targetId)) throw invalidFields({ targetId: 'must be one of Mend\'s healing areas' });
  } else {
    const { skills } = await listSkillViews(storage, access.person.id);
    const skill = skills.find((candidate) => candidate.id === input.targetId);
    if (!skill) throw invalidFields({ targetId: 'must be a skill in Mend\'s catalogue or one of the person\'s own' });
    // As the person classifies it: what they see as costing them later is not put to them as a practice.
    if (skill.kind === 'maladaptive') throw invalidFields({ targetId: 'must be a coping or healing skill' });
  }
  const message = input.message === null || input.message === '' ? null : input.message;
  const suggestion: TherapistSuggestion = {
    id: randomUUID(),
    therapist: access.therapist,
    person: access.person,
    kind: input.kind,
    targetId: input.targetId,
    message,
    status: 'open',
    createdAt: now.toISOString(),
    answeredAt: null,
  };
  await insertSuggestion(storage.db, access.person.id, { id: suggestion.id, therapistId: access.therapist.id, kind: suggestion.kind, targetId: suggestion.targetId, message, createdAt: suggestion.createdAt });
  return suggestion;
}

export async function sentSuggestions(storage: Storage, me: Me, personId: string, now: Date): Promise<{ suggestions: TherapistSuggestion[] }> {
  const access = await therapistAccess(storage.db, me, personId, 'any', now);
  return { suggestions: await listSuggestionsFrom(storage.db, access.person.id, access.therapist.id) };
}

/** Kept after a share ends: they are the person's, to take up or not. */
export async function suggestionsForPerson(storage: Storage, ownerId: string): Promise<{ suggestions: TherapistSuggestion[] }> {
  return { suggestions: await listSuggestionsForPerson(storage.db, ownerId) };
}

/**
 * Answered once. Accepting an area puts it on the path at its gentlest layer in the same
 * transaction: a full path refuses, and then the suggestion stays open and nothing changes.
 */
export function answerTherapistSuggestion(
  storage: Storage, ownerId: string, id: string, answer: TherapistSuggestionAnswer['answer'], now: Date,
): Promise<TherapistSuggestion> {
  return inTransaction(storage, async (db) => {
    const suggestion = await findSuggestion(db, ownerId, id);
    if (!suggestion) throw notFound('suggestion');
    if (suggestion.status !== 'open') throw alreadyAnswered(suggestion);
    if (answer === 'accepted' && suggestion.kind === 'area') await addAreaToPath(db, ownerId, suggestion.targetId, now);
    if (!(await answerSuggestion(db, ownerId, id, answer, now.toISOString()))) throw alreadyAnswered(suggestion);
    await recordAuditEvent(db, ownerId, {
      kind: 'therapist-suggestion-answered',
      detail: { suggestionId: id, therapist: suggestion.therapist.name, kind: suggestion.kind, targetId: suggestion.targetId, answer },
    }, now);
    return { ...suggestion, status: answer, answeredAt: now.toISOString() };
  });
}

function alreadyAnswered(suggestion: TherapistSuggestion): ApiProblem {
  return new ApiProblem(409, 'conflict', `You already ${suggestion.status === 'accepted' ? 'accepted' : 'declined'} this suggestion.`, {}, suggestion);
}
