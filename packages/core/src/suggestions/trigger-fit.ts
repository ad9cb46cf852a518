import { familiesForTag } from '../insights/healing-suggestions';
import type { SkillFamily } from '../schemas/skill';

/** "Argument with my boss!" → "argument-with-my-boss": the shape of a trigger tag, at any length. */
export function triggerSlug(trigger: string | null | undefined): string {
  return (trigger ?? '')
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Healing families that speak to a trigger, best fit first: the insights' word list
 * (familiesForTag) on the trigger's words, and on each pair of neighbouring words so that
 * "people pleasing" or "saying no" are found too.
 */
export function healingFamiliesForTrigger(trigger: string | null | undefined): SkillFamily[] {
  const slug = triggerSlug(trigger);
  if (slug === '') return [];
  const words = slug.split('-');
  const families = familiesForTag(slug);
  for (let i = 0; i + 1 < words.length; i++) {
    for (const family of familiesForTag(`${words[i]}-${words[i + 1]}`)) if (!families.includes(family)) families.push(family);
  }
  return families;
}

/**
 * Coping families that suit a kind of trigger, for the few kinds where the body says plainly what
 * it needs: settling for panic and worry, using up the charge after a fight, company when lonely,
 * comfort in grief, slowing down for a racing mind at night, the here and now for a flashback.
 */
const COPING_BY_WORD: readonly (readonly [words: readonly string[], families: readonly SkillFamily[]])[] = [
  [['anxiety', 'anxious', 'panic', 'worry', 'worries', 'worried', 'uncertainty', 'health', 'illness'], ['breathing', 'grounding']],
  [['anger', 'angry', 'conflict', 'argument', 'arguments', 'fight', 'fighting', 'row', 'shouting', 'resentment', 'irritation'], ['movement', 'breathing']],
  [['loneliness', 'lonely', 'alone', 'isolation', 'isolated'], ['connection']],
  [['grief', 'loss', 'death', 'bereavement', 'funeral', 'anniversary', 'missing'], ['connection', 'soothing']],
  [['sleep', 'insomnia', 'nightmare', 'nightmares', 'overthinking', 'rumination'], ['breathing', 'soothing']],
  [['trauma', 'flashback', 'flashbacks', 'memory', 'memories'], ['grounding']],
];

const COPING_FAMILIES_BY_WORD = new Map<string, readonly SkillFamily[]>();
for (const [words, families] of COPING_BY_WORD) for (const word of words) COPING_FAMILIES_BY_WORD.set(word, families);

/** Coping families that suit a trigger, best fit first; empty when its words say nothing about that. */
export function copingFamiliesForTrigger(trigger: string | null | undefined): SkillFamily[] {
  const families: SkillFamily[] = [];
  for (const word of triggerSlug(trigger).split('-')) {
    for (const family of COPING_FAMILIES_BY_WORD.get(word) ?? []) if (!families.includes(family)) families.push(family);
  }
  return families;
}
