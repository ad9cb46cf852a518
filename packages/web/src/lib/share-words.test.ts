import { describe, expect, it } from 'vitest';
import { closestDuration, scopeList, shareUntil, toggleScope } from './share-words';

describe('share words', () => {
  it('names the choices in order, joined with “and”', () => {
    expect(scopeList(['moments', 'summary'])).toBe('summary and insights and moments');
    expect(scopeList(['safety-plan', 'summary', 'practices'])).toBe('summary and insights, safety plan and practices and worksheets');
    expect(scopeList(['summary'])).toBe('summary and insights');
  });

  it('works out until when from how long', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(Date.parse(shareUntil('2w', now)) - now.getTime()).toBe(14 * 86_400_000);
    const year = (Date.parse(shareUntil('1y', now)) - now.getTime()) / 86_400_000;
    expect(year).toBeGreaterThanOrEqual(365);
    expect(year).toBeLessThanOrEqual(366);
    expect(new Date(shareUntil('3m', now)).getMonth()).toBe(new Date(now.getFullYear(), now.getMonth() + 3, 1).getMonth());
  });

  it('finds the duration nearest a share’s end', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(closestDuration(shareUntil('6m', now), now)).toBe('6m');
    expect(closestDuration(new Date(now.getTime() + 20 * 86_400_000).toISOString(), now)).toBe('2w');
    expect(closestDuration(new Date(now.getTime() + 80 * 86_400_000).toISOString(), now)).toBe('3m');
  });

  it('keeps notes with moments', () => {
    expect(toggleScope(['summary'], 'notes', true)).toEqual(['summary', 'moments', 'notes']);
    expect(toggleScope(['summary', 'moments', 'notes'], 'moments', false)).toEqual(['summary']);
    expect(toggleScope(['moments', 'notes'], 'notes', false)).toEqual(['moments']);
  });
});
