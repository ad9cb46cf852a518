import { describe, expect, it } from 'vitest';
import { alongsideLog, ratingOf, type AlongsideLogInput } from './alongside-log';
import { copingStylesQuestionnaire } from './built-in/index';
import { readQuestionnaire } from './read-questionnaire';
import { scoreAnswers } from './score-answers';

const read = readQuestionnaire(copingStylesQuestionnaire);
if (!read.ok) throw new Error('the built-in check does not read');
const { definition } = read;
const TAKEN_AT = '2026-11-30T12:00:00.000Z';
const skills = [
  { id: 'endless-scrolling', family: 'avoidance' },
  { id: 'favourite-show', family: 'distraction' },
  { id: 'box-breathing', family: 'breathing' },
  { id: 'vent-to-a-friend', family: 'connection' },
];

/** Self-distraction answered `distraction` (and `second`) on its two items, everything else 1. */
function input(distraction: string, moments: AlongsideLogInput['moments'], second = distraction): AlongsideLogInput {
  const answers = Object.fromEntries(definition.questions.map((question) => [question.linkId, '1']));
  const scored = scoreAnswers(definition, { ...answers, 1: distraction, 19: second });
  if (!scored.ok) throw new Error('unscorable');
  return { definition, scores: scored.scores, takenAt: TAKEN_AT, moments, skills };
}
const daysBefore = (days: number) => new Date(Date.parse(TAKEN_AT) - days * 86_400_000).toISOString();
const moments = (withDistraction: number, without: number) => [
  ...Array.from({ length: withDistraction }, (_, index) => ({ occurredAt: daysBefore(index + 1), skillIds: [index % 2 ? 'favourite-show' : 'endless-scrolling'] })),
  ...Array.from({ length: without }, (_, index) => ({ occurredAt: daysBefore(index + 1), skillIds: ['box-breathing'] })),
];
const selfDistraction = (value: AlongsideLogInput) => alongsideLog(value).find((entry) => entry.scaleId === 'self-distraction')!;

describe('setting a check beside the log', () => {
  it('rates by thirds of the range', () => {
    expect([2, 3, 4, 5, 6, 7, 8].map((score) => ratingOf(score, 2, 8))).toEqual(['low', 'low', 'low', 'middle', 'high', 'high', 'high']);
  });

  it('agrees when a high score meets a log where it is often, and says so with the share', () => {
    const entry = selfDistraction(input('4', moments(3, 2)));
    expect(entry).toMatchObject({ rating: 'high', agreement: 'agrees', momentCount: 5, matchingCount: 3, topSkillIds: ['endless-scrolling', 'favourite-show'] });
    expect(entry.sentence).toBe('You rate self-distraction high (8 of 8), and your log agrees: it shows up in 60% of your moments in the 30 days before this check.');
  });

  it('differs, gently, when a high score meets a log where it is rare, or a low one a log where it is often', () => {
    const high = selfDistraction(input('4', moments(0, 10)));
    expect(high).toMatchObject({ agreement: 'differs', matchingCount: 0 });
    expect(high.sentence).toContain('Not everything gets logged');
    const low = selfDistraction(input('1', moments(4, 1)));
    expect(low).toMatchObject({ rating: 'low', agreement: 'differs' });
    expect(low.sentence).toContain('not a verdict');
    expect(selfDistraction(input('1', moments(0, 10))).agreement).toBe('agrees');
    expect(selfDistraction(input('2', moments(3, 2), '3'))).toMatchObject({ rating: 'middle', agreement: 'between' });
    expect(selfDistraction(input('4', moments(2, 8)))).toMatchObject({ rating: 'high', agreement: 'between' });
  });

  it('reads only the 30 days before the check, and needs five moments there', () => {
    const old = [...moments(0, 4), { occurredAt: daysBefore(31), skillIds: ['endless-scrolling'] }, { occurredAt: '2026-12-01T00:00:00.000Z', skillIds: ['endless-scrolling'] }];
    const entry = selfDistraction(input('4', old));
    expect(entry).toMatchObject({ agreement: 'not-enough-data', momentCount: 4, matchingCount: 0 });
    expect(entry.sentence).toBe('You rate self-distraction high (8 of 8). Your log has 4 moments in the 30 days before this check, too few to set beside it yet.');
  });

  it('follows the person\'s own filing of a skill, and only sets beside the log the scales it can show', () => {
    const refiled = input('4', moments(0, 5));
    const entry = selfDistraction({ ...refiled, skills: skills.map((skill) => (skill.id === 'box-breathing' ? { ...skill, family: 'distraction' } : skill)) });
    expect(entry).toMatchObject({ agreement: 'agrees', matchingCount: 5, topSkillIds: ['box-breathing'] });
    const scales = alongsideLog(refiled).map((each) => each.scaleId);
    expect(scales).toEqual(definition.scales.filter((scale) => scale.families.length).map((scale) => scale.id));
    expect(scales).not.toContain('planning');
  });
});
