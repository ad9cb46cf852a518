import type { TagSummary } from '@mend/core';
import { listMomentTags } from '../storage/moments-store';
import type { Storage } from '../storage/open-storage';

/** Tags the person has used, most used first (ties alphabetical), for quick picking. */
export async function summarizeTags(storage: Storage, ownerId: string): Promise<TagSummary> {
  const rows = await listMomentTags(storage.db, ownerId);
  return {
    triggerTags: countTags(rows.map((row) => row.triggerTags)),
    contextTags: countTags(rows.map((row) => row.contextTags)),
  };
}

export function countTags(lists: readonly (readonly string[])[]): Array<{ tag: string; count: number }> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const tag of list) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}
