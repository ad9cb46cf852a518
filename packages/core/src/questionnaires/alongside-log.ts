import type { QuestionnaireDefinition } from './questionnaire-definition';
import type { QuestionnaireScores } from './score-answers';

/** How far back the log is read, before the check was taken. */
export const ALONGSIDE_LOG_DAYS = 30;
/** Fewer moments than this in that time, and there is nothing fair to set beside a score. */
export const ALONGSIDE_LOG_MIN_MOMENTS = 5;
/** A skill family in this share of moments or more is "often"; this or less is "rarely". */
export const OFTEN_SHARE = 0.4;
export const RARELY_SHARE = 0.1;

export type Rating = 'high' | 'middle' | 'low';
export type Agreement = 'agrees' | 'differs' | 'between' | 'not-enough-data';

export interface AlongsideLogEntry {
  scaleId: string;
  rating: Rating;
  agreement: Agreement;
  momentCount: number;
  /** Moments in the window with a skill of the scale's families. */
  matchingCount: number;
  /** Most used first, at most three. */
  topSkillIds: string[];
  sentence: string;
}

export interface AlongsideLogInput {
  definition: QuestionnaireDefinition;
  scores: QuestionnaireScores;
  /** When the check was taken: the window ends here. */
  takenAt: string;
  moments: readonly { occurredAt: string; skillIds: readonly string[] }[];
  /** Every skill of the person, filed (their classification over the catalogue's). */
  skills: readonly { id: string; family: string }[];
}

/** Where a score sits in its range: the top third is high, the bottom third low. */
export function ratingOf(score: number, min: number, max: number): Rating {
  const share = max === min ? 0 : (score - min) / (max - min);
  if (share >= 2 / 3) return 'high';
  if (share <= 1 / 3) return 'low';
  return 'middle';
}

/**
 * The check's scales set beside what the person logged in the 30 days before it, for each scale
 * whose skill families the log can show. Plain, curious words; a mismatch is never a verdict.
 */
export function alongsideLog(input: AlongsideLogInput): AlongsideLogEntry[] {
  const end = Date.parse(input.takenAt);
  const start = end - ALONGSIDE_LOG_DAYS * 24 * 60 * 60 * 1000;
  const recent = input.moments.filter((moment) => {
    const at = Date.parse(moment.occurredAt);
    return at > start && at <= end;
  });
  const familyOf = new Map(input.skills.map((skill) => [skill.id, skill.family]));
  const entries: AlongsideLogEntry[] = [];
  for (const scale of input.definition.scales) {
    const result = input.scores.scales.find((entry) => entry.id === scale.id);
    if (!scale.families.length || !result || result.score === null) continue;
    const families = new Set(scale.families);
    const uses = new Map<string, number>();
    let matchingCount = 0;
    for (const moment of recent) {
      const matching = moment.skillIds.filter((id) => families.has(familyOf.get(id) ?? ''));
      if (matching.length) matchingCount += 1;
      for (const id of new Set(matching)) uses.set(id, (uses.get(id) ?? 0) + 1);
    }
    const topSkillIds = [...uses.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([id]) => id);
    const rating = ratingOf(result.score, result.min, result.max);
    const enough = recent.length >= ALONGSIDE_LOG_MIN_MOMENTS;
    const share = enough ? matchingCount / recent.length : 0;
    const agreement = enough ? agreementOf(rating, share) : 'not-enough-data';
    entries.push({
      scaleId: scale.id,
      rating,
      agreement,
      momentCount: recent.length,
      matchingCount,
      topSkillIds,
      sentence: sentenceFor(scale.title, rating, agreement, result.score, result.max, share, recent.length),
    });
  }
  return entries;
}

function agreementOf(rating: Rating, share: number): Agreement {
  const often = share >= OFTEN_SHARE;
  const rarely = share <= RARELY_SHARE;
  if ((rating === 'high' && often) || (rating === 'low' && rarely)) return 'agrees';
  if ((rating === 'high' && rarely) || (rating === 'low' && often)) return 'differs';
  return 'between';
}

function sentenceFor(title: string, rating: Rating, agreement: Agreement, score: number, max: number, share: number, momentCount: number): string {
  const name = title.toLowerCase();
  const rated = `You rate ${name} ${rating === 'middle' ? 'in the middle' : rating} (${score} of ${max})`;
  if (agreement === 'not-enough-data') {
    return `${rated}. Your log has ${momentCount} moment${momentCount === 1 ? '' : 's'} in the ${ALONGSIDE_LOG_DAYS} days before this check, too few to set beside it yet.`;
  }
  const percent = `${Math.round(share * 100)}% of your moments in the ${ALONGSIDE_LOG_DAYS} days before this check`;
  if (agreement === 'agrees') return `${rated}, and your log agrees: it shows up in ${percent}.`;
  if (agreement === 'differs' && rating === 'high') {
    return `${rated}, while your log shows it in ${percent}. Not everything gets logged, and that is fine.`;
  }
  if (agreement === 'differs') return `${rated}, yet your log shows it in ${percent}: something to be curious about, not a verdict.`;
  return `${rated}; your log shows it in ${percent}.`;
}
