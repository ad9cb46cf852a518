import { describe, expect, it } from 'vitest';
import { answeredWords, lastTakenWords, missingWords, scoreWords, trendSentence } from './self-check-words';

describe('self-check words', () => {
  it('says when a check was last taken, or that it was not', () => {
    expect(lastTakenWords(null)).toBe('Not taken yet');
    expect(lastTakenWords('2026-11-02T12:00:00Z')).toMatch(/^Last taken .*2026$/);
  });

  it('counts answers and says a score out of its top', () => {
    expect(answeredWords(12, 28)).toBe('12 of 28 answered');
    expect(scoreWords({ score: 5, max: 8 })).toBe('5 of 8');
    expect(scoreWords({ score: null, max: 8 })).toBe('No score: an answer was left out');
  });

  it('names the statements still open, a long list shortened', () => {
    expect(missingWords([4])).toBe('Statement 4 still needs an answer.');
    expect(missingWords([4, 11, 20])).toBe('3 statements still need an answer: 4, 11 and 20.');
    expect(missingWords([1, 2, 3, 4, 5, 6, 7])).toBe('7 statements still need an answer: 1, 2, 3, 4, 5 and 2 more.');
  });

  it('describes a score over time without judging the direction', () => {
    const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T12:00:00Z`;
    expect(trendSentence('Humour', 8, [{ takenAt: at(2), score: 5 }])).toMatch(/^Humour: 5 of 8 on .*, the first time\.$/);
    expect(trendSentence('Humour', 8, [{ takenAt: at(2), score: 5 }, { takenAt: at(30), score: 3 }])).toMatch(/^Humour: 3 of 8 on .*, down from 5 on .*\.$/);
    expect(trendSentence('Humour', 8, [{ takenAt: at(2), score: 3 }, { takenAt: at(30), score: 3 }])).toContain('the same as 3');
    expect(trendSentence('Humour', 8, [{ takenAt: at(2), score: null }])).toBe('Humour: no score yet.');
  });
});
