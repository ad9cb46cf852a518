import { ProgressSchema } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreBeliefPractice, createMoment, createPractice } from '../../test-support/factories';
import type { TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

describe('GET /progress', () => {
  let server: TestServer;
  let sam: TestClient;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    sam = server.client();
    await sam.register('sam');
  });
  afterAll(() => server.close());

  const progressOf = async (browser: TestClient, query = '') => {
    const response = await browser.get(`/progress${query}`);
    expect(response.status).toBe(200);
    return ProgressSchema.parse(response.body);
  };

  it('starts quiet: no wins, no milestones, one gentle line for the week', async () => {
    const progress = await progressOf(sam);
    expect(progress).toMatchObject({ asOf: server.clock.now().toISOString(), timeZone: 'UTC', wins: [], milestones: [] });
    expect(progress.thisWeek.lines).toHaveLength(1);
  });

  it('shows a stepped-back win, and a belief held more lightly after the worksheet is done twice', async () => {
    // Monday 2 November 2026: the week so far is this one day.
    await sam.post('/practices', coreBeliefPractice("I'm not enough", 80, 80, { id: 'sheet-first', startedAt: '2026-10-20T18:00:00Z' }));
    await sam.post('/practices', createPractice({
      id: 'stepped-back', skillId: 'challenging-core-beliefs', exerciseId: 'core-belief-worksheet', answers: { belief: 'I ruin things' },
      steppedBack: true, startedAt: '2026-11-02T09:00:00Z', durationSeconds: 120,
    }));
    await sam.post('/practices', coreBeliefPractice("  i'm NOT enough ", 60, 60, { id: 'sheet-second', startedAt: '2026-11-02T18:00:00Z' }));
    await sam.post('/moments', createMoment({ occurredAt: '2026-11-02T12:00:00Z', satWithFeeling: true }));

    const progress = await progressOf(sam);
    const kinds = progress.wins.map((win) => `${win.kind}:${win.practiceId ?? win.momentId}`);
    expect(kinds).toContain('stepped-back:stepped-back');
    expect(kinds).toContain('belief-weaker:sheet-second');
    expect(kinds).not.toContain('belief-weaker:sheet-first');
    expect(kinds).not.toContain('healing-practice:stepped-back');
    expect(progress.wins.filter((win) => win.kind === 'sat-with-feeling')).toHaveLength(1);
    const times = progress.wins.map((win) => win.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(progress.wins.find((win) => win.kind === 'belief-weaker')!.text).toMatch(/60.*80/);
    expect(progress.wins.find((win) => win.kind === 'stepped-back')!.text).toMatch(/part of healing/);

    expect(progress.thisWeek).toMatchObject({ weekStart: '2026-11-02', moments: 1, satWithFeeling: 1, practices: 2, steppedBack: 1 });
    const milestones = progress.milestones.map((milestone) => milestone.id);
    expect(milestones.length).toBeGreaterThanOrEqual(3);
  });

  it('counts only what happened up to asOf, in the time zone given', async () => {
    const earlier = await progressOf(sam, '?asOf=2026-10-21T00:00:00Z&timeZone=Pacific/Auckland');
    expect(earlier).toMatchObject({ asOf: '2026-10-21T00:00:00.000Z', timeZone: 'Pacific/Auckland' });
    expect(earlier.wins.some((win) => win.practiceId === 'sheet-second' || win.practiceId === 'stepped-back')).toBe(false);
  });

  it('keeps each person to their own', async () => {
    const kim = server.client();
    await kim.register('kim');
    expect((await progressOf(kim)).wins).toEqual([]);
  });

  it('refuses an unknown time zone with 400 naming it, and needs sign-in', async () => {
    const response = await sam.get('/progress?timeZone=Mars/Olympus');
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty('timeZone');
    expect((await server.client().get('/progress')).status).toBe(401);
  });
});
