/** The words of the self-check screens: plain, short, never a verdict. */

export const dayWords = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));

export const shortDayWords = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(new Date(iso));

export function lastTakenWords(lastTakenAt: string | null): string {
  return lastTakenAt ? `Last taken ${dayWords(lastTakenAt)}` : 'Not taken yet';
}

/** Only a suggestion: shown for a check taken before, a few weeks ago or more. */
export const TAKE_AGAIN_LINE = 'It has been a few weeks: take it again whenever you like.';

export function answeredWords(answered: number, total: number): string {
  return `${answered} of ${total} answered`;
}

/** "5 of 8"; a score missing an answer says so instead of a number. */
export function scoreWords(score: { score: number | null; max: number }): string {
  return score.score === null ? 'No score: an answer was left out' : `${score.score} of ${score.max}`;
}

export const NEEDS_AN_ANSWER = 'Choose the answer that fits best, even roughly.';

/** Names the statements still open by their numbers: "Statement 4 still needs an answer." */
export function missingWords(numbers: readonly number[]): string {
  if (numbers.length === 1) return `Statement ${numbers[0]} still needs an answer.`;
  const shown = numbers.slice(0, 5);
  const rest = numbers.length - shown.length;
  const list = rest > 0
    ? `${shown.join(', ')} and ${rest} more`
    : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
  return `${numbers.length} statements still need an answer: ${list}.`;
}

export interface TrendPoint {
  takenAt: string;
  score: number | null;
}

/** The sentence above one score's chart: the latest, and the time before, with no judgement in it. */
export function trendSentence(title: string, max: number, points: readonly TrendPoint[]): string {
  const scored = points.filter((point): point is TrendPoint & { score: number } => point.score !== null);
  const last = scored[scored.length - 1];
  if (!last) return `${title}: no score yet.`;
  const before = scored[scored.length - 2];
  if (!before) return `${title}: ${last.score} of ${max} on ${shortDayWords(last.takenAt)}, the first time.`;
  const change = last.score === before.score ? 'the same as' : last.score > before.score ? 'up from' : 'down from';
  return `${title}: ${last.score} of ${max} on ${shortDayWords(last.takenAt)}, ${change} ${before.score} on ${shortDayWords(before.takenAt)}.`;
}
