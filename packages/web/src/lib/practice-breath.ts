import type { BreathPattern } from '@mend/core';

export type BreathPhaseKey = 'inhale' | 'hold-in' | 'exhale' | 'hold-out';

export interface BreathPhase {
  key: BreathPhaseKey;
  label: string;
  seconds: number;
}

/** The phases of one breath in order, without the holds that last 0 seconds. */
export function breathPhases(pattern: BreathPattern): BreathPhase[] {
  const all: BreathPhase[] = [
    { key: 'inhale', label: 'Breathe in', seconds: pattern.inhale },
    { key: 'hold-in', label: 'Hold', seconds: pattern.holdIn },
    { key: 'exhale', label: 'Breathe out', seconds: pattern.exhale },
    { key: 'hold-out', label: 'Hold', seconds: pattern.holdOut },
  ];
  return all.filter((phase) => phase.seconds > 0);
}

export interface BreathMoment {
  done: boolean;
  /** 1-based; the last round once done. */
  round: number;
  phase: BreathPhase;
  /** Counts each phase of the whole run (0, 1, 2, …), so a new phase is always a new number. */
  phaseNumber: number;
  /** Whole seconds left in this phase, counting down to 1. */
  secondsLeft: number;
}

/** Where the pacer is after `elapsedMs` of breathing. */
export function breathAt(pattern: BreathPattern, rounds: number, elapsedMs: number): BreathMoment {
  const phases = breathPhases(pattern);
  const cycle = phases.reduce((sum, phase) => sum + phase.seconds, 0);
  const last = phases[phases.length - 1] ?? { key: 'inhale', label: 'Breathe in', seconds: 0 };
  const elapsed = Math.max(0, elapsedMs) / 1000;
  if (cycle === 0 || elapsed >= cycle * rounds) {
    return { done: true, round: Math.max(1, rounds), phase: last, phaseNumber: phases.length * rounds, secondsLeft: 0 };
  }
  const roundIndex = Math.floor(elapsed / cycle);
  let offset = elapsed - roundIndex * cycle;
  for (const [index, phase] of phases.entries()) {
    if (offset < phase.seconds) {
      return {
        done: false,
        round: roundIndex + 1,
        phase,
        phaseNumber: roundIndex * phases.length + index,
        secondsLeft: Math.ceil(phase.seconds - offset),
      };
    }
    offset -= phase.seconds;
  }
  return { done: false, round: roundIndex + 1, phase: last, phaseNumber: (roundIndex + 1) * phases.length - 1, secondsLeft: 1 };
}
