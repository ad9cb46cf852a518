import { MAX_DISTRESS } from '../distress';
import { RISK_EMOTIONS } from '../emotions';
import type { SkillView } from '../schemas/skill';

/**
 * When Mend offers its full-screen crisis support after a moment is logged. The same rule runs
 * on the server (the API answers `crisisOffer: true`) and in the browser (so the offer appears
 * even when the request fails or waits in the outbox). Offering is never blocking: the person
 * can always close it.
 */

/** Distress at this level, before or after, brings the offer. */
export const CRISIS_OFFER_DISTRESS = MAX_DISTRESS;

export type CrisisOfferReason = 'distress' | 'emotion' | 'skill';

export interface CrisisOfferMoment {
  distressBefore: number;
  distressAfter?: number | null | undefined;
  emotions?: readonly string[] | undefined;
  skillIds?: readonly string[] | undefined;
}

/**
 * The catalogue's skills that point to crisis help, by id: for a client that has no skill list at
 * hand (and should not have to load the whole catalogue for this). A test keeps it equal to the
 * catalogue's own flags.
 */
export const CATALOGUE_CRISIS_SKILL_IDS: readonly string[] = ['self-harm-urges'];

/** Skills that count as a risk for this person: the catalogue's crisis pointers, and anything they filed under self-harm. */
export function riskSkillIds(skills: ReadonlyArray<Pick<SkillView, 'id' | 'family' | 'pointsToCrisisHelp'>>): Set<string> {
  return new Set(skills.filter((skill) => skill.pointsToCrisisHelp || skill.family === 'self-harm').map((skill) => skill.id));
}

/** Why the offer is due, in a fixed order; empty when it is not. */
export function crisisOfferReasons(moment: CrisisOfferMoment, riskSkills: ReadonlySet<string>): CrisisOfferReason[] {
  const reasons: CrisisOfferReason[] = [];
  if (moment.distressBefore >= CRISIS_OFFER_DISTRESS || (moment.distressAfter ?? -1) >= CRISIS_OFFER_DISTRESS) reasons.push('distress');
  if ((moment.emotions ?? []).some((emotion) => (RISK_EMOTIONS as readonly string[]).includes(emotion))) reasons.push('emotion');
  if ((moment.skillIds ?? []).some((id) => riskSkills.has(id))) reasons.push('skill');
  return reasons;
}

export function shouldOfferCrisisSupport(moment: CrisisOfferMoment, riskSkills: ReadonlySet<string>): boolean {
  return crisisOfferReasons(moment, riskSkills).length > 0;
}
