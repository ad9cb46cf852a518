// @vitest-environment happy-dom
import { EXERCISES } from '@mend/core';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockApi, skillFixture } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { SkillScreen } from '../skill-screen';
import { PracticeListScreen } from './practice-list-screen';

const practice = (overrides: Record<string, unknown>) => ({
  id: 'p1', skillId: 'box-breathing', exerciseId: 'box-breathing', kind: 'coping', startedAt: '2026-11-30T20:00:00.000Z',
  durationSeconds: 130, distressBefore: 7, distressAfter: 4, notes: null, steppedBack: false, answers: {}, pathAreaId: null,
  createdAt: '2026-11-30T20:03:00.000Z', ...overrides,
});

const group = (name: string) => screen.getByRole('heading', { level: 2, name }).parentElement!;

describe('PracticeListScreen', () => {
  it('lists coping exercises to steady yourself and healing ones to go deeper, with how long and the therapist note', async () => {
    mockApi({ 'GET /practices': { practices: [] }, 'GET /skills': { catalogueVersion: 1, skills: [] } });
    renderWithProviders(<PracticeListScreen />, { path: '/practice' });
    expect(screen.getByRole('heading', { level: 1, name: 'Practice' })).toBeTruthy();

    const coping = EXERCISES.filter((exercise) => exercise.kind === 'coping');
    const healing = EXERCISES.filter((exercise) => exercise.kind === 'healing');
    expect(within(group('Steady yourself')).getAllByRole('link').map((link) => link.textContent)).toEqual(coping.map((exercise) => exercise.title));
    expect(within(group('Go a little deeper')).getAllByRole('link').map((link) => link.textContent)).toEqual(healing.map((exercise) => exercise.title));

    const first = coping[0]!;
    const card = screen.getByRole('link', { name: first.title }).closest('li')!;
    expect(card.getAttribute('class')).toBe('exercise-card');
    expect(within(card).getByText(first.summary)).toBeTruthy();
    expect(within(card).getByText(`About ${first.minutes} minutes`)).toBeTruthy();
    expect(screen.getByRole('link', { name: first.title }).getAttribute('href')).toBe(`/practice/${first.id}`);
    expect(screen.getAllByText('Best done with a therapist’s support.')).toHaveLength(EXERCISES.filter((exercise) => exercise.bestWithTherapist).length);
    expect(await screen.findByText(/Nothing here yet/)).toBeTruthy();
  });

  it('shows recent practices, a stepped-back one said kindly', async () => {
    mockApi({
      'GET /practices': { practices: [
        practice({ id: 'p2', skillId: 'challenging-core-beliefs', exerciseId: 'core-belief-worksheet', kind: 'healing', steppedBack: true, distressAfter: null }),
        practice({}),
      ] },
      'GET /skills': { catalogueVersion: 1, skills: [] },
    });
    renderWithProviders(<PracticeListScreen />, { path: '/practice' });
    await screen.findByText('You stepped back into coping when you needed to.');
    const rows = document.querySelectorAll('.recent-practice');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('Core-belief worksheet');
    expect(rows[0]!.textContent).toContain('You stepped back into coping when you needed to.');
    expect(rows[1]!.textContent).toContain('Box breathing');
    expect(rows[1]!.textContent).toContain('2 min · distress 7 → 4');
    // Each opens to what was written.
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'Core-belief worksheet' }).getAttribute('href')).toBe('/practice/done/p2');
    expect(within(rows[1] as HTMLElement).getByRole('link', { name: 'Box breathing' }).getAttribute('href')).toBe('/practice/done/p1');
  });

  it('says calmly when the list can’t be fetched', async () => {
    mockApi({ 'GET /skills': { catalogueVersion: 1, skills: [] } });
    renderWithProviders(<PracticeListScreen />, { path: '/practice' });
    expect(await screen.findByText(/can’t be shown right now/)).toBeTruthy();
  });
});

describe('SkillScreen', () => {
  it('offers the guided exercise of a skill that has one', async () => {
    mockApi({ 'GET /skills': { catalogueVersion: 1, skills: [skillFixture('box-breathing', 'Box breathing'), skillFixture('cold-water', 'Cold water')] } });
    renderWithProviders(<Routes><Route path="/toolkit/:id" element={<SkillScreen />} /></Routes>, { path: '/toolkit/box-breathing' });
    const link = await screen.findByRole('link', { name: 'Start the guided exercise' });
    expect(link.getAttribute('href')).toBe('/practice/box-breathing');
  });

  it('offers none for a skill without one', async () => {
    mockApi({ 'GET /skills': { catalogueVersion: 1, skills: [skillFixture('cold-water', 'Cold water')] } });
    renderWithProviders(<Routes><Route path="/toolkit/:id" element={<SkillScreen />} /></Routes>, { path: '/toolkit/cold-water' });
    await screen.findByRole('heading', { level: 1, name: 'Cold water' });
    expect(screen.queryByRole('link', { name: 'Start the guided exercise' })).toBeNull();
  });
});
