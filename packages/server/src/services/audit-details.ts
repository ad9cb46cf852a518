import type { AuditDetail, DaylioImportResult, ImportResult } from '@mend/core';

/** Counts only: what an import brought in, never what the records say. */
export function importAuditDetail(result: ImportResult): AuditDetail {
  return {
    momentsCreated: result.moments.created,
    momentsUpdated: result.moments.updated,
    momentsUnchanged: result.moments.unchanged,
    skillsCreated: result.customSkills.created,
    skillsUpdated: result.customSkills.updated,
    classifications: result.classifications,
    safetyPlanVersionsCreated: result.safetyPlanVersions.created,
    practicesCreated: result.practices.created,
    practicesUpdated: result.practices.updated,
    path: result.path,
    selfChecksCreated: result.selfChecks.created,
  };
}

/** Counts only: a refused row's reason can quote the file, so reasons stay out. */
export function daylioAuditDetail(result: DaylioImportResult): AuditDetail {
  return { imported: result.imported, alreadyThere: result.alreadyThere, refused: result.refused.length, skillsCreated: result.skillsCreated };
}
