import {
  EXPORT_VERSION, ExportHeaderSchema, ImportDocumentSchema, type CustomSkill, type ExportDocument, type ImportResult, type Moment, type PathState,
} from '@mend/core';
import { ApiProblem, invalidFields, staleVersion } from '../api-problem';
import type { Db } from '../storage/database';
import { upsertSkip } from '../storage/follow-up-skips-store';
import { getMomentsByIds, insertMoment, replaceMoment } from '../storage/moments-store';
import type { Storage } from '../storage/open-storage';
import { savePreferences } from '../storage/preferences-store';
import { insertCustomSkill, listCustomSkills, replaceCustomSkill, upsertClassification } from '../storage/skills-store';
import { inTransaction } from '../storage/transaction';
import { recordAuditEvent } from './audit-log';
import { importAuditDetail } from './audit-details';
import { importPath, importPractices } from './import-path';
import { importSelfChecks } from './import-self-checks';
import { importSafetyPlanVersions } from './import-safety-plan';
import { documentProblems, skillReferenceProblems, skipReferenceProblems } from './import-checks';
import { knownSkillIds } from './skills';
import { preferencesOf } from './preferences';
import { sameRecord } from './same-record';
import { normalizeTime } from './times';
import { zodFieldProblems } from './zod-problems';
import { nextVersion } from './next-version';

type Counts = ImportResult['moments'];

/**
 * Imports an export document: everything is checked before anything is written, then every
 * record is upserted by id in one transaction. Importing the same file twice changes nothing.
 * A file written before preferences were exported leaves the account's preferences as they are,
 * rather than resetting them to the defaults the schema fills in. The idle sign-out is never
 * imported: it guards sessions, and an import may come with a token (see preferences.ts). One
 * without a healing path (or
 * with an older one than the account's) leaves the account's path as it is (see import-path.ts).
 */
export async function importAccount(storage: Storage, ownerId: string, document: unknown, now: Date): Promise<ImportResult> {
  const parsed = parseDocument(document, now);
  const hasPreferences = typeof document === 'object' && document !== null && 'preferences' in document;
  const hasCountry = hasPreferences && hasKey((document as { preferences: unknown }).preferences, 'country');
  return inTransaction(storage, async (db) => {
    const known = await knownSkillIds(db, ownerId);
    for (const skill of parsed.customSkills) known.add(skill.id);
    const references = {
      ...skillReferenceProblems(parsed, known),
      ...skipReferenceProblems(parsed, await momentIdsAfterImport(db, ownerId, parsed)),
    };
    if (Object.keys(references).length) throw invalidFields(references);

    const customSkills = await importCustomSkills(db, ownerId, parsed.customSkills);
    for (const classification of parsed.classifications) await upsertClassification(db, ownerId, classification);
    const moments = await importMoments(db, ownerId, parsed.moments);
    if (hasPreferences) {
      // A file from before `country` existed must not clear what the account has.
      const current = await preferencesOf(db, ownerId);
      const country = hasCountry ? parsed.preferences.country : current.country;
      await savePreferences(db, ownerId, { ...parsed.preferences, country, idleSignOutMinutes: current.idleSignOutMinutes });
    }
    // After the moments: a skip's row refers to its moment's.
    for (const skip of parsed.followUpSkips) await upsertSkip(db, ownerId, skip);
    const safetyPlanVersions = await importSafetyPlanVersions(db, ownerId, parsed.safetyPlanVersions);
    const practices = await importPractices(db, ownerId, parsed.practices);
    const path = await importPath(db, ownerId, parsed.path);
    const selfChecks = await importSelfChecks(db, ownerId, parsed.selfChecks, now);
    const result = { moments, customSkills, classifications: parsed.classifications.length, safetyPlanVersions, practices, path, selfChecks };
    await recordAuditEvent(db, ownerId, { kind: 'import', detail: importAuditDetail(result) }, now);
    return result;
  });
}

/** The ids, among those the skips name, of moments that will exist once the import is done. */
async function momentIdsAfterImport(db: Db, ownerId: string, document: ExportDocument): Promise<Set<string>> {
  const ids = new Set(document.moments.map((moment) => moment.id));
  const elsewhere = document.followUpSkips.map((skip) => skip.momentId).filter((id) => !ids.has(id));
  for (const id of (await getMomentsByIds(db, ownerId, elsewhere)).keys()) ids.add(id);
  return ids;
}

