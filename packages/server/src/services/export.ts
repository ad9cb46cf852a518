import { CATALOGUE_VERSION, EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from '@mend/core';
import { notFound } from '../api-problem';
import { listSkips } from '../storage/follow-up-skips-store';
import { listAllMoments } from '../storage/moments-store';
import { getPathState } from '../storage/path-store';
import { listAllPractices } from '../storage/practices-store';
import { listAllQuestionnaireResponses } from '../storage/questionnaire-responses-store';
import { listVersions } from '../storage/safety-plan-store';
import type { Storage } from '../storage/open-storage';
import { listClassifications, listCustomSkills } from '../storage/skills-store';
import type { Db } from '../storage/database';
import { inTransaction } from '../storage/transaction';
import { findUserById } from '../storage/users-store';
import { recordAuditEvent } from './audit-log';
import { preferencesOf } from './preferences';

/**
 * Everything the person has, in export format v1. Sorted in code (not by the database's
 * collation) so the same data gives byte-for-byte the same file on SQLite and PostgreSQL.
 */
export function exportAccount(storage: Storage, ownerId: string, now: Date): Promise<ExportDocument> {
  // One transaction: a moment saved mid-export is either wholly in the file or not at all, and
  // the audit log says so exactly when the data was read.
  return inTransaction(storage, async (db) => {
    const document = await readExportDocument(db, ownerId, now);
    await recordAuditEvent(db, ownerId, { kind: 'export', detail: { format: 'json', records: 'everything' } }, now);
    return document;
  });
}

/** The export document, read with `db` (run it in a transaction). Records nothing: the caller logs what it hands out. */
export async function readExportDocument(db: Db, ownerId: string, now: Date): Promise<ExportDocument> {
  const user = await findUserById(db, ownerId);
  if (!user) throw notFound('account');
  const [customSkills, classifications, moments, preferences, followUpSkips, safetyPlanVersions, practices, path, selfChecks] = [
    await listCustomSkills(db, ownerId),
    await listClassifications(db, ownerId),
    await listAllMoments(db, ownerId),
    await preferencesOf(db, ownerId),
    await listSkips(db, ownerId),
    await listVersions(db, ownerId),
    await listAllPractices(db, ownerId),
    await getPathState(db, ownerId),
    await listAllQuestionnaireResponses(db, ownerId),
  ];
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    catalogueVersion: CATALOGUE_VERSION,
    account: { name: user.name },
    customSkills: customSkills.sort((a, b) => compareText(a.id, b.id)),
    classifications: classifications.sort((a, b) => compareText(a.skillId, b.skillId)),
    moments: moments.sort((a, b) => compareText(a.occurredAt, b.occurredAt) || compareText(a.id, b.id)),
    preferences,
    followUpSkips: followUpSkips.sort((a, b) => compareText(a.momentId, b.momentId)),
    safetyPlanVersions: safetyPlanVersions.sort((a, b) => a.version - b.version),
    practices: practices.sort((a, b) => compareText(a.startedAt, b.startedAt) || compareText(a.id, b.id)),
    path: path ?? null,
    selfChecks: selfChecks.sort((a, b) => compareText(a.takenAt, b.takenAt) || compareText(a.id, b.id)),
  };
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
