import type { PathImportOutcome, PathState, Practice } from '@mend/core';
import { ApiProblem } from '../api-problem';
import type { Db } from '../storage/database';
import { savePathState } from '../storage/path-store';
import { getPracticesByIds, insertPractice, replacePractice } from '../storage/practices-store';
import { currentPathState } from './path-state';
import { sameRecord } from './same-record';
import { nextVersion } from './next-version';

/** Practices are matched by id: a new one is added, a different one under a known id replaces it. */
export async function importPractices(db: Db, ownerId: string, practices: readonly Practice[]): Promise<{ created: number; updated: number; unchanged: number }> {
  const existing = await getPracticesByIds(db, ownerId, practices.map((practice) => practice.id));
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const practice of practices) {
    const current = existing.get(practice.id);
    if (!current) {
      await insertPractice(db, ownerId, practice);
      counts.created++;
    } else if (sameRecord(current, practice)) {
      counts.unchanged++;
    } else {
      await replacePractice(db, ownerId, practice);
      counts.updated++;
    }
  }
  return counts;
}

/**
 * The file's path replaces the account's only when the account has none or the file's was saved
 * later, so an old backup never undoes newer choices. A replaced path takes a version above both,
 * so an edit still open somewhere from the account's old version gets 409 rather than overwriting it.
 */
export async function importPath(db: Db, ownerId: string, path: PathState | null): Promise<PathImportOutcome> {
  if (!path?.updatedAt) return 'not-in-file';
  const current = await currentPathState(db, ownerId);
  if (current.version > 0 && sameContent(current, path)) return 'unchanged';
  if (current.updatedAt !== null && current.updatedAt >= path.updatedAt) return 'kept-newer';
  const version = current.version === 0 ? Math.max(1, path.version) : Math.max(path.version, nextVersion('healing path', current.version));
  if (!(await savePathState(db, ownerId, { ...path, version, updatedAt: path.updatedAt }, current.version))) {
    // Saved somewhere else while this import ran: nothing of the import lands, and it can simply run again.
    throw new ApiProblem(409, 'conflict', 'Your healing path was changed while this file was being imported. Import it again.');
  }
  return 'imported';
}

function sameContent(a: PathState, b: PathState): boolean {
  const { version: _a, ...left } = a;
  const { version: _b, ...right } = b;
  return sameRecord(left, right);
}
