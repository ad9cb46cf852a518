import { CATALOGUE, catalogueSkill } from '../catalogue/index';
import { GENTLE_FAMILIES } from '../insights/healing-suggestions';
import type { SkillEffect, WindowWeek } from '../insights/insights-schema';
import { healingArea } from '../path/healing-areas';
import { currentPathLayer, nextPathStep, recentWeeks, type HealingAreaLookup } from '../path/next-step';
import { exerciseForSkill } from '../practice/exercises/index';
import type { PathState } from '../schemas/path';
import type { Practice } from '../schemas/practice';
import type { Arousal, SkillFamily, SkillView } from '../schemas/skill';
import type { Suggestion, SuggestionBand, Suggestions } from '../schemas/suggestions';
import { catalogueReason, gentleHealingReason, ownDataReason, pathReason, withTriggerFit } from './suggestion-reasons';
import { copingFamiliesForTrigger, healingFamiliesForTrigger, triggerSlug } from './trigger-fit';

export interface WhatMightHelpInput {
  distress: number;
  arousal?: Arousal | null;
  trigger?: string | null;
  /** The person's skill views (kind as they classified it). */
  skills: readonly SkillView[];
  /** From computeInsights(…).skillEffects; empty without insights. */
  skillEffects: readonly SkillEffect[];
  /** From computeInsights(…).windowOfTolerance.weeks. */
  windowWeeks: readonly WindowWeek[];
  path: PathState | null;
  practices: readonly Practice[];
  asOf: Date;
  timeZone: string;
  /** Default: Mend's healing areas. */
  areas?: HealingAreaLookup;
}

/** Distress at or above this, or feeling numb (hypo), is "steady first". */
export const STEADY_FIRST_FROM = 8;
/** At or above this (and below STEADY_FIRST_FROM): ease. Below: heal or gentle. */
export const EASE_FROM = 4;
export const MAX_WHAT_MIGHT_HELP = 5;
/** Light coping offered beside the one step of the healing path. */
export const LIGHT_BESIDE_PATH = 2;

/** Family orders for the catalogue's coping skills, one per family in turn. */
const STEADY_FAMILIES: readonly SkillFamily[] = ['grounding', 'breathing'];
const EASE_FAMILIES: readonly SkillFamily[] = ['breathing', 'grounding', 'movement', 'soothing', 'connection', 'expression', 'distraction', 'perspective'];
const LIGHT_FAMILIES: readonly SkillFamily[] = ['soothing', 'movement', 'connection', 'expression', 'perspective', 'breathing', 'grounding', 'distraction'];

/**
 * "What might help now": a short ranked list, each with why, from the distress and arousal now
 * (and the trigger, if given), the person's own skill effects, their recent weeks and their path.
 *
 * - distress ≥ 8 or numb (hypo): steady first. Grounding and breathing that suit the arousal
 *   (what soothes this person first), then other coping that suits it; the safety plan offered;
 *   never healing work.
 * - 4–7: ease. The person's coping skills whose verdict is "soothes", most relief first; then
 *   catalogue coping skills whose distress range and arousal fit, one family at a time (families
 *   that suit the trigger first).
 * - ≤ 3, the last two complete weeks mostly inside the window, arousal not hyper, and a path step
 *   the pace has room for: heal. That one step (an area that fits the trigger first), plus up to
 *   two light coping skills.
 * - ≤ 3 otherwise: gentle. Light coping; and without a path (and without hard recent weeks), one
 *   gentle healing skill to try alone, one that fits the trigger first.
 *
 * Maladaptive skills, skills that point to crisis help and anything filed under self-harm are
 * never suggested, whatever the numbers say. At most 5. The same input always gives the same list.
 */
export function suggestWhatMightHelp(input: WhatMightHelpInput): Suggestions {
  const context = makeContext(input);
  const { distress, arousal } = context;
  if (distress >= STEADY_FIRST_FROM || arousal === 'hypo') {
    return { band: 'steady-first', offerSafetyPlan: true, suggestions: steadyFirst(context) };
  }
  if (distress >= EASE_FROM) return answer('ease', ease(context));
  const step = arousal === 'hyper' || recentWeeks(input.windowWeeks) !== 'steady' ? null : pathStep(input, context);
  if (step) {
    const picks = new Picks(context, 1 + LIGHT_BESIDE_PATH);
    picks.add(step);
    lightCoping(context, picks);
    return answer('heal', picks.list);
  }
  return answer('gentle', gentle(input, context));
}

function answer(band: SuggestionBand, suggestions: Suggestion[]): Suggestions {
  return { band, offerSafetyPlan: false, suggestions };
}

interface Context {
  distress: number;
  arousal: Arousal | null;
  /** The skills that may be suggested at all, sorted by id. */
  allowed: readonly SkillView[];
  effects: ReadonlyMap<string, SkillEffect>;
  copingFamilies: readonly SkillFamily[];
}

