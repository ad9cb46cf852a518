import type { Arousal, SkillFamily } from '../schemas/skill';
import type { Random } from './prng';
import type { SkillRole } from './skill-roles';

/** What happened to distress after a moment: right after, and how it went on from there. */
export interface Outcome {
  after: number;
  /** Minutes after the moment, and the distress then. */
  followUps: readonly { minutes: number; distress: number }[];
}

const clamp = (value: number) => Math.max(0, Math.min(10, Math.round(value)));

/** How far a stuck trigger has flared up lately, added to its distress (points). */
export const FLARE = 1;
/** The flare covers the last this many days. */
export const FLARE_DAYS = 14;

/**
 * How distressed the demo person is when a moment starts. Numbness is not calm, so hypo moments
 * start fairly high too. `progress` (0 = oldest day, 1 = today) brings it gently down, except
 * for a stuck trigger, which does not ease and has lately flared up (`flare` points).
 */
export function distressBefore(random: Random, arousal: Arousal | null, progress: number, hardPatch: boolean, flare = 0): number {
  const base = arousal === 'hyper' ? random.int(6, 9) : arousal === 'hypo' ? random.int(5, 8) : random.int(3, 7);
  const easing = progress * 2 + (random.next() - 0.5);
  const value = clamp(base - easing + (hardPatch ? 1 : 0) + flare);
  // 10 is "the worst I can imagine": rare, and kept for the hardest stretch.
  return Math.max(2, hardPatch ? value : Math.min(9, value));
}

/**
 * Two skills tried and distress still high afterwards: what happens now and then when a stuck
 * trigger flares. Still 7 or more right after; a little lower by the follow-up.
 */
export function stillHighOutcome(random: Random, before: number): Outcome {
  const after = Math.max(7, before - random.int(0, 1));
  return { after, followUps: [{ minutes: random.int(120, 240), distress: Math.max(0, Math.min(after, before - 1)) }] };
}

/**
 * The pattern the insights engine should discover for each role:
 * helpful = a clear drop that lasts; distracting = a small drop that climbs back within hours;
 * maladaptive = relief (numbing) or little change, and worse later; healing = a modest drop
 * that keeps easing.
 */
export function outcomeFor(
  random: Random,
  role: SkillRole | 'none',
  before: number,
  progress: number,
  family: SkillFamily | null,
): Outcome {
  switch (role) {
    case 'helpful': {
      const after = clamp(before - random.int(2, 4) - (random.chance(progress) ? 1 : 0));
      const later = Math.min(clamp(after + random.int(-1, 1)), Math.max(0, before - 2));
      return { after, followUps: [{ minutes: random.int(90, 180), distress: later }] };
    }
    case 'distracting': {
      const after = clamp(before - random.int(1, 2));
      const climbed = clamp(before - random.int(0, 1) + (random.chance(0.3) ? 1 : 0));
      const followUps = [{ minutes: random.int(110, 140), distress: Math.max(climbed, after + 1) }];
      if (random.chance(0.3)) followUps.push({ minutes: random.int(600, 780), distress: clamp(before + random.int(-1, 0)) });
      return { after, followUps };
    }
    case 'maladaptive': {
      if (family === 'numbing') {
        // Numbing works in the moment, which is exactly why it is hard to give up.
        return {
          after: clamp(before - random.int(2, 4)),
          followUps: [{ minutes: random.int(600, 840), distress: clamp(before + random.int(0, 1)) }],
        };
      }
      const after = clamp(before - random.int(0, 1));
      return { after, followUps: [{ minutes: random.int(150, 300), distress: clamp(before + random.int(0, 1)) }] };
    }
    case 'healing': {
      const after = clamp(before - random.int(1, 3));
      return { after, followUps: [{ minutes: random.int(120, 240), distress: clamp(after - random.int(0, 2)) }] };
    }
    case 'none':
      return { after: clamp(before - random.int(0, 1)), followUps: [{ minutes: random.int(120, 240), distress: clamp(before - random.int(-1, 1)) }] };
  }
}

/** How often the person comes back to note how it went, per role. */
export const FOLLOW_UP_CHANCE: Record<SkillRole | 'none', number> = {
  helpful: 0.45,
  distracting: 0.7,
  maladaptive: 0.6,
  healing: 0.5,
  none: 0.1,
};
