// @vitest-environment happy-dom
import { emptySafetyPlan, type SafetyPlan } from '@mend/core';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readDeviceSafetyPlan, writeDeviceSafetyPlan } from '../../lib/device-safety-plan';
import { markLocked } from '../../lib/device-session';
import { accountFixture, mockApi } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { SafetyPlanScreen } from './safety-plan-screen';

const me = accountFixture();
const plan: SafetyPlan = {
  ...emptySafetyPlan(),
  warningSigns: ['I stop answering messages'],
  calmingSkillIds: ['box-breathing'],
  helpers: [{ name: 'Sam', phone: '07700 900123', note: null }],
  reasons: ['My niece'],
  version: 2,
  savedAt: '2026-11-30T10:00:00.000Z',
};

describe('SafetyPlanScreen', () => {
  it('shows the copy on this device when signed out, with call and text links and the country\'s lines', async () => {
    localStorage.setItem('mend.help.country', 'GB');
    writeDeviceSafetyPlan(plan, { 'box-breathing': 'Box breathing' });
    const { calls } = mockApi({ 'GET /me': Response.json({ error: { code: 'unauthorized', message: 'Sign in', fields: {} } }, { status: 401 }) });
    renderWithProviders(<SafetyPlanScreen />, { path: '/safety-plan' });

    expect(screen.getByRole('heading', { level: 1, name: 'My safety plan' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'My warning signs' }).textContent).toContain('I stop answering messages');
    const calming = screen.getByRole('region', { name: 'Things I can do on my own to feel calmer' });
    expect(within(calming).getByText('Box breathing')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call Sam' }).getAttribute('href')).toBe('tel:07700900123');
    expect(screen.getByRole('link', { name: 'Text Sam' }).getAttribute('href')).toBe('sms:07700900123');
    const professionals = screen.getByRole('region', { name: 'Professionals and crisis lines' });
    expect(within(professionals).getByRole('link', { name: 'Call 116 123' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Making my surroundings safer' })).toBeNull();
    await waitFor(() => expect(calls.map((call) => call.path)).toEqual(['/me']));
    expect(screen.queryByRole('link', { name: 'Edit my plan' })).toBeNull();
  });

  it('shows the server\'s plan when signed in, and keeps it on this device', async () => {
    mockApi({ 'GET /me': me, 'GET /safety-plan': { ...plan, reasons: ['The sea'], version: 3 }, 'GET /skills': { catalogueVersion: 1, skills: [] } });
    renderWithProviders(<SafetyPlanScreen />, { path: '/safety-plan' });
    await screen.findByText('The sea');
    expect(screen.getByRole('link', { name: 'Edit my plan' }).getAttribute('href')).toBe('/safety-plan/edit');
    expect(readDeviceSafetyPlan()?.plan.version).toBe(3);
  });

  it('while locked with no copy on this device, says to unlock rather than to sign in', async () => {
    markLocked();
    mockApi({ 'GET /me': Response.json({ error: { code: 'app_locked', message: 'Locked.', fields: {} } }, { status: 423 }) });
    renderWithProviders(<SafetyPlanScreen />, { path: '/safety-plan' });
    expect(await screen.findByText(/Unlock Mend with your PIN to see it here/)).toBeTruthy();
    expect(screen.queryByText(/Sign in once on this device/)).toBeNull();
  });

  it('still lists the crisis lines when there is no plan anywhere', () => {
    localStorage.setItem('mend.help.country', 'US');
    mockApi({});
    renderWithProviders(<SafetyPlanScreen />, { path: '/safety-plan' });
    expect(screen.getAllByRole('link', { name: 'Call 988' }).length).toBeGreaterThan(0);
  });
});
