// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../test/render';
import { PacerStep } from './pacer-step';
import type { StepOf } from './step-types';

const step: StepOf<'pacer'> = {
  type: 'pacer', id: 'breathe', title: 'Breathe', body: 'In for four, out for four.',
  pattern: { inhale: 4, holdIn: 0, exhale: 4, holdOut: 0 }, rounds: 2,
};

function prefersReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', vi.fn((query: string) => ({
    matches: reduce && query.includes('reduce'), media: query, addEventListener: vi.fn(), removeEventListener: vi.fn(),
  })));
}

const count = () => document.querySelector('.pacer-count')?.textContent;
const circle = () => screen.getByTestId('pacer-circle');
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('PacerStep', () => {
  it('under reduced motion never animates, and the words still count down', () => {
    prefersReducedMotion(true);
    render(<PacerStep step={step} />);
    expect(count()).toBe('Ready when you are.');
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));

    expect(count()).toBe('Breathe in… 4');
    expect(circle().className).toBe('pacer-circle');
    wait(1000);
    expect(count()).toBe('Breathe in… 3');
    wait(3000);
    expect(count()).toBe('Breathe out… 4');
    expect(circle().className).toBe('pacer-circle');
    expect(screen.getByText('Round 1 of 2')).toBeTruthy();
    wait(4000);
    expect(screen.getByText('Round 2 of 2')).toBeTruthy();
    wait(8000);
    expect(count()).toBe('Done.');
    expect(screen.queryByRole('button', { name: /Pause|Resume|Start/ })).toBeNull();
  });

  it('announces the phase, not every second', () => {
    prefersReducedMotion(true);
    render(<PacerStep step={step} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('Breathe in');
    wait(2000);
    expect(live?.textContent).toBe('Breathe in');
    wait(2000);
    expect(live?.textContent).toBe('Breathe out');
  });

  it('animates the circle with the breath otherwise, and pauses with it', () => {
    prefersReducedMotion(false);
    render(<PacerStep step={step} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(circle().className).toBe('pacer-circle pacer-inhale');
    wait(4000);
    expect(circle().className).toBe('pacer-circle pacer-exhale');

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(circle().className).toContain('pacer-paused');
    wait(10_000);
    expect(count()).toBe('Breathe out… 4');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    wait(1000);
    expect(count()).toBe('Breathe out… 3');
  });
});
