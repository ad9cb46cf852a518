import type { PendingFollowUp } from '@mend/core';
import { dayKey, timeOfDay } from './group-by-day';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface FollowUpPrompt {
  /** "14:05", "yesterday 21:40", "Tuesday 21:40": which moment, in as few words as will do. */
  when: string;
  /** "Earlier, at 14:05, it was 8 — you tried Box breathing." */
  line: string;
}

/** How a pending check-in is put to the person, in their own time zone. */
export function followUpPrompt(
  pending: PendingFollowUp, skillName: (id: string) => string, now: Date, timeZone?: string,
): FollowUpPrompt {
  const time = timeOfDay(pending.occurredAt, timeZone);
  const day = dayKey(pending.occurredAt, timeZone);
  let when: string;
  let opening: string;
  if (day === dayKey(now.toISOString(), timeZone)) {
    when = time;
    opening = `Earlier, at ${time}`;
  } else if (day === dayKey(new Date(now.getTime() - DAY_MS).toISOString(), timeZone)) {
    when = `yesterday ${time}`;
    opening = `Yesterday at ${time}`;
  } else {
    const weekday = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone }).format(new Date(pending.occurredAt));
    when = `${weekday} ${time}`;
    opening = `On ${weekday} at ${time}`;
  }

  const skills = pending.skillIds.length > 0
    ? new Intl.ListFormat('en', { type: 'conjunction' }).format(pending.skillIds.map(skillName))
    : null;
  let line = `${opening}, it was ${pending.distressBefore}`;
  if (pending.distressAfter !== null) line += `, then ${pending.distressAfter}${skills ? ` after ${skills}` : ''}.`;
  else line += skills ? ` — you tried ${skills}.` : '.';
  return { when, line };
}
