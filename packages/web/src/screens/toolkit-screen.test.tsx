// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, skillFixture } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { ToolkitScreen } from './toolkit-screen';

describe('ToolkitScreen', () => {
  it('lists skills from a Daylio import that wait to be classified, each linking to its page', async () => {
    mockApi({
      'GET /skills': {
        catalogueVersion: 2,
        skills: [
          skillFixture('box-breathing', 'Box breathing'),
          skillFixture('custom-walk', 'walk', { source: 'custom', family: 'other', awaitingClassification: true }),
          skillFixture('custom-friends', 'friends', { source: 'custom', family: 'other', awaitingClassification: true }),
          skillFixture('custom-swim', 'Swim', { source: 'custom', family: 'movement' }),
        ],
      },
    });
    renderWithProviders(<ToolkitScreen />, { path: '/toolkit' });
    const section = (await screen.findByRole('heading', { name: 'From your Daylio import: say what each one is for you' })).closest('section')!;
    const links = [...section.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([['walk', '/toolkit/custom-walk'], ['friends', '/toolkit/custom-friends']]);
  });

  it('shows no such section when nothing waits', async () => {
    mockApi({ 'GET /skills': { catalogueVersion: 2, skills: [skillFixture('box-breathing', 'Box breathing')] } });
    renderWithProviders(<ToolkitScreen />, { path: '/toolkit' });
    await screen.findByRole('link', { name: 'Box breathing' });
    expect(screen.queryByRole('heading', { name: /From your Daylio import/ })).toBeNull();
  });
});
