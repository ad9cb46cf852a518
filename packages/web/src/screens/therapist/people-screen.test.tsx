// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../app';
import { longDay } from '../../lib/share-words';
import { accountFixture, mockApi } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { sharedPersonFixture } from '../../test/sharing-fixture';

/** The screens load lazily: on a busy machine the first render can take more than the default second. */
const SLOW = { timeout: 5000 };

const therapist = accountFixture({ id: 't1', name: 'dr-lee', role: 'therapist' });

describe('PeopleScreen, a therapist’s home', () => {
  it('is where “/” takes a therapist: the people who share, with what and until when, and its own navigation', async () => {
    mockApi({
      'GET /me': therapist,
      'GET /therapist/people': { people: [sharedPersonFixture({ openSuggestions: 2 }), sharedPersonFixture({ personId: 'p2', name: 'ben', scopes: ['safety-plan'] })] },
    });
    renderWithProviders(<AppRoutes />, { path: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'People who share with you' }, SLOW)).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['People', '/people'], ['Settings', '/settings'], ['Help', '/help'],
    ]);
    expect(screen.getAllByRole('link', { name: 'I need help now' }).length).toBeGreaterThan(0);

    const ana = (await screen.findByRole('link', { name: 'ana' }, SLOW)).closest('li')!;
    expect(within(ana).getByRole('link', { name: 'ana' }).getAttribute('href')).toBe('/people/p1');
    expect(ana.textContent).toContain(`Shares their summary and insights and moments, until ${longDay('2027-03-01T10:00:00.000Z')}.`);
    expect(ana.textContent).toContain('2 suggestions not answered yet');
    expect(screen.getByRole('link', { name: 'ben' }).closest('li')!.textContent).toContain('Shares their safety plan');
  });

  it('says kindly when nobody shares', async () => {
    mockApi({ 'GET /me': therapist, 'GET /therapist/people': { people: [] } });
    renderWithProviders(<AppRoutes />, { path: '/people' });
    expect(await screen.findByText(/Nobody shares with you right now\./, {}, SLOW)).toBeTruthy();
  });
});
