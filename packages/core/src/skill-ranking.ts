import type { SkillFamily, SkillKind } from './schemas/skill';

/** What ranking needs from a moment: when it happened and which skills were used. */
export interface SkillUse {
  occurredAt: string;
  skillIds: readonly string[];
}

/** What ranking needs from a skill. */
export interface RankableSkill {
  id: string;
  kind: SkillKind;
  family: SkillFamily;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Skill ids ordered by how much the person has leaned on them lately: every use counts, and a use
 * counts half as much for every `halfLifeDays` that have passed. So both "recent" and "most used"
 * rise to the top, and a skill used daily a month ago yields to this week's habits over time.
 */
export function rankSkillsByUse(moments: readonly SkillUse[], now: Date, halfLifeDays = 14): string[] {
  const scores = new Map<string, { score: number; lastUsed: number }>();
  for (const moment of moments) {
    const at = Date.parse(moment.occurredAt);
    if (Number.isNaN(at)) continue;
    const ageDays = Math.max(0, now.getTime() - at) / DAY_MS;
    const weight = 0.5 ** (ageDays / halfLifeDays);
    for (const id of new Set(moment.skillIds)) {
      const entry = scores.get(id) ?? { score: 0, lastUsed: -Infinity };
      entry.score += weight;
      entry.lastUsed = Math.max(entry.lastUsed, at);
      scores.set(id, entry);
    }
  }
  return [...scores.entries()]
    .sort(([idA, a], [idB, b]) => b.score - a.score || b.lastUsed - a.lastUsed || idA.localeCompare(idB))
    .map(([id]) => id);
}

/** Families to offer first when there is no history yet: quick, body-based relief. */
export const DEFAULT_QUICK_FAMILIES: readonly SkillFamily[] = [
  'breathing', 'grounding', 'movement', 'connection', 'soothing', 'distraction', 'expression',
];

/**
 * The skills a quick log shows before any search: the person's own recent and most-used ones,
 * topped up with one coping skill from each default family, at most `count` in all.
 */
export function quickSkillIds(
  skills: readonly RankableSkill[],
  moments: readonly SkillUse[],
  now: Date,
  count = 8,
): string[] {
  const known = new Set(skills.map((skill) => skill.id));
  const picked = rankSkillsByUse(moments, now).filter((id) => known.has(id)).slice(0, count);
  for (const family of DEFAULT_QUICK_FAMILIES) {
    if (picked.length >= count) break;
    const fallback = skills.find((skill) => skill.kind === 'coping' && skill.family === family && !picked.includes(skill.id));
    if (fallback) picked.push(fallback.id);
  }
  return picked;
}