function makeContext(input: WhatMightHelpInput): Context {
  const allowed = input.skills
    .filter((skill) => skill.kind !== 'maladaptive' && !skill.pointsToCrisisHelp && skill.family !== 'self-harm')
    .sort((a, b) => compareIds(a.id, b.id));
  return {
    distress: input.distress,
    arousal: input.arousal ?? null,
    allowed,
    effects: new Map(input.skillEffects.map((effect) => [effect.skillId, effect])),
    copingFamilies: copingFamiliesForTrigger(input.trigger),
  };
}

/** The list being built: no skill twice, never past its limit. */
class Picks {
  readonly list: Suggestion[] = [];
  constructor(private readonly context: Context, private readonly limit: number) {}

  get full(): boolean {
    return this.list.length >= this.limit;
  }

  has(skillId: string): boolean {
    return this.list.some((suggestion) => suggestion.skillId === skillId);
  }

  add(suggestion: Suggestion): void {
    if (!this.full && !this.has(suggestion.skillId)) this.list.push(suggestion);
  }

  /** The person's coping skills that soothe them, most relief first. */
  addOwnSoothing(filter: (skill: SkillView) => boolean = () => true): void {
    const soothing = this.context.allowed.filter((skill) => skill.kind === 'coping' && filter(skill) && this.context.effects.get(skill.id)?.verdict === 'soothes');
    soothing.sort((a, b) => {
      const effectA = this.context.effects.get(a.id)!, effectB = this.context.effects.get(b.id)!;
      return (effectB.shrunkRelief ?? 0) - (effectA.shrunkRelief ?? 0) || (effectB.meanHeld ?? 0) - (effectA.meanHeld ?? 0) || compareIds(a.id, b.id);
    });
    for (const skill of soothing) this.add(suggestion(skill, 'own-data', ownDataReason(this.context.effects.get(skill.id)!)));
  }

  /** Catalogue coping skills, one family at a time in the order given, each with the catalogue's reason. */
  addCatalogueCoping(filter: (skill: SkillView) => boolean, familyOrder: readonly SkillFamily[], distressForReason: number): void {
    const { context } = this;
    const candidates = context.allowed.filter((skill) => skill.kind === 'coping' && skill.source === 'catalogue' && filter(skill) && !this.has(skill.id));
    const order = [...context.copingFamilies, ...familyOrder.filter((family) => !context.copingFamilies.includes(family))];
    const within = (a: SkillView, b: SkillView) =>
      distractsLast(context, a) - distractsLast(context, b) || guidedFirst(a) - guidedFirst(b) || compareIds(a.id, b.id);
    for (const skill of oneFamilyAtATime(candidates, order, within)) {
      const reason = catalogueReason(skill, distressForReason, context.arousal);
      this.add(suggestion(skill, 'catalogue', withTriggerFit(reason, context.copingFamilies.includes(skill.family))));
    }
  }
}

function steadyFirst(context: Context): Suggestion[] {
  const picks = new Picks(context, MAX_WHAT_MIGHT_HELP);
  const fitsArousal = (skill: SkillView) => arousalFits(skill, context.arousal);
  const steadying = (skill: SkillView) => STEADY_FAMILIES.includes(skill.family) && fitsArousal(skill);
  picks.addOwnSoothing(steadying);
  // A racing body settles with breath first; a numb one comes back through the senses first.
  const order = context.arousal === 'hyper' ? [...STEADY_FAMILIES].reverse() : STEADY_FAMILIES;
  // Within a family, what suits this level of distress comes first.
  const fitting = (skill: SkillView) => steadying(skill) && distressFits(skill, context.distress);
  picks.addCatalogueCoping(fitting, order, context.distress);
  picks.addCatalogueCoping(steadying, order, context.distress);
  picks.addOwnSoothing(fitsArousal);
  picks.addCatalogueCoping((skill) => fitsArousal(skill) && distressFits(skill, context.distress), EASE_FAMILIES, context.distress);
  return picks.list;
}

function ease(context: Context): Suggestion[] {
  const picks = new Picks(context, MAX_WHAT_MIGHT_HELP);
  picks.addOwnSoothing();
  picks.addCatalogueCoping((skill) => arousalFits(skill, context.arousal) && distressFits(skill, context.distress), EASE_FAMILIES, context.distress);
  return picks.list;
}

/** Coping for a calmer moment: what soothes the person, then catalogue skills that suit low distress. */
function lightCoping(context: Context, picks: Picks): void {
  picks.addOwnSoothing();
  const light = (skill: SkillView) => arousalFits(skill, context.arousal) && skill.distressRange.min <= Math.max(context.distress, 1);
  picks.addCatalogueCoping(light, LIGHT_FAMILIES, Math.max(context.distress, 1));
}

function gentle(input: WhatMightHelpInput, context: Context): Suggestion[] {
  const hasPath = input.path !== null && input.path.areas.length > 0;
  const healing = !hasPath && recentWeeks(input.windowWeeks) !== 'unsteady' ? gentleHealing(input, context) : null;
  const picks = new Picks(context, MAX_WHAT_MIGHT_HELP - (healing ? 1 : 0));
  lightCoping(context, picks);
  return healing ? [...picks.list, healing] : picks.list;
}

