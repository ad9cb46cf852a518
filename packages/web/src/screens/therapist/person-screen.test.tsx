// @vitest-environment happy-dom
import { act, screen, waitFor, within } from '@testing-library/react';
import { focusManager, onlineManager } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AppRoutes } from '../../app';
import { dayValue } from '../../components/therapist/period-chooser';
import { practiceFixture } from '../../components/reminders/reminders-fixture';
import { accountFixture, mockApi, momentFixture } from '../../test/mock-api';
import { renderWithProviders } from '../../test/render';
import { sessionPrepFixture, sharedPersonFixture, suggestionFixture } from '../../test/sharing-fixture';

/** The screens load lazily: on a busy machine the first render can take more than the default second. */
const SLOW = { timeout: 5000 };

const therapist = accountFixture({ id: 't1', name: 'dr-lee', role: 'therapist' });
const gone = () => Response.json({ error: { code: 'not_found', message: 'Not found.', fields: {} } }, { status: 404 });
const skills = { catalogueVersion: 1, skills: [] };
const notShared = () => Response.json({ error: { code: 'not_shared', message: 'They share no summary with you.', fields: {} } }, { status: 403 });
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

afterEach(() => {
  focusManager.setFocused(undefined);
  onlineManager.setOnline(true);
});

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

  it('after a 403, what was read before is gone: not beside the message, not in another view', async () => {
    let refuse = false;
    const { calls, fetchMock } = mockApi({
      'GET /me': therapist, 'GET /skills': skills,
      'GET /therapist/people': { people: [sharedPersonFixture()] },
      'GET /therapist/people/p1/session-prep': () => (refuse ? notShared() : sessionPrepFixture()),
      'GET /therapist/people/p1/moments': { moments: [momentFixture({ triggerTags: ['work-conflict'], occurredAt: new Date().toISOString() })], nextCursor: null, notesShared: false },
    });
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { path: '/people/p1' });
    await screen.findByRole('region', { name: 'Distress over the period' }, SLOW);
    const views = screen.getByRole('navigation', { name: 'What ana shares' });
    await user.click(within(views).getByRole('link', { name: 'Moments' }));
    await screen.findByText('Trigger tags: work-conflict', {}, SLOW);

    // The person stops sharing the summary; the therapist goes back to it, its old copy cached.
    refuse = true;
    await user.click(within(views).getByRole('link', { name: 'Summary' }));
    expect(await screen.findByText(/They don’t share this with you now\. They share no summary with you\./, {}, SLOW)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Distress over the period' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Download PDF' })).toBeNull();
    // The list of people is asked again, to learn what is shared now.
    await waitFor(() => expect(calls.filter((call) => call.path === '/therapist/people')).toHaveLength(2));

    // The moments read before are forgotten too: going back shows them only once asked again.
    fetchMock.mockImplementationOnce(() => new Promise<Response>(() => undefined));
    await user.click(within(views).getByRole('link', { name: 'Moments' }));
    expect(await screen.findByText('Loading moments…')).toBeTruthy();
    expect(screen.queryByText('Trigger tags: work-conflict')).toBeNull();
  });

  it('a window coming back into focus, or the network returning, does not read again (each read is in the person’s log)', async () => {
    const { calls } = mockApi({
      'GET /me': therapist, 'GET /skills': skills,
      'GET /therapist/people': { people: [sharedPersonFixture()] },
      'GET /therapist/people/p1/session-prep': sessionPrepFixture(),
    });
    renderWithProviders(<AppRoutes />, { path: '/people/p1' });
    await screen.findByRole('region', { name: 'Distress over the period' }, SLOW);
    const reads = () => calls.filter((call) => call.path === '/therapist/people/p1/session-prep').length;
    expect(reads()).toBe(1);
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
      onlineManager.setOnline(false);
      onlineManager.setOnline(true);
    });
    // The people list (not a read of anyone's data) does ask again: once it has, the read would have too.
    await waitFor(() => expect(calls.filter((call) => call.path === '/therapist/people').length).toBeGreaterThan(1));
    expect(reads()).toBe(1);
  });

  it('practices: asks for those started within the chosen period, up to its last day', async () => {
    const all = [
      practiceFixture({ id: 'x2', startedAt: daysAgo(2).toISOString(), notes: 'after the period' }),
      practiceFixture({ id: 'x1', startedAt: daysAgo(7).toISOString(), notes: 'inside the period' }),
    ];
    const asked: URL[] = [];
    mockApi({
      'GET /me': therapist, 'GET /skills': skills,
      'GET /therapist/people': { people: [sharedPersonFixture({ scopes: ['practices'] })] },
      // As the server does: started at or after `since`, before `before`.
      'GET /therapist/people/p1/practices': (_body, url) => {
        asked.push(url);
        const since = Date.parse(url.searchParams.get('since')!);
        const before = Date.parse(url.searchParams.get('before')!);
        return { practices: all.filter((practice) => Date.parse(practice.startedAt) >= since && Date.parse(practice.startedAt) < before) };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { path: '/people/p1?view=practices' });
    expect(await screen.findByText('after the period', {}, SLOW)).toBeTruthy();
    expect(screen.getByText('The ones they did in the period above, newest first.')).toBeTruthy();

    const period = screen.getByRole('form', { name: 'Period' });
    await user.clear(within(period).getByLabelText('From'));
    await user.type(within(period).getByLabelText('From'), dayValue(daysAgo(10)));
    await user.clear(within(period).getByLabelText('To'));
    await user.type(within(period).getByLabelText('To'), dayValue(daysAgo(5)));
    await user.click(within(period).getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('inside the period', {}, SLOW)).toBeTruthy();
    expect(screen.queryByText('after the period')).toBeNull();
    expect(asked).toHaveLength(2);
    // The period ends at the end of its last day.
    const end = new Date(daysAgo(5));
    end.setHours(24, 0, 0, 0);
    expect(Date.parse(asked[1]!.searchParams.get('before')!)).toBe(end.getTime());
  });
});
