// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../app';
import { accountFixture, mockApi, momentFixture } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { sessionPrepFixture, sharedPersonFixture, suggestionFixture } from '../../test/sharing-fixture';

/** The screens load lazily: on a busy machine the first render can take more than the default second. */
const SLOW = { timeout: 5000 };

const therapist = accountFixture({ id: 't1', name: 'dr-lee', role: 'therapist' });
const gone = () => Response.json({ error: { code: 'not_found', message: 'Not found.', fields: {} } }, { status: 404 });
const skills = { catalogueVersion: 1, skills: [] };

describe('PersonScreen, one person who shares', () => {
  it('shows the session-prep summary for the last 30 days, with the distress table, Print and the PDF link', async () => {
    const { calls } = mockApi({
      'GET /me': therapist, 'GET /skills': skills,
      'GET /therapist/people': { people: [sharedPersonFixture()] },
      'GET /therapist/people/p1/session-prep': sessionPrepFixture(),
    });
    renderWithProviders(<AppRoutes />, { path: '/people/p1' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Session prep for ana' }, SLOW)).toBeTruthy();
    const distress = await screen.findByRole('region', { name: 'Distress over the period' }, SLOW);
    const table = within(distress).getByRole('table', { name: /^Distress week by week \(0–10\)/ });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    const cells = (row: number) => within(within(table).getAllByRole('row')[row]!).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells(1)).toEqual(['3', '7.3', '4', '9']);
    expect(cells(2)).toEqual(['2', '6', '—', '6']);
    expect(within(screen.getByRole('region', { name: 'What seemed to soothe' })).getByText(/Box breathing/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
    expect(screen.getByText(/Mend is not an emergency service and makes no diagnosis\.$/)).toBeTruthy();

    const prep = calls.find((call) => call.path === '/therapist/people/p1/session-prep')!;
    expect(prep).toBeTruthy();
    const pdf = screen.getByRole('link', { name: 'Download PDF' }).getAttribute('href')!;
    const url = new URL(pdf, 'http://mend.test');
    expect(url.pathname).toBe('/api/v1/therapist/people/p1/session-prep');
    expect(url.searchParams.get('format')).toBe('pdf');
    const days = (Date.parse(url.searchParams.get('to')!) - Date.parse(url.searchParams.get('from')!)) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(31.1);
    // Only what is shared has a tab.
    const views = screen.getByRole('navigation', { name: 'What ana shares' });
    expect(within(views).getAllByRole('link').map((link) => link.textContent)).toEqual(['Summary', 'Moments', 'Suggest']);
  });

  it('shows moments without what they wrote when notes are not shared', async () => {
    mockApi({
      'GET /me': therapist, 'GET /skills': skills,
      'GET /therapist/people': { people: [sharedPersonFixture()] },
      'GET /therapist/people/p1/moments': { moments: [momentFixture({ triggerTags: ['work-conflict'], occurredAt: new Date().toISOString() })], nextCursor: null, notesShared: false },
    });
    renderWithProviders(<AppRoutes />, { path: '/people/p1?view=moments' });
    const moment = (await screen.findByText('Trigger tags: work-conflict', {}, SLOW)).closest('li')!;
    expect(moment.textContent).toContain('Trigger in their words: not shared');
    expect(moment.textContent).toContain('Note: not shared');
    expect(screen.getByText(/is not shared with you\./)).toBeTruthy();
  });

  it('says kindly that the person is not sharing now, whatever the reason', async () => {
    mockApi({
      'GET /me': therapist, 'GET /skills': skills,
      'GET /therapist/people': { people: [sharedPersonFixture()] },
      'GET /therapist/people/p1/session-prep': gone,
    });
    renderWithProviders(<AppRoutes />, { path: '/people/p1' });
    expect(await screen.findByText('This person is not sharing with you now.', {}, SLOW)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the people who share with you' }).getAttribute('href')).toBe('/people');
  });

  it('sends a suggestion and lists the answers', async () => {
    let sent = [suggestionFixture({ status: 'accepted', answeredAt: '2026-12-02T10:00:00.000Z' })];
    const { calls } = mockApi({
      'GET /me': therapist, 'GET /skills': skills,
      'GET /therapist/people': { people: [sharedPersonFixture({ scopes: ['safety-plan'] })] },
      'GET /therapist/people/p1/suggestions': () => ({ suggestions: sent }),
      'POST /therapist/people/p1/suggestions': (body) => {
        const made = suggestionFixture({ id: 'g2', ...(body as object) });
        sent = [made, ...sent];
        return made;
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { path: '/people/p1?view=suggest' });
    const list = await screen.findByRole('region', { name: 'What you suggested' }, SLOW);
    expect(within(list).getByText(/Accepted on/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Send suggestion' }));
    expect(screen.getByText('Choose a skill.')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'An area for their healing path' }));
    await user.selectOptions(screen.getByLabelText('Healing area'), 'grief');
    await user.type(screen.getByLabelText('Message (optional)'), 'When you feel ready.');
    await user.click(screen.getByRole('button', { name: 'Send suggestion' }));
    expect(await screen.findByText(/Sent\. ana can accept it or say not now/, {}, SLOW)).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ kind: 'area', targetId: 'grief', message: 'When you feel ready.' });
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'What you suggested' })).getByText('Grief', { exact: false })).toBeTruthy());
  });
});
