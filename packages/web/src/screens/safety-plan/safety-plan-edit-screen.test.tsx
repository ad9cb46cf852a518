// @vitest-environment happy-dom
import { emptySafetyPlan } from '@mend/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readDeviceSafetyPlan } from '../../lib/device-safety-plan';
import { accountFixture, mockApi, skillFixture } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { SafetyPlanEditScreen } from './safety-plan-edit-screen';

const stored = { ...emptySafetyPlan(), warningSigns: ['I go quiet'], version: 1, savedAt: '2026-11-30T10:00:00.000Z' };
const skills = { catalogueVersion: 1, skills: [skillFixture('box-breathing', 'Box breathing'), skillFixture('cold-water', 'Cold water')] };

function routes(put: (body: unknown) => unknown) {
  return {
    'GET /me': accountFixture(),
    'GET /safety-plan': stored,
    'GET /safety-plan/history': { versions: [stored] },
    'GET /skills': skills,
    'GET /insights': Response.json({ error: { code: 'not_found', message: 'none', fields: {} } }, { status: 404 }),
    'PUT /safety-plan': put,
  };
}

describe('SafetyPlanEditScreen', () => {
  it('saves every part as a new version from the version it started with', async () => {
    const { calls } = mockApi(routes((body) => ({ ...(body as object), baseVersion: undefined, version: 2, savedAt: '2026-12-01T10:00:00.000Z' })));
    const user = userEvent.setup();
    renderWithProviders(<SafetyPlanEditScreen />, { path: '/safety-plan/edit' });

    const signs = await screen.findByRole('textbox', { name: 'Warning signs' });
    expect((signs as HTMLTextAreaElement).value).toBe('I go quiet');
    await user.type(signs, '{Enter}I cancel plans');
    await user.click(await screen.findByRole('checkbox', { name: 'Cold water' }));
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByRole('textbox', { name: 'Name of person 1' }), 'Sam');
    await user.type(screen.getByRole('textbox', { name: 'Phone of person 1' }), '07700 900123');
    await user.type(screen.getByRole('textbox', { name: 'My reasons' }), 'My niece{Enter}{Enter}The sea');
    await user.click(screen.getByRole('button', { name: 'Save my plan' }));

    await screen.findByText(/Saved\. Your plan opens on this device/);
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.body).toEqual({
      ...emptySafetyPlan(),
      warningSigns: ['I go quiet', 'I cancel plans'],
      calmingSkillIds: ['cold-water'],
      helpers: [{ name: 'Sam', phone: '07700 900123', note: null }],
      reasons: ['My niece', 'The sea'],
      baseVersion: 1,
    });
    expect(readDeviceSafetyPlan()?.skillNames).toEqual({ 'cold-water': 'Cold water' });
  });

  it('says a person needs a name before sending anything', async () => {
    const { calls } = mockApi(routes(() => ({})));
    const user = userEvent.setup();
    renderWithProviders(<SafetyPlanEditScreen />, { path: '/safety-plan/edit' });
    await user.click(await screen.findByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByRole('textbox', { name: 'Phone of person 1' }), '123');
    await user.click(screen.getByRole('button', { name: 'Save my plan' }));
    expect(await screen.findByText('Each person or service needs a name.')).toBeTruthy();
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);
  });

  it('shows the server\'s problem next to its field', async () => {
    mockApi(routes(() => Response.json(
      { error: { code: 'invalid_input', message: 'helpers.0.phone: must be a phone number', fields: { 'helpers.0.phone': 'must be a phone number: digits, spaces and + - ( ) . /' } } },
      { status: 400 },
    )));
    const user = userEvent.setup();
    renderWithProviders(<SafetyPlanEditScreen />, { path: '/safety-plan/edit' });
    await user.click(await screen.findByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByRole('textbox', { name: 'Name of person 1' }), 'Sam');
    await user.type(screen.getByRole('textbox', { name: 'Phone of person 1' }), 'call me');
    await user.click(screen.getByRole('button', { name: 'Save my plan' }));
    expect(await screen.findByText(/must be a phone number/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Some parts need another look.');
  });

  it('refuses to overwrite a newer version and offers to start from it', async () => {
    mockApi(routes(() => Response.json(
      { error: { code: 'conflict', message: 'Your safety plan was changed somewhere else (it is now version 2; this edit started from version 1).', fields: { baseVersion: 'must be the current version, 2' } } },
      { status: 409 },
    )));
    const user = userEvent.setup();
    renderWithProviders(<SafetyPlanEditScreen />, { path: '/safety-plan/edit' });
    await user.click(await screen.findByRole('button', { name: 'Save my plan' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('changed somewhere else'));
    expect(screen.getByRole('button', { name: 'start again from the newest version' })).toBeTruthy();
  });
});
