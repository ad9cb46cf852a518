import { NOT_ENOUGH_WINDOW_DAYS, OUTSIDE_FROM, RELIANCE_WINDOW_DAYS, STILL_HIGH_FROM } from '../insights/thresholds';
import type { SessionPrep, SessionPrepFlag } from '../schemas/session-prep';
import { CRISIS_LEVEL_FROM } from './build-session-prep';

export interface SessionPrepSection {
  id: 'distress' | 'soothed' | 'distracted' | 'triggers' | 'practice' | 'wins' | 'flags';
  heading: string;
  lines: string[];
}

export interface SessionPrepWords {
  title: string;
  /** "3 Nov – 2 Dec 2026", in the summary's time zone. */
  period: string;
  sections: SessionPrepSection[];
  /** Under the summary on the page, and at the foot of every PDF page: who it is for, and what Mend is not. */
  footer: string;
}

/**
 * The session-prep summary in plain words for a therapist, the same on the web page and in the
 * PDF. Facts only: what was logged and what Mend's insights found, in Mend's words for them
 * ("only distracts" is a finding about relief fading, not a judgement). No diagnosis, no advice
 * on what the person should do. `skillName` lets a page show names it already has; the names in
 * the summary are used otherwise.
 */
export function describeSessionPrep(prep: SessionPrep, skillName?: (skillId: string) => string | undefined): SessionPrepWords {
  const name = (skillId: string, fallback: string) => skillName?.(skillId) ?? fallback;
  const person = prep.person.name;
  const periodText = periodWords(prep);
  return {
    title: `Session prep for ${person}`,
    period: periodText,
    footer: `Prepared by Mend for ${person}’s therapist · ${periodText} · Mend is not an emergency service and makes no diagnosis.`,
    sections: [
      distressSection(prep),
      {
        id: 'soothed',
        heading: 'What seemed to soothe',
        lines: prep.soothed.length === 0
          ? ['None of the skills used in this period has shown lasting relief yet.']
          : [
              ...prep.soothed.map((use) => `${name(use.skillId, use.name)}: used in ${moments(use.uses)}${kindNote(use.kind)}; the relief mostly lasts.`),
              historyNote(person),
            ],
      },
      {
        id: 'distracted',
        heading: 'What seemed only to distract',
        lines: prep.distracted.length === 0
          ? ['None of the skills used in this period looks like it only distracts.']
          : [
              ...prep.distracted.map((use) => `${name(use.skillId, use.name)}: used in ${moments(use.uses)}${kindNote(use.kind)}; relief at the time that tends to fade, or the same trigger soon back.`),
              historyNote(person),
            ],
      },
      {
        id: 'triggers',
        heading: 'Recurring triggers',
        lines: prep.recurringTriggers.length === 0
          ? ['No trigger tag came up more than once in this period.']
          : prep.recurringTriggers.map((trigger) => `${trigger.tag}: ${moments(trigger.count)}`),
      },
      practiceSection(prep, name),
      winsSection(prep, name),
      {
        id: 'flags',
        heading: 'Worth a look together',
        lines: prep.flags.length === 0 ? ['Nothing flagged in this period.'] : prep.flags.map((flag) => flagLine(flag, prep, name)),
      },
    ],
  };
}

function distressSection(prep: SessionPrep): SessionPrepSection {
  const { distress } = prep;
  if (prep.moments === 0 || distress.meanBefore === null) {
    return { id: 'distress', heading: 'Distress over the period', lines: ['No moments logged in this period.'] };
  }
  let summary = `${moments(prep.moments)}; distress before coping ${decimal(distress.meanBefore)} on average`;
  if (distress.meanAfter !== null) {
    summary += `, after ${decimal(distress.meanAfter)}`;
    if (distress.withAfter < prep.moments) summary += ` (noted in ${distress.withAfter} of them)`;
  } else {
    summary += ' (no distress afterwards noted)';
  }
  const weeks = distress.weeks.map((week) => {
    const label = `Week of ${weekDate(week.weekStart)}`;
    if (week.moments === 0 || week.meanBefore === null) return `${label}: no moments logged`;
    const after = week.meanAfter === null ? '' : `, after ${decimal(week.meanAfter)}`;
    return `${label}: ${moments(week.moments)}, before ${decimal(week.meanBefore)}${after}, highest ${week.peak}`;
  });
  return { id: 'distress', heading: 'Distress over the period', lines: [`${summary}.`, ...weeks] };
}

