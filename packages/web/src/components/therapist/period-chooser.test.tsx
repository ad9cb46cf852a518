// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayValue, defaultPeriod, PeriodChooser, periodProblem, type Period } from './period-chooser';

afterEach(cleanup);

describe('periodProblem', () => {
  const now = new Date('2026-12-10T15:00:00');

  it('takes the default period and any past one up to 365 days', () => {
    expect(periodProblem(defaultPeriod(now), now)).toBeUndefined();
    expect(periodProblem({ fromDay: '2025-12-11', toDay: '2026-12-10' }, now)).toBeUndefined();
  });

  it('says in words what the server would refuse', () => {
    expect(periodProblem({ fromDay: '2026-12-11', toDay: '2026-12-20' }, now)).toMatch(/^Choose days up to today/);
    expect(periodProblem({ fromDay: '2026-12-01', toDay: '2026-12-11' }, now)).toMatch(/^Choose days up to today/);
    expect(periodProblem({ fromDay: '2026-12-05', toDay: '2026-12-01' }, now)).toBe('The first day must come before the last.');
    expect(periodProblem({ fromDay: '2025-12-10', toDay: '2026-12-10' }, now)).toBe('Choose at most 365 days at a time.');
    expect(periodProblem({ fromDay: '', toDay: '2026-12-10' }, now)).toBe('Choose both dates.');
  });
});

describe('PeriodChooser', () => {
  it('offers no day after today, and a future day typed in gets a word instead of a request', async () => {
    const onChange = vi.fn<(period: Period) => void>();
    const user = userEvent.setup();
    const today = new Date();
    render(<PeriodChooser period={defaultPeriod(today)} onChange={onChange} />);
    expect(screen.getByLabelText('From').getAttribute('max')).toBe(dayValue(today));
    expect(screen.getByLabelText('To').getAttribute('max')).toBe(dayValue(today));

    const later = new Date(today);
    later.setDate(later.getDate() + 3);
    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), dayValue(later));
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByText(/^Choose days up to today/)).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
  });
});
