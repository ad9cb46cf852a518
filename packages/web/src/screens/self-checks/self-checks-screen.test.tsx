// @vitest-environment happy-dom
import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { SelfChecksScreen } from './self-checks-screen';

const summary = (overrides: Record<string, unknown>) => ({
  url: 'urn:mend:fhir:Questionnaire:x', version: '1', description: null, builtIn: true, questionCount: 12, lastTakenAt: null, suggested: true,
  ...overrides,
});

configure({ asyncUtilTimeout: 5000 });

// Many statements and a lazily loaded chart library: slow on a busy two-core machine, so a generous timeout.
describe('SelfChecksScreen', { timeout: 30_000 }, () => {
  it('lists each check with when it was last taken, suggesting again only gently', async () => {
    mockApi({
      'GET /questionnaires': {
        suggestAgainDays: 28,
        questionnaires: [
          summary({ id: 'coping-styles', title: 'Coping styles', questionCount: 28, lastTakenAt: '2026-10-01T12:00:00.000Z', suggested: true }),
          summary({ id: 'maladaptive-check', title: 'Is my coping still working for me?' }),
          summary({ id: 'clinic-check', title: 'A clinic’s check', lastTakenAt: '2026-11-30T12:00:00.000Z', suggested: false }),
        ],
      },
    });
    renderWithProviders(<SelfChecksScreen />, { path: '/self-checks' });
    expect(screen.getByRole('heading', { level: 1, name: 'Self-checks' })).toBeTruthy();
    expect(screen.getByText(/for reflection: Mend makes no diagnosis/)).toBeTruthy();

    const cards = (await screen.findAllByRole('listitem'));
    expect(cards).toHaveLength(3);
    const [coping, maladaptive, clinic] = cards as [HTMLElement, HTMLElement, HTMLElement];
    expect(coping.textContent).toMatch(/28 statements · Last taken .*2026/);
    expect(within(coping).getByText('It has been a few weeks: take it again whenever you like.')).toBeTruthy();
    expect(within(coping).getByRole('link', { name: 'Take it again' }).getAttribute('href')).toBe('/self-checks/coping-styles');
    expect(within(coping).getByRole('link', { name: 'See my results' }).getAttribute('href')).toBe('/self-checks/coping-styles/results');

    // Never taken: suggested, but nothing says "again".
    expect(maladaptive.textContent).toContain('Not taken yet');
    expect(within(maladaptive).queryByText(/a few weeks/)).toBeNull();
    expect(within(maladaptive).getByRole('link', { name: 'Take this check' }).getAttribute('href')).toBe('/self-checks/maladaptive-check');
    expect(within(maladaptive).queryByRole('link', { name: 'See my results' })).toBeNull();
    expect(within(clinic).queryByText(/a few weeks/)).toBeNull();

    const about = screen.getByRole('region', { name: 'About the scores' });
    expect(about.textContent).toContain('Brief COPE');
    expect(about.textContent).toContain('not with published norms');
    expect(about.textContent).toMatch(/self-distraction as avoidant.*sound crisis skill/);
    expect(document.body.textContent).not.toMatch(/streak|overdue|missed/i);
  });
});
