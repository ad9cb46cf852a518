import type { Arousal, SkillFamily, SkillKind } from '@mend/core';

export const KIND_LABELS: Record<SkillKind, { name: string; line: string }> = {
  coping: { name: 'Coping', line: 'Relief now: gets me through the moment.' },
  healing: { name: 'Healing', line: 'Change at the source: slower work on what hurts.' },
  maladaptive: { name: 'Maladaptive', line: 'What I do to get through that can cost me later.' },
};

/** "core-beliefs" → "Core beliefs" */
export function familyLabel(family: SkillFamily): string {
  const words = family.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const AROUSAL_LABELS: Record<Arousal, string> = {
  hyper: 'Wound up, racing, on edge',
  window: 'Present, I can think and feel',
  hypo: 'Numb, shut down, far away',
};
