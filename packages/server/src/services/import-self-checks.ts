import type { ImportResult, QuestionnaireResult } from '@mend/core';
import type { Db } from '../storage/database';
import { getQuestionnaireResponse, insertQuestionnaireResponse, replaceQuestionnaireResponse } from '../storage/questionnaire-responses-store';
import { sameRecord } from './same-record';

/** Completed self-checks from a file, matched by id: the file's copy wins where they differ. */
export async function importSelfChecks(db: Db, ownerId: string, checks: readonly QuestionnaireResult[], now: Date): Promise<ImportResult['selfChecks']> {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const check of checks) {
    const current = await getQuestionnaireResponse(db, ownerId, null, check.id);
    if (!current) {
      await insertQuestionnaireResponse(db, ownerId, check, now.toISOString());
      counts.created++;
    } else if (sameRecord(current, check)) {
      counts.unchanged++;
    } else {
      await replaceQuestionnaireResponse(db, ownerId, check);
      counts.updated++;
    }
  }
  return counts;
}
