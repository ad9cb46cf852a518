import { describe, expect, it } from 'vitest';
import { MAX_SHARE_DAYS } from '@mend/core';
import { scopeList, shareUntil, SHARE_DURATIONS, toggleScope } from './share-words';

describe('share words', () => {
  it('names the choices in order, joined with “and”', () => {
    expect(scopeList(['moments', 'summary'])).toBe('summary and insights and moments');
    expect(scopeList(['safety-plan', 'summary', 'practices'])).toBe('summary and insights, safety plan and practices and worksheets');
    expect(scopeList(['summary'])).toBe('summary and insights');
  });

  it('works out until when from how long', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(Date.parse(shareUntil('2w', now)) - now.getTime()).toBe(14 * 86_400_000);
    expect(Math.round((Date.parse(shareUntil('1y', now)) - now.getTime()) / 86_400_000)).toBe(365);
    expect(new Date(shareUntil('3m', now)).getMonth()).toBe(new Date(now.getFullYear(), now.getMonth() + 3, 1).getMonth());
  });

  it('never asks for more than the server allows, even from a leap day or across a clock change', () => {
    for (const start of ['2027-02-28T23:30:00Z', '2028-02-29T12:00:00Z', '2027-03-27T23:59:00Z', '2027-10-30T01:00:00Z']) {
      const now = new Date(start);
      for (const choice of SHARE_DURATIONS) {
        expect(Date.parse(shareUntil(choice.id, now)) - now.getTime(), `${choice.id} from ${start}`).toBeLessThan((MAX_SHARE_DAYS - 0.5) * 86_400_000);
      }
    }
  });

  it('keeps notes with moments', () => {
    expect(toggleScope(['summary'], 'notes', true)).toEqual(['summary', 'moments', 'notes']);
    expect(toggleScope(['summary', 'moments', 'notes'], 'moments', false)).toEqual(['summary']);
    expect(toggleScope(['moments', 'notes'], 'notes', false)).toEqual(['moments']);
  });
});
