// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, skillFixture } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { suggestionFixture } from '../../test/sharing-fixture';
import { SuggestionsCard } from './suggestions-card';

const skills = { catalogueVersion: 1, skills: [skillFixture('box-breathing', 'Box breathing')] };

describe('SuggestionsCard on Home', () => {
  it('shows nothing when no suggestion waits', async () => {
    const { calls } = mockApi({ 'GET /therapist-suggestions': { suggestions: [suggestionFixture({ status: 'declined', answeredAt: '2026-12-02T10:00:00.000Z' })] }, 'GET /skills': skills });
    const { container } = renderWithProviders(<SuggestionsCard />);
    await waitFor(() => expect(calls.some((call) => call.path === '/therapist-suggestions')).toBe(true));
    expect(container.textContent).toBe('');
  });

  it('asks in the background, and an accepted area says it was added to the path', async () => {
    const { calls } = mockApi({
      'GET /therapist-suggestions': { suggestions: [suggestionFixture()] },
      'GET /skills': skills,
      'PUT /therapist-suggestions/g1': (body) => suggestionFixture({ status: (body as { answer: string }).answer, answeredAt: '2026-12-02T10:00:00.000Z' }),
    });
    const user = userEvent.setup();
    renderWithProviders(<SuggestionsCard />);
    expect(await screen.findByRole('heading', { name: 'dr-lee suggests: Boundaries' })).toBeTruthy();
    expect(screen.getByText('“We talked about this on Tuesday.”')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See your healing path' }).getAttribute('href')).toBe('/path');
    expect(calls.find((call) => call.path === '/therapist-suggestions')?.background).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Accept Boundaries' }));
    expect(await screen.findByText('You accepted this. It was added to your healing path.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Not now/ })).toBeNull();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ answer: 'accepted' });
  });

  it('links a suggested skill to its page, and “Not now” declines', async () => {
    const { calls } = mockApi({
      'GET /therapist-suggestions': { suggestions: [suggestionFixture({ kind: 'skill', targetId: 'box-breathing', message: null })] },
      'GET /skills': skills,
      'PUT /therapist-suggestions/g1': (body) => suggestionFixture({ kind: 'skill', targetId: 'box-breathing', status: (body as { answer: string }).answer }),
    });
    const user = userEvent.setup();
    renderWithProviders(<SuggestionsCard />);
    expect((await screen.findByRole('link', { name: 'Read about Box breathing' })).getAttribute('href')).toBe('/toolkit/box-breathing');
    await user.click(screen.getByRole('button', { name: 'Not now for Box breathing' }));
    expect(await screen.findByText('You said not now.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ answer: 'declined' });
  });

  it('says so calmly when the path is full', async () => {
    mockApi({
      'GET /therapist-suggestions': { suggestions: [suggestionFixture()] },
      'GET /skills': skills,
      'PUT /therapist-suggestions/g1': () => Response.json({ error: { code: 'path_full', message: 'Your path already has as many areas as it can hold. Take one off first if you like.', fields: {} } }, { status: 409 }),
    });
    const user = userEvent.setup();
    renderWithProviders(<SuggestionsCard />);
    await user.click(await screen.findByRole('button', { name: 'Accept Boundaries' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/as many areas as it can hold/);
  });
});
