import { CATALOGUE, healingArea, momentTimeProblems, type ExportDocument, type PathAreaState } from '@mend/core';
import { unknownSkillProblem } from './skills';

/** Problems a valid-looking document can still have on its own (ids twice, dates ahead, …). */
export function documentProblems(document: ExportDocument, now: Date): Record<string, string> {
  const problems: Record<string, string> = {};
  const catalogueIds = new Set(CATALOGUE.map((skill) => skill.id));
  duplicates(document.customSkills.map((skill) => skill.id), 'customSkills', 'id', problems);
  document.customSkills.forEach((skill, index) => {
    // The prefix keeps a person's ids clear of catalogue ids, including ones added later.
    if (!skill.id.startsWith('custom-')) problems[`customSkills.${index}.id`] ??= 'must start with "custom-"';
    else if (catalogueIds.has(skill.id)) problems[`customSkills.${index}.id`] ??= 'is the id of a catalogue skill';
  });
  duplicates(document.classifications.map((entry) => entry.skillId), 'classifications', 'skillId', problems);
  duplicates(document.moments.map((moment) => moment.id), 'moments', 'id', problems);
  duplicates(document.selfChecks.map((check) => check.id), 'selfChecks', 'id', problems);
  document.moments.forEach((moment, index) => {
    for (const [field, problem] of Object.entries(momentTimeProblems(moment, now))) problems[`moments.${index}.${field}`] = problem;
  });
  duplicates(document.followUpSkips.map((skip) => skip.momentId), 'followUpSkips', 'momentId', problems);
  document.followUpSkips.forEach((skip, index) => {
    // A skip's time is checked like a moment's: not ahead of the clock, not before 1900.
    const problem = momentTimeProblems({ occurredAt: skip.at }, now).occurredAt;
    if (problem) problems[`followUpSkips.${index}.at`] = problem;
  });
  duplicates(document.safetyPlanVersions.map((version) => String(version.version)), 'safetyPlanVersions', 'version', problems);
  document.safetyPlanVersions.forEach((version, index) => {
    const problem = momentTimeProblems({ occurredAt: version.savedAt }, now).occurredAt;
    if (problem) problems[`safetyPlanVersions.${index}.savedAt`] = problem;
  });
  duplicates(document.practices.map((practice) => practice.id), 'practices', 'id', problems);
  document.practices.forEach((practice, index) => {
    const problem = momentTimeProblems({ occurredAt: practice.startedAt }, now).occurredAt;
    if (problem) problems[`practices.${index}.startedAt`] = problem;
  });
  document.selfChecks.forEach((check, index) => {
    const problem = momentTimeProblems({ occurredAt: check.takenAt }, now).occurredAt;
    if (problem) problems[`selfChecks.${index}.takenAt`] = problem;
  });
  if (document.path) Object.assign(problems, pathProblems(document.path, now));
  return problems;
}

/** A path must be one this Mend can follow: its own areas, layers it has, times that have been. */
function pathProblems(path: NonNullable<ExportDocument['path']>, now: Date): Record<string, string> {
  const problems: Record<string, string> = {};
  if (path.updatedAt === null) problems['path.updatedAt'] = 'must be the time the path was saved';
  const seen = new Set<string>();
  path.areas.forEach((state, index) => {
    const field = (name: string) => `path.areas.${index}.${name}`;
    const area = healingArea(state.areaId);
    if (!area) problems[field('areaId')] = `names a healing area Mend does not know: ${state.areaId}`;
    else if (seen.has(state.areaId)) problems[field('areaId')] = 'appears more than once in this path';
    else if (state.layer >= area.layers.length) problems[field('layer')] = `must be from 0 to ${area.layers.length - 1}`;
    else if (state.deepestLayer < state.layer || state.deepestLayer >= area.layers.length) {
      problems[field('deepestLayer')] = `must be from ${state.layer} (the layer the area is in) to ${area.layers.length - 1}`;
    }
    seen.add(state.areaId);
    Object.assign(problems, deepestLayerAtProblem(state, now, field('deepestLayerAt')));
  });
  for (const [field, at] of Object.entries({ updatedAt: path.updatedAt, pausedAt: path.pausedAt })) {
    const problem = at === null ? undefined : momentTimeProblems({ occurredAt: at }, now).occurredAt;
    if (problem) problems[`path.${field}`] = problem;
  }
  return problems;
}

/** Null exactly while the deepest layer is the gentlest; otherwise a time that has been. */
function deepestLayerAtProblem(state: PathAreaState, now: Date, field: string): Record<string, string> {
  if (state.deepestLayerAt === null) {
    return state.deepestLayer > 0 ? { [field]: 'must be the time the deepest layer was first reached' } : {};
  }
  if (state.deepestLayer === 0) return { [field]: 'must be null while deepestLayer is 0' };
  const problem = momentTimeProblems({ occurredAt: state.deepestLayerAt }, now).occurredAt;
  return problem ? { [field]: problem } : {};
}

/** Every skip must name a moment that exists once the import is done (in the file or the account). */
export function skipReferenceProblems(document: ExportDocument, momentIds: ReadonlySet<string>): Record<string, string> {
  const problems: Record<string, string> = {};
  document.followUpSkips.forEach((skip, index) => {
    if (!momentIds.has(skip.momentId)) problems[`followUpSkips.${index}.momentId`] = 'names a moment that is neither in this file nor in the account';
  });
  return problems;
}

/** Every skill a classification, moment, safety plan or practice names must exist once the import is done. */
export function skillReferenceProblems(document: ExportDocument, known: ReadonlySet<string>): Record<string, string> {
  const problems: Record<string, string> = {};
  document.classifications.forEach((entry, index) => {
    if (!known.has(entry.skillId)) problems[`classifications.${index}.skillId`] = `names a skill Mend does not know: ${entry.skillId}`;
  });
  document.moments.forEach((moment, index) => {
    Object.assign(problems, unknownSkillProblem(moment.skillIds, known, `moments.${index}.skillIds`));
  });
  document.safetyPlanVersions.forEach((version, index) => {
    Object.assign(problems, unknownSkillProblem(version.calmingSkillIds, known, `safetyPlanVersions.${index}.calmingSkillIds`));
  });
  document.practices.forEach((practice, index) => {
    if (!known.has(practice.skillId)) problems[`practices.${index}.skillId`] = `names a skill Mend does not know: ${practice.skillId}`;
  });
  return problems;
}

function duplicates(ids: readonly string[], list: string, field: string, problems: Record<string, string>): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) problems[`${list}.${index}.${field}`] = 'appears more than once in this file';
    seen.add(id);
  });
}
