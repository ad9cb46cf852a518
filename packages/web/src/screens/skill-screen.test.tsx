// @vitest-environment happy-dom
import { PracticeCreateSchema } from '@mend/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockApi, skillFixture } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { SkillScreen } from './skill-screen';

const skills = [
  skillFixture('letting-the-tears-come', 'Letting the tears come', { kind: 'healing', family: 'grief' }),
  skillFixture('cold-water', 'Cold water', { kind: 'coping', family: 'soothing' }),
  skillFixture('endless-scrolling', 'Endless scrolling', { kind: 'maladaptive', family: 'numbing' }),
  skillFixture('challenging-core-beliefs', 'Challenging a core belief', { kind: 'healing', family: 'core-beliefs' }),
];

function open(path: string) {
  const api = mockApi({
    'GET /skills': { catalogueVersion: 1, skills },
    'POST /practices': (body) => ({ ...PracticeCreateSchema.parse(body), kind: 'healing', createdAt: '2026-11-03T18:30:00.000Z' }),
  });
  renderWithProviders(<Routes><Route path="/toolkit/:id" element={<SkillScreen />} /></Routes>, { path });
  return api;
}

describe('SkillScreen: I practised this', () => {
  it('records a path step for a healing skill that has no guided exercise', async () => {
    const { calls } = open('/toolkit/letting-the-tears-come?path=grief');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Letting the tears come' });
    expect(screen.queryByRole('link', { name: 'Start the guided exercise' })).toBeNull();
    expect(screen.getByText(/A step on your healing path\./)).toBeTruthy();

    await user.type(screen.getByRole('spinbutton', { name: 'About how many minutes? (optional)' }), '5');
    await user.click(screen.getByRole('button', { name: 'Save this practice' }));
    expect(await screen.findByText('Saved. It counts as a step on your path.')).toBeTruthy();
    await waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1));
    expect(calls.find((call) => call.method === 'POST')?.body).toMatchObject({
      skillId: 'letting-the-tears-come', exerciseId: null, answers: {}, durationSeconds: 300, pathAreaId: 'grief',
    });
  });

  it('offers it for a coping skill too, off the path', async () => {
    open('/toolkit/cold-water');
    await screen.findByRole('heading', { level: 1, name: 'Cold water' });
    expect(screen.getByRole('heading', { level: 2, name: 'I practised this' })).toBeTruthy();
    expect(screen.queryByText(/A step on your healing path\./)).toBeNull();
  });

  it('does not offer it for a maladaptive skill', async () => {
    open('/toolkit/endless-scrolling');
    await screen.findByRole('heading', { level: 1, name: 'Endless scrolling' });
    expect(screen.queryByRole('heading', { name: 'I practised this' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save this practice' })).toBeNull();
  });

  it('keeps the path step when the skill’s guided exercise is opened from here', async () => {
    open('/toolkit/challenging-core-beliefs?path=core-beliefs');
    const link = await screen.findByRole('link', { name: 'Start the guided exercise' });
    expect(link.getAttribute('href')).toBe('/practice/core-belief-worksheet?path=core-beliefs');
  });
});
