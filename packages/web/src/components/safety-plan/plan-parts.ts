import type { SafetyPlanContent } from '@mend/core';

/**
 * The parts of the plan in the order a person uses them in a crisis: notice, calm yourself,
 * be around others, ask someone, reach a professional or a line, make things safer — and why.
 * Titles and prompts in Mend's own words; one list for the view, the editor and print.
 */
export const PLAN_PARTS = [
  { key: 'warningSigns', title: 'My warning signs', prompt: 'Thoughts, feelings, moods or situations that tell me a crisis may be building.' },
  { key: 'calming', title: 'Things I can do on my own to feel calmer', prompt: 'What helps me settle without needing anyone else.' },
  { key: 'distractions', title: 'People and places that take my mind off it', prompt: 'Somewhere to go, or someone to be around, without having to talk about how I feel.' },
  { key: 'helpers', title: 'People I can ask for help', prompt: 'People I trust to tell that I’m struggling.' },
  { key: 'professionals', title: 'Professionals and crisis lines', prompt: 'My therapist, doctor or a service I use, and the crisis lines of my country.' },
  { key: 'saferSurroundings', title: 'Making my surroundings safer', prompt: 'What I can put away, hand over or avoid while things are this hard.' },
  { key: 'reasons', title: 'Reasons I want to keep going', prompt: 'People, plans, places and small things that matter to me.' },
] as const;

export type PlanPartKey = (typeof PLAN_PARTS)[number]['key'];

export function partIsEmpty(plan: SafetyPlanContent, key: PlanPartKey): boolean {
  switch (key) {
    case 'calming': return plan.calmingSkillIds.length === 0 && plan.calmingIdeas.length === 0;
    case 'reasons': return plan.reasons.length === 0 && plan.photo === null;
    default: return plan[key].length === 0;
  }
}
