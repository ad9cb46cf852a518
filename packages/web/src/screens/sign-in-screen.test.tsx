// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptySafetyPlan } from '@mend/core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../api/persist-queries';
import { readDeviceSafetyPlan, writeDeviceSafetyPlan } from '../lib/device-safety-plan';
import { accountFixture, mockApi } from '../test/mock-api';
import { renderApp } from '../test/render-app';

const me = accountFixture();
const problem = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: { code, message, fields: {} } }, { status, headers });

describe('the sign-in screen', () => {
  it('says calmly when the next try can be made after the server slows sign-in down', async () => {
    mockApi({
      'GET /me': () => problem(401, 'unauthenticated', 'Please sign in first.'),
      'GET /auth/setup': { needsOwner: false, registrationOpen: false },
      'POST /auth/login': () => problem(429, 'rate_limited', 'Too many attempts that did not match. Please wait 2 minutes and try again.', { 'Retry-After': '95' }),
    });
    const user = userEvent.setup();
    renderApp('/');
    await user.type(await screen.findByLabelText('Name'), 'ana');
    await user.type(screen.getByLabelText('Password'), 'a calm lake at dawn');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByText(/several sign-in tries in a short time/);
    expect(alert.textContent).toBe('There have been several sign-in tries in a short time, so Mend is pausing before the next one. You can try again in about 2 minutes.');
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'see who you can call or text' }).getAttribute('href')).toBe('/help');
  });

  it('after the server signs out an idle session, says why and keeps nothing of the person on the device', async () => {
    let idle = false;
    mockApi({
      'GET /me': () => (idle ? problem(401, 'signed_out_idle', 'You were signed out after 15 minutes without use.') : me),
      'GET /auth/setup': { needsOwner: false, registrationOpen: false },
      'GET /follow-ups/pending': () => (idle ? problem(401, 'signed_out_idle', 'You were signed out after 15 minutes without use.') : { delayMinutes: 120, pending: [] }),
      'GET /skills': { catalogueVersion: 1, skills: [] },
      'GET /moments': { moments: [], nextCursor: null },
      'POST /auth/login': me,
    });
    writeDeviceSafetyPlan({ ...emptySafetyPlan(), reasons: ['My niece'], version: 1, savedAt: '2026-11-22T10:00:00Z' } as never, {});
    localStorage.setItem('mend.reminders.not-today', '2026-11-22');
    sessionStorage.setItem('mend.practice-draft.box-breathing', '{}');
    localStorage.setItem(STORAGE_KEY, '{"remembered":true}');
    const user = userEvent.setup();
    const { queryClient } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'How hard is it right now?' });

    idle = true;
    await queryClient.refetchQueries({ queryKey: ['follow-ups', 'pending'] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome back' })).toBeTruthy();
    const note = screen.getByText(/^You were signed out after a while without use/);
    expect(note.getAttribute('role')).toBe('status');
    // Says what is true: the outbox stays, an unfinished practice does not.
    expect(note.textContent).toContain('moments waiting to be sent go once you sign in');
    expect(note.textContent).toContain('a practice you were in the middle of, was cleared');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(localStorage.getItem('mend.reminders.not-today')).toBeNull();
    expect(sessionStorage.getItem('mend.practice-draft.box-breathing')).toBeNull();
    // Help keeps working signed out: the plan's copy stays (Settings turns it off on a shared device).
    expect(readDeviceSafetyPlan()?.plan.reasons).toEqual(['My niece']);
    expect(queryClient.getQueryData(['skills'])).toBeUndefined();

    idle = false;
    await user.type(screen.getByLabelText('Name'), 'ana');
    await user.type(screen.getByLabelText('Password'), 'a calm lake at dawn');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'How hard is it right now?' })).toBeTruthy();
    expect(screen.queryByText(/signed out after a while/)).toBeNull();
  });

  it('says the session ended when the server answers 401 to someone signed in', async () => {
    let ended = false;
    mockApi({
      'GET /me': () => (ended ? problem(401, 'unauthenticated', 'Please sign in first.') : me),
      'GET /auth/setup': { needsOwner: false, registrationOpen: false },
      'GET /follow-ups/pending': { delayMinutes: 120, pending: [] },
      'GET /skills': { catalogueVersion: 1, skills: [] },
      'GET /moments': { moments: [], nextCursor: null },
    });
    const { queryClient } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'How hard is it right now?' });
    ended = true;
    await queryClient.refetchQueries({ queryKey: ['me'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome back' })).toBeTruthy();
    expect(screen.getByText(/You were signed out \(perhaps from another device\)/)).toBeTruthy();
  });
});
