// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { shareFixture, suggestionFixture } from '../../test/sharing-fixture';
import { SharingScreen } from './sharing-screen';

describe('SharingScreen', () => {
  it('says the person is in control, what a therapist can and can’t see, and lists shares and suggestions', async () => {
    mockApi({
      'GET /sharing': { shares: [shareFixture()], invites: [] },
      'GET /therapist-suggestions': { suggestions: [suggestionFixture({ status: 'accepted', answeredAt: '2026-12-02T10:00:00.000Z' })] },
      'GET /skills': { catalogueVersion: 1, skills: [] },
    });
    renderWithProviders(<SharingScreen />, { path: '/settings/sharing' });
    expect(screen.getByRole('heading', { level: 1, name: 'Share with a therapist' })).toBeTruthy();
    expect(screen.getByText('You choose what they see, and for how long. You can stop at any time.')).toBeTruthy();
    expect(screen.getByText(/can’t change anything/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Account activity' }).getAttribute('href')).toBe('/settings/activity');
    expect(await screen.findByRole('heading', { level: 3, name: 'dr-lee' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Suggested by your therapist' })).toBeTruthy();
    expect(screen.getByText('You accepted this. It was added to your healing path.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Invite a therapist' })).toBeTruthy();
  });
});
