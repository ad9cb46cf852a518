import type { FollowUp } from '@mend/core';
import { fromLocalInputValue, toLocalInputValue } from './local-datetime';

/** A later check-in while it is being written: what the inputs hold, before it joins the moment. */
export interface FollowUpDraft {
  distress: number | null;
  /** The value of a datetime-local input. */
  at: string;
}

export type FollowUpDraftProblems = Partial<Record<keyof FollowUpDraft, string>>;

export function emptyFollowUpDraft(now: Date): FollowUpDraft {
  return { distress: null, at: toLocalInputValue(now) };
}

export function followUpDraftProblems(draft: FollowUpDraft): FollowUpDraftProblems {
  const problems: FollowUpDraftProblems = {};
  if (draft.distress === null) problems.distress = 'Choose how hard it is, 0 to 10.';
  if (!fromLocalInputValue(draft.at)) problems.at = 'Enter a date and time.';
  return problems;
}

/** The draft as a follow-up, or null while it is missing something. */
export function draftToFollowUp(draft: FollowUpDraft): FollowUp | null {
  const at = fromLocalInputValue(draft.at);
  return draft.distress === null || !at ? null : { at, distress: draft.distress };
}

/** Oldest first; a copy, so form state never shares objects with the query cache. */
export function sortedFollowUps(followUps: readonly FollowUp[]): FollowUp[] {
  return followUps.map((followUp) => ({ ...followUp })).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function withFollowUp(followUps: readonly FollowUp[], added: FollowUp): FollowUp[] {
  return sortedFollowUps([...followUps, added]);
}

/** A check-in's time in the person's own time zone, with the date: check-ins can come days later. */
export function followUpTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/**
 * A server problem like `followUps.1.at: must not be in the future`, said so the person knows
 * which check-in it is about. Problems with the whole list keep their own words.
 */
export function followUpProblem(path: string, message: string, followUps: readonly FollowUp[]): string {
  const followUp = followUpAtPath(path, followUps);
  if (!followUp || Number.isNaN(Date.parse(followUp.at))) return message;
  return `The check-in at ${followUpTime(followUp.at)} ${message}.`;
}

/** The follow-up a server path like `followUps.1.at` points at, if any. */
export function followUpAtPath(path: string, followUps: readonly FollowUp[]): FollowUp | undefined {
  const [head, position] = path.split('.');
  const index = Number(position);
  return head === 'followUps' && position && Number.isInteger(index) ? followUps[index] : undefined;
}

export function sameFollowUp(a: FollowUp, b: FollowUp | null | undefined): boolean {
  return Boolean(b) && a.at === b?.at && a.distress === b.distress;
}
