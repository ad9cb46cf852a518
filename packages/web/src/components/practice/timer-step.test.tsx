// @vitest-environment happy-dom
import type { PracticeAnswer } from '@mend/core';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../test/render';
import type { StepOf } from './step-types';
import { TimerStep } from './timer-step';

const urge: StepOf<'timer'> = {
  type: 'timer', id: 'ride', title: 'Ride it', body: 'Stay with it.', seconds: 180, checkInEverySeconds: 60,
};

const scan: StepOf<'timer'> = {
  type: 'timer', id: 'scan', title: 'Scan', body: 'Notice.', seconds: 40,
  cues: [{ at: 0, text: 'Your head.' }, { at: 20, text: 'Your feet.' }],
};

let recorded: PracticeAnswer | undefined;

function Harness({ step }: { step: StepOf<'timer'> }) {
  const [value, setValue] = useState<PracticeAnswer | undefined>();
  return (
    <TimerStep
      step={step} value={value} initialMs={0} onProgress={() => undefined}
      onChange={(next) => {
        recorded = next;
        setValue(next);
      }}
    />
  );
}

const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const checkIn = () => screen.queryByRole('group', { name: /How strong is the urge now\?/ });

beforeEach(() => {
  recorded = undefined;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('TimerStep', () => {
  it('asks at the start and every minute, records the answers in order, and carries on past an unanswered one', () => {
    render(<Harness step={urge} />);
    expect(screen.getByRole('timer').textContent).toBe('03:00');
    expect(checkIn()).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));

    fireEvent.click(within(checkIn()!).getByRole('button', { name: '8' }));
    expect(checkIn()).toBeNull();
    wait(60_000);
    expect(screen.getByRole('timer').textContent).toBe('02:00');
    expect(document.querySelector('.visually-hidden[aria-live="polite"]')?.textContent).toBe('Check-in at 01:00: How strong is the urge now?');
    // Not answered: the timer carries on, and the next check-in replaces it.
    wait(60_000);
    expect(screen.getByRole('timer').textContent).toBe('01:00');
    fireEvent.click(within(checkIn()!).getByRole('button', { name: '5' }));
    wait(60_000);
    fireEvent.click(within(checkIn()!).getByRole('button', { name: '3' }));

    expect(recorded).toEqual([8, 5, 3]);
    expect(screen.getByText('Your check-ins so far: 8, 5, 3')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('00:00');
    expect(screen.getByText(/Time’s up\. Take a breath/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
  });

  it('pauses and resumes', () => {
    render(<Harness step={urge} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    wait(5000);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    wait(30_000);
    expect(screen.getByRole('timer').textContent).toBe('02:55');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    wait(5000);
    expect(screen.getByRole('timer').textContent).toBe('02:50');
  });

  it('shows the cue of the moment in a polite live region, and records nothing', () => {
    render(<Harness step={scan} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    const cue = document.querySelector('.timer-cue');
    expect(cue?.getAttribute('aria-live')).toBe('polite');
    expect(cue?.textContent).toBe('Your head.');
    wait(20_000);
    expect(cue?.textContent).toBe('Your feet.');
    expect(checkIn()).toBeNull();
    expect(recorded).toBeUndefined();
  });
});
