import { PaceSchema, PracticePlanSchema, type PathState } from '@mend/core';
import type { Db } from './database';

/** A person's healing path: one row, plus one row per chosen area. Every query is scoped by ownerId. */

/** undefined when the person has never saved a path. */
export async function getPathState(db: Db, ownerId: string): Promise<PathState | undefined> {
  const row = await db.selectFrom('healing_paths').selectAll().where('owner_id', '=', ownerId).executeTakeFirst();
  if (!row) return undefined;
  const areas = await db
    .selectFrom('healing_path_areas')
    .select(['area_id', 'layer', 'started_at', 'layer_started_at', 'deepest_layer', 'deepest_layer_at'])
    .where('owner_id', '=', ownerId)
    .orderBy('position', 'asc')
    .execute();
  return {
    version: Number(row.version),
    areas: areas.map((area) => ({
      areaId: area.area_id,
      layer: Number(area.layer),
      startedAt: area.started_at,
      layerStartedAt: area.layer_started_at,
      deepestLayer: Number(area.deepest_layer),
      deepestLayerAt: area.deepest_layer_at,
    })),
    // Parsed on the way out: only ever written from checked values, so this never trims data.
    pace: PaceSchema.parse(JSON.parse(row.pace)),
    paused: Number(row.paused) === 1,
    pausedAt: row.paused_at,
    plan: row.plan === null ? null : PracticePlanSchema.parse(JSON.parse(row.plan)),
    updatedAt: row.updated_at,
  };
}

/**
 * Writes `state` in place of the path at `baseVersion` (0: none saved yet). false when the stored
 * path is no longer at that version: another save got there first, and nothing is written.
 */
export async function savePathState(db: Db, ownerId: string, state: PathState & { updatedAt: string }, baseVersion: number): Promise<boolean> {
  const fields = {
    version: state.version,
    pace: JSON.stringify(state.pace),
    paused: state.paused ? 1 : 0,
    paused_at: state.pausedAt,
    plan: state.plan === null ? null : JSON.stringify(state.plan),
    updated_at: state.updatedAt,
  };
  if (baseVersion === 0) {
    const inserted = await db
      .insertInto('healing_paths')
      .values({ owner_id: ownerId, ...fields })
      .onConflict((conflict) => conflict.column('owner_id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  } else {
    const updated = await db
      .updateTable('healing_paths')
      .set(fields)
      .where('owner_id', '=', ownerId)
      .where('version', '=', baseVersion)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
  }
  await db.deleteFrom('healing_path_areas').where('owner_id', '=', ownerId).execute();
  if (state.areas.length) {
    await db
      .insertInto('healing_path_areas')
      .values(state.areas.map((area, position) => ({
        owner_id: ownerId,
        area_id: area.areaId,
        position,
        layer: area.layer,
        started_at: area.startedAt,
        layer_started_at: area.layerStartedAt,
        deepest_layer: area.deepestLayer,
        deepest_layer_at: area.deepestLayerAt,
      })))
      .execute();
  }
  return true;
}