/** The header first, so a file from a newer Mend gets "update Mend", not a page of field errors. */
function parseDocument(document: unknown, now: Date): ExportDocument {
  const header = ExportHeaderSchema.safeParse(document);
  if (!header.success) throw zodFieldProblems(header.error.issues);
  if (header.data.version > EXPORT_VERSION) {
    throw new ApiProblem(
      422,
      'unsupported_version',
      `This file was made by a newer version of Mend (export format ${header.data.version}; this Mend reads up to ${EXPORT_VERSION}). Update Mend, then import it again.`,
      { version: `must be at most ${EXPORT_VERSION}` },
    );
  }
  const full = ImportDocumentSchema.safeParse(document);
  if (!full.success) throw zodFieldProblems(full.error.issues);
  const problems = documentProblems(full.data, now);
  if (Object.keys(problems).length) throw invalidFields(problems);
  return {
    ...full.data,
    customSkills: full.data.customSkills.map((skill) => ({ ...skill, createdAt: normalizeTime(skill.createdAt) })),
    moments: full.data.moments.map(normalizeMoment),
    followUpSkips: full.data.followUpSkips.map((skip) => ({ momentId: skip.momentId, at: normalizeTime(skip.at) })),
    safetyPlanVersions: full.data.safetyPlanVersions.map((version) => ({ ...version, savedAt: normalizeTime(version.savedAt) })),
    practices: full.data.practices.map((practice) => ({ ...practice, startedAt: normalizeTime(practice.startedAt), createdAt: normalizeTime(practice.createdAt) })),
    path: full.data.path && normalizePath(full.data.path),
    selfChecks: full.data.selfChecks.map((check) => ({ ...check, takenAt: normalizeTime(check.takenAt) })),
  };
}

async function importCustomSkills(db: Db, ownerId: string, skills: readonly CustomSkill[]): Promise<Counts> {
  const existing = new Map((await listCustomSkills(db, ownerId)).map((skill) => [skill.id, skill]));
  const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
  for (const skill of skills) {
    const current = existing.get(skill.id);
    if (!current) {
      await insertCustomSkill(db, ownerId, skill);
      counts.created++;
    } else if (sameRecord(current, skill)) {
      counts.unchanged++;
    } else {
      await replaceCustomSkill(db, ownerId, skill);
      counts.updated++;
    }
  }
  return counts;
}

async function importMoments(db: Db, ownerId: string, moments: readonly Moment[]): Promise<Counts> {
  const existing = await getMomentsByIds(db, ownerId, moments.map((moment) => moment.id));
  const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
  for (const moment of moments) {
    const current = existing.get(moment.id);
    if (!current) {
      await insertMoment(db, ownerId, moment);
      counts.created++;
    } else if (sameRecord({ ...current, version: 0 }, { ...moment, version: 0 })) {
      // The version says how often a moment was edited where it lives, not what it holds.
      counts.unchanged++;
    } else {
      // An import over a moment is an edit of it: the version moves on (as the path's does), so a
      // device still holding the older copy gets 409 instead of silently undoing the import.
      const next = { ...moment, version: Math.max(moment.version, nextVersion('moment', current.version)) };
      if (!(await replaceMoment(db, ownerId, next, current.version))) throw staleVersion('moment', current.version, current.version + 1);
      counts.updated++;
    }
  }
  return counts;
}

function normalizeMoment(moment: Moment): Moment {
  return {
    ...moment,
    occurredAt: normalizeTime(moment.occurredAt),
    followUps: moment.followUps.map((followUp) => ({ at: normalizeTime(followUp.at), distress: followUp.distress })),
    createdAt: normalizeTime(moment.createdAt),
    updatedAt: normalizeTime(moment.updatedAt),
  };
}

function normalizePath(path: PathState): PathState {
  const time = (at: string | null) => (at === null ? null : normalizeTime(at));
  return {
    ...path,
    // Field by field, in the order storage reads them back: an unchanged path compares equal.
    areas: path.areas.map((area) => ({
      areaId: area.areaId,
      layer: area.layer,
      startedAt: normalizeTime(area.startedAt),
      layerStartedAt: normalizeTime(area.layerStartedAt),
      deepestLayer: area.deepestLayer,
      deepestLayerAt: time(area.deepestLayerAt),
    })),
    pausedAt: time(path.pausedAt),
    updatedAt: time(path.updatedAt),
  };
}

function hasKey(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && key in value;
}
