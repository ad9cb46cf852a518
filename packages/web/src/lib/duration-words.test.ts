import { describe, expect, it } from 'vitest';
import { minutesInWords } from './duration-words';

describe('minutesInWords', () => {
  it.each([
    [1, '1 minute'], [5, '5 minutes'], [15, '15 minutes'], [60, '1 hour'], [90, '90 minutes'],
    [240, '4 hours'], [1440, '1 day'], [2880, '2 days'], [1500, '25 hours'],
  ])('%i → %s', (minutes, words) => {
    expect(minutesInWords(minutes)).toBe(words);
  });
});
