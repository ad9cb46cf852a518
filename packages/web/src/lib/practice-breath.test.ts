import { describe, expect, it } from 'vitest';
import { breathAt, breathPhases } from './practice-breath';

const box = { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 };
const longerExhale = { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 };

describe('breathAt', () => {
  it('leaves out holds of 0 seconds', () => {
    expect(breathPhases(longerExhale).map((phase) => phase.label)).toEqual(['Breathe in', 'Breathe out']);
  });

  it('counts each phase down in whole seconds', () => {
    expect(breathAt(box, 2, 0)).toMatchObject({ done: false, round: 1, phase: { label: 'Breathe in' }, secondsLeft: 4, phaseNumber: 0 });
    expect(breathAt(box, 2, 1000)).toMatchObject({ phase: { label: 'Breathe in' }, secondsLeft: 3 });
    expect(breathAt(box, 2, 3999)).toMatchObject({ phase: { label: 'Breathe in' }, secondsLeft: 1 });
    expect(breathAt(box, 2, 4000)).toMatchObject({ phase: { key: 'hold-in' }, secondsLeft: 4, phaseNumber: 1 });
    expect(breathAt(box, 2, 8500)).toMatchObject({ phase: { label: 'Breathe out' }, secondsLeft: 4 });
  });

  it('moves to the next round after a whole breath, and is done after the last', () => {
    expect(breathAt(longerExhale, 3, 10_000)).toMatchObject({ round: 2, phase: { label: 'Breathe in' }, phaseNumber: 2 });
    expect(breathAt(longerExhale, 3, 29_999)).toMatchObject({ done: false, round: 3, phase: { label: 'Breathe out' }, secondsLeft: 1 });
    expect(breathAt(longerExhale, 3, 30_000)).toMatchObject({ done: true, round: 3, secondsLeft: 0 });
  });
});