/**
 * One healing skill to try alone, never one meant for a therapist's room: from the first family
 * that fits the trigger, else from the gentle general ones (self-compassion, allowing feelings,
 * regulation). Within a family, one named after a word of the trigger first, then the catalogue's
 * order (gentlest first).
 */
function gentleHealing(input: WhatMightHelpInput, context: Context): Suggestion | null {
  if (context.arousal !== null && context.arousal !== 'window') return null;
  const candidates = context.allowed.filter((skill) => skill.kind === 'healing' && !skill.withTherapist);
  const fitting = healingFamiliesForTrigger(input.trigger);
  const words = triggerSlug(input.trigger).split('-').filter((word) => word.length >= 4);
  const named = (skill: SkillView) => (words.some((word) => skill.id.includes(word)) ? 0 : 1);
  for (const family of [...fitting, ...GENTLE_FAMILIES]) {
    const [skill] = candidates
      .filter((candidate) => candidate.family === family)
      .sort((a, b) => named(a) - named(b) || cataloguePosition(a) - cataloguePosition(b) || compareIds(a.id, b.id));
    if (skill) return suggestion(skill, 'catalogue', withTriggerFit(gentleHealingReason(skill), fitting.includes(family)));
  }
  return null;
}

const CATALOGUE_POSITION = new Map(CATALOGUE.map((skill, index) => [skill.id, index]));

function cataloguePosition(skill: SkillView): number {
  return CATALOGUE_POSITION.get(skill.id) ?? CATALOGUE.length;
}

/** The path's next step, when the pace has room for it now; an area that fits the trigger first. */
function pathStep(input: WhatMightHelpInput, context: Context): Suggestion | null {
  const { path } = input;
  if (!path || path.paused || path.areas.length === 0) return null;
  const lookup = input.areas ?? healingArea;
  const families = healingFamiliesForTrigger(input.trigger);
  const familyOf = (skillId: string) => input.skills.find((skill) => skill.id === skillId)?.family ?? catalogueSkill(skillId)?.family;
  // How well an area fits the trigger: the best-placed trigger family among its current layer's skills.
  const fit = (state: PathState['areas'][number]) => {
    const area = lookup(state.areaId);
    const layer = area && currentPathLayer(area, state);
    const places = (layer?.skillIds ?? []).map((skillId) => families.indexOf(familyOf(skillId) ?? 'other')).filter((place) => place >= 0);
    return places.length > 0 ? Math.min(...places) : Infinity;
  };
  const best = Math.min(...path.areas.map(fit));
  const fitting = path.areas.filter((state) => fit(state) === best && best !== Infinity);
  const stepFor = (areas: PathState['areas']) =>
    nextPathStep({ path: { ...path, areas }, practices: input.practices, asOf: input.asOf, timeZone: input.timeZone, areas: lookup }).next;
  const fittingStep = fitting.length > 0 ? stepFor(fitting) : null;
  const next = fittingStep ?? stepFor(path.areas);
  if (!next || !next.ready) return null;
  const view = input.skills.find((skill) => skill.id === next.skillId);
  if (view && !context.allowed.includes(view)) return null;
  const area = lookup(next.areaId)!;
  return {
    skillId: next.skillId,
    kind: view?.kind ?? next.kind,
    exerciseId: next.exerciseId,
    source: 'path',
    pathAreaId: next.areaId,
    reason: withTriggerFit(pathReason(area, next.layer), fittingStep !== null),
  };
}

function suggestion(skill: SkillView, source: Suggestion['source'], reason: string): Suggestion {
  return { skillId: skill.id, kind: skill.kind, exerciseId: exerciseForSkill(skill.id)?.id ?? null, source, pathAreaId: null, reason };
}

function arousalFits(skill: SkillView, arousal: Arousal | null): boolean {
  return arousal === null || skill.arousal.includes(arousal);
}

function distressFits(skill: SkillView, distress: number): boolean {
  return distress >= skill.distressRange.min && distress <= skill.distressRange.max;
}

/** A skill with a guided exercise can be started right away, step by step. */
function guidedFirst(skill: SkillView): number {
  return exerciseForSkill(skill.id) ? 0 : 1;
}

/** A coping skill the person's own log says only distracts goes after the others. */
function distractsLast(context: Context, skill: SkillView): number {
  return context.effects.get(skill.id)?.verdict === 'distracts' ? 1 : 0;
}

/** Plain code-unit order, so the answer does not depend on the runtime's locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Skills taken one per family in turn (families in the order given, then the rest alphabetically), each family's own order within. */
function oneFamilyAtATime(skills: readonly SkillView[], order: readonly SkillFamily[], within: (a: SkillView, b: SkillView) => number): SkillView[] {
  const families = [...order, ...[...new Set(skills.map((skill) => skill.family))].filter((family) => !order.includes(family)).sort(compareIds)];
  const queues = families.map((family) => skills.filter((skill) => skill.family === family).sort(within));
  const result: SkillView[] = [];
  for (let round = 0; queues.some((queue) => queue.length > round); round++) {
    for (const queue of queues) if (queue[round]) result.push(queue[round]!);
  }
  return result;
}
