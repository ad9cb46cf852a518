import { describe, expect, it } from 'vitest';
import { copingFamiliesForTrigger, healingFamiliesForTrigger, triggerSlug } from './trigger-fit';

describe('trigger fit', () => {
  it('reads a trigger in the person\'s own words as a tag of any length', () => {
    expect(triggerSlug('  Argument with my BOSS — again!! ')).toBe('argument-with-my-boss-again');
    expect(triggerSlug(null)).toBe('');
  });

  it('finds healing families from single words and from neighbouring pairs', () => {
    expect(healingFamiliesForTrigger('Argument with my mum')).toEqual(['boundaries', 'emotion-processing', 'core-beliefs', 'self-compassion']);
    expect(healingFamiliesForTrigger('people pleasing at the office')).toEqual(['boundaries', 'self-compassion']);
    expect(healingFamiliesForTrigger('the weather')).toEqual([]);
    expect(healingFamiliesForTrigger('')).toEqual([]);
  });

  it('finds coping families only where the words say plainly what helps', () => {
    expect(copingFamiliesForTrigger('panic on the train')).toEqual(['breathing', 'grounding']);
    expect(copingFamiliesForTrigger('a fight, then feeling lonely')).toEqual(['movement', 'breathing', 'connection']);
    expect(copingFamiliesForTrigger('work deadline')).toEqual([]);
  });
});