function practiceSection(prep: SessionPrep, name: (skillId: string, fallback: string) => string): SessionPrepSection {
  const { practice } = prep;
  if (practice.sessions === 0) return { id: 'practice', heading: 'Healing practice', lines: ['No healing practice recorded in this period.'] };
  let summary = `${count(practice.sessions, 'session')}, ${count(practice.minutes, 'minute')} in all`;
  if (practice.steppedBack > 0) summary += `; stepped back to coping during ${practice.steppedBack} of them, as Mend invites whenever it is too much`;
  return {
    id: 'practice',
    heading: 'Healing practice',
    lines: [`${summary}.`, ...practice.skills.map((skill) => `${name(skill.skillId, skill.name)}: ${count(skill.sessions, 'session')}`)],
  };
}

function winsSection(prep: SessionPrep, name: (skillId: string, fallback: string) => string): SessionPrepSection {
  const { wins } = prep;
  const lines: string[] = [];
  if (wins.satWithFeeling > 0) lines.push(`Stayed with the feeling instead of pushing it away in ${moments(wins.satWithFeeling)}.`);
  if (wins.easedOff.length > 0) {
    lines.push(`Eased off ${listWords(wins.easedOff.map((skill) => name(skill.skillId, skill.name)))}: not used in the last 4 weeks, after earlier use, while other coping went on.`);
  }
  if (wins.fallingPeaks) lines.push('The hardest moment of each week has been getting less intense over recent weeks.');
  return { id: 'wins', heading: 'Wins', lines: lines.length ? lines : ['No wins noted by Mend in this period.'] };
}

function flagLine(flag: SessionPrepFlag, prep: SessionPrep, name: (skillId: string, fallback: string) => string): string {
  const n = flag.count ?? 0;
  switch (flag.kind) {
    case 'coping-not-enough':
      return `In the last ${NOT_ENOUGH_WINDOW_DAYS} days, ${moments(n)} stayed at ${STILL_HIGH_FROM} or higher after trying two or more skills: coping may not be enough on its own right now.`;
    case 'only-way': {
      const skill = flag.skillId === null ? 'One skill' : name(flag.skillId, flag.name ?? flag.skillId);
      return `${skill} was part of ${moments(n)} in the last ${RELIANCE_WINDOW_DAYS} days: it may be becoming the only way of coping.`;
    }
    case 'maladaptive-rising':
      return `Coping that ${prep.person.name} classes as maladaptive has taken a larger share of all coping in each of the last four complete weeks.`;
    case 'often-outside-window':
      return `${n} of the ${moments(prep.moments)} in this period were outside the window of tolerance (distress ${OUTSIDE_FROM} or more, or numb and shut down).`;
    case 'crisis-level':
      return `${n === 1 ? '1 moment' : `${n} moments`} in this period reached distress ${CRISIS_LEVEL_FROM} or 10.`;
  }
}

/** Verdicts rest on more than the period; say so once under each list. */
function historyNote(person: string): string {
  return `Whether a skill soothes or only distracts is judged from all of ${person}’s moments up to the end of this period; the counts are for this period.`;
}

function kindNote(kind: string): string {
  return kind === 'maladaptive' ? ' (classed as maladaptive coping)' : kind === 'healing' ? ' (a healing skill)' : '';
}

/**
 * The period's dates in its time zone. A period ending at local midnight ends with the day
 * before: "to 1 Dec 00:00" reads as "up to 30 Nov".
 */
function periodWords(prep: SessionPrep): string {
  const from = new Date(prep.from);
  let to = new Date(prep.to);
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone: prep.timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  if (clock.format(to) === '00:00:00' && to > from) to = new Date(to.getTime() - 1);
  // Built from parts rather than formatRange, whose spaces (thin or not) differ between ICU versions.
  const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: prep.timeZone });
  const partsOf = (date: Date) => {
    const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
    return { day: parts.day ?? '', month: parts.month ?? '', year: parts.year ?? '' };
  };
  const start = partsOf(from), end = partsOf(to);
  const endText = `${end.day} ${end.month} ${end.year}`;
  if (start.year !== end.year) return `${start.day} ${start.month} ${start.year} – ${endText}`;
  if (start.month !== end.month) return `${start.day} ${start.month} – ${endText}`;
  return start.day === end.day ? endText : `${start.day}–${endText}`;
}

/** weekStart is already a local date: read it as one, in UTC, so no zone moves it. */
function weekDate(localDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${localDate}T00:00:00Z`));
}

function decimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}

function moments(value: number): string {
  return count(value, 'moment');
}

function listWords(names: readonly string[]): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(names);
}
