import type { SkillEffect } from '../insights/insights-schema';
import type { HealingArea } from '../path/healing-area-types';
import type { Arousal, SkillFamily, SkillView } from '../schemas/skill';

/** The plain words behind each suggestion: short, specific, never a verdict on the person. */

const FAMILY_WORDS: Partial<Record<SkillFamily, string>> = {
  'grounding': 'Brings your attention back to the here and now.',
  'breathing': 'Slower breathing tells your body it can settle.',
  'movement': 'Lets your body use up some of the charge.',
  'distraction': 'Gives your mind somewhere else to rest for a while.',
  'soothing': 'Comforts you through your senses.',
  'connection': 'Someone beside you can make it lighter to carry.',
  'expression': 'Gets what is inside out where you can look at it.',
  'perspective': 'Helps you see the moment from a little further away.',
  'core-beliefs': 'Looks gently at an old belief about yourself.',
  'emotion-processing': 'Makes room to understand what a feeling is about.',
  'regulation': 'Helps your body learn that it is safe now.',
  'boundaries': 'Helps you notice and protect your limits.',
  'self-compassion': 'Practises meeting yourself with kindness.',
  'grief': 'Makes room for what you have lost.',
  'self-trust': 'Rebuilds trust in your own judgement.',
  'allowing-feelings': 'Practises letting a feeling be there without pushing it away.',
};

const AROUSAL_WORDS: Record<Arousal, string> = {
  hyper: 'wound up',
  window: 'steady enough',
  hypo: 'numb or far away',
};

function distressWords(distress: number): string {
  return distress >= 8 ? 'high' : distress >= 4 ? 'moderate' : 'low';
}

function familyWords(skill: Pick<SkillView, 'family'>): string {
  return FAMILY_WORDS[skill.family] ?? '';
}

/** Your own log: how much it eased distress and how much of that lasted. Only for a "soothes" verdict. */
export function ownDataReason(effect: SkillEffect): string {
  if (effect.meanRelief === null || effect.meanHeld === null) return 'In your log it has eased things for you and the ease lasted.';
  const points = Math.round(effect.meanRelief * 10) / 10;
  const held = effect.meanHeld >= 0.9 ? 'nearly all' : effect.meanHeld >= 0.75 ? 'most' : 'more than half';
  const moments = effect.usesWithAfter === 1 ? 'one moment' : `${effect.usesWithAfter} moments`;
  return `Across ${moments} in your log, it brought distress down by about ${points} ${points === 1 ? 'point' : 'points'} on average, `
    + `and ${held} of that ease was still there when you checked in later.`;
}

/** The catalogue's fit: what this kind of skill does, and the arousal and distress it suits (only the parts that fit now). */
export function catalogueReason(skill: Pick<SkillView, 'family' | 'arousal' | 'distressRange'>, distress: number, arousal: Arousal | null): string {
  const feel = arousal !== null && skill.arousal.includes(arousal) ? `you feel ${AROUSAL_WORDS[arousal]}` : null;
  const level = distress >= skill.distressRange.min && distress <= skill.distressRange.max ? `distress is ${distressWords(distress)}` : null;
  const fits = feel && level ? `Fits when ${feel} and ${level}.` : feel || level ? `Fits when ${feel ?? level}.` : '';
  return [familyWords(skill), fits].filter((part) => part !== '').join(' ') || 'A coping skill from Mend\'s list.';
}

function layerWords(area: HealingArea, layer: number): string {
  if (layer === 0) return 'the gentlest layer';
  if (layer === area.layers.length - 1) return 'the deepest layer';
  return `layer ${layer + 1} of ${area.layers.length}`;
}

/** "The next step on your healing path (Core beliefs, the gentlest layer: Noticing)." */
export function pathReason(area: HealingArea, layer: number): string {
  const name = area.layers[layer]?.name;
  return `The next step on your healing path (${area.name}, ${layerWords(area, layer)}${name ? `: ${name}` : ''}).`;
}

/** A first, gentle piece of healing work for someone without a path yet. */
export function gentleHealingReason(skill: Pick<SkillView, 'family'>): string {
  return [familyWords(skill), 'A gentle step toward healing while things are calm, one you can try on your own.'].filter((part) => part !== '').join(' ');
}

export const TRIGGER_FIT = 'It fits a trigger like this.';

export function withTriggerFit(reason: string, fits: boolean): string {
  return fits ? `${reason} ${TRIGGER_FIT}` : reason;
}
