import type { SkillFamily } from '../schemas/skill';
import type { InsightsSkill } from './insights-input';
import { MAX_SUGGESTIONS } from './thresholds';

/**
 * Which healing families fit a trigger, from the words of its tag. A tag is a person's own words
 * ("work-conflict", "mum", "poor-sleep"), so this is a plain word list, not a classifier: each
 * word points to the kinds of deeper work that usually speak to it.
 */
const WORD_FAMILIES: readonly (readonly [words: readonly string[], families: readonly SkillFamily[]])[] = [
  [['work', 'job', 'boss', 'manager', 'colleague', 'colleagues', 'deadline', 'deadlines', 'workload', 'exam', 'exams', 'study', 'school', 'university'],
    ['boundaries', 'core-beliefs', 'self-compassion']],
  [['criticism', 'criticised', 'criticized', 'feedback', 'failure', 'failing', 'mistake', 'mistakes', 'perfectionism', 'judged', 'shame', 'ashamed', 'worthless', 'not-enough'],
    ['core-beliefs', 'self-compassion']],
  [['conflict', 'argument', 'arguments', 'fight', 'fighting', 'row', 'shouting'],
    ['boundaries', 'emotion-processing']],
  [['family', 'mother', 'mum', 'mom', 'father', 'dad', 'parent', 'parents', 'brother', 'sister', 'sibling', 'siblings', 'childhood', 'in-laws', 'holidays'],
    ['boundaries', 'core-beliefs', 'self-compassion']],
  [['relationship', 'partner', 'rejection', 'rejected', 'breakup', 'dating', 'ex', 'friendship', 'friends'],
    ['core-beliefs', 'boundaries', 'self-trust']],
  [['loneliness', 'lonely', 'alone', 'isolation', 'isolated'],
    ['self-compassion', 'allowing-feelings', 'core-beliefs']],
  [['grief', 'loss', 'death', 'bereavement', 'anniversary', 'funeral', 'miscarriage', 'missing'],
    ['grief', 'allowing-feelings']],
  [['betrayal', 'betrayed', 'trust', 'lied', 'lying', 'cheated', 'cheating'],
    ['self-trust', 'boundaries']],
  [['guilt', 'guilty', 'people-pleasing', 'saying-no', 'obligation'],
    ['boundaries', 'self-compassion']],
  [['anger', 'angry', 'resentment', 'irritation'],
    ['emotion-processing', 'boundaries']],
  [['anxiety', 'anxious', 'panic', 'worry', 'worries', 'uncertainty', 'health', 'illness', 'pain', 'money', 'debt', 'bills', 'rent'],
    ['regulation', 'emotion-processing', 'allowing-feelings']],
  [['sleep', 'poor-sleep', 'insomnia', 'nightmare', 'nightmares', 'exhaustion', 'overthinking', 'rumination'],
    ['regulation', 'allowing-feelings']],
  [['trauma', 'flashback', 'flashbacks', 'memory', 'memories'],
    ['regulation', 'emotion-processing']],
];

/** Gentle, general healing work for a trigger the word list does not know. */
export const GENTLE_FAMILIES: readonly SkillFamily[] = ['self-compassion', 'allowing-feelings', 'regulation'];

const FAMILIES_BY_WORD = new Map<string, SkillFamily[]>();
for (const [words, families] of WORD_FAMILIES) {
  for (const word of words) FAMILIES_BY_WORD.set(word, [...(FAMILIES_BY_WORD.get(word) ?? []), ...families]);
}

/** Healing families for a trigger tag, best fit first; the whole tag counts before its words. */
export function familiesForTag(tag: string): SkillFamily[] {
  const families: SkillFamily[] = [];
  for (const word of [tag, ...tag.split('-')]) {
    for (const family of FAMILIES_BY_WORD.get(word) ?? []) if (!families.includes(family)) families.push(family);
  }
  return families;
}

/**
 * Up to MAX_SUGGESTIONS of the person's healing skills for a trigger: one from each fitting family
 * in turn (in the order the person's skill list gives them, one named after the trigger first),
 * then gentle general ones, and skills meant for a therapist's room only after something the
 * person can try alone.
 */
export function suggestHealingSkills(tag: string, skills: readonly InsightsSkill[]): string[] {
  const healing = skills.filter((skill) => skill.kind === 'healing' && !skill.pointsToCrisisHelp);
  const alone = healing.filter((skill) => !skill.withTherapist);
  const withTherapist = healing.filter((skill) => skill.withTherapist);
  const picked: string[] = [];
  // Within a family, a skill named after the trigger comes first ("anger" → "whats-under-anger").
  const words = tag.split('-').filter((word) => word.length >= 4);
  const named = (skill: InsightsSkill) => (words.some((word) => skill.id.includes(word)) ? 0 : 1);
  const take = (candidates: readonly InsightsSkill[], families: readonly SkillFamily[]) => {
    const queues = families.map((family) =>
      candidates.filter((skill) => skill.family === family && !picked.includes(skill.id)).sort((a, b) => named(a) - named(b)));
    for (let added = true; added && picked.length < MAX_SUGGESTIONS;) {
      added = false;
      for (const queue of queues) {
        const next = queue.shift();
        if (next && !picked.includes(next.id) && picked.length < MAX_SUGGESTIONS) {
          picked.push(next.id);
          added = true;
        }
      }
    }
  };
  const fitting = familiesForTag(tag);
  take(alone, fitting);
  take(alone, GENTLE_FAMILIES);
  if (picked.length > 0) take(withTherapist, fitting);
  return picked;
}
