import { CATALOGUE, InsightsSchema } from '@mend/core';
import { generateDemoHistory } from '@mend/core/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPractice } from '../../test-support/factories';
import type { TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

describe('GET /insights', () => {
  let server: TestServer;
  let sam: TestClient;
  let kim: TestClient;
  let occurredAt: string[];
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    sam = server.client();
    kim = server.client();
    await sam.register('insightful');
    await kim.register('newcomer');
    const history = generateDemoHistory({ days: 60, now: server.clock.now(), seed: 11, skills: CATALOGUE, accountName: 'insightful' });
    expect((await sam.post('/import', history)).status).toBe(200);
    occurredAt = history.moments.map((moment) => moment.occurredAt);
  });
  afterAll(() => server.close());

  it('answers a document in the insights schema, as of now in UTC by default', async () => {
    const response = await sam.get('/insights');
    expect(response.status).toBe(200);
    const insights = InsightsSchema.parse(response.body);
    expect(Date.parse(insights.asOf)).toBe(server.clock.now().getTime());
    expect(insights.timeZone).toBe('UTC');
    expect(insights.moments).toBe(occurredAt.length);
    expect(insights.skillEffects.length).toBeGreaterThan(0);
  });

  it('reads only what happened up to asOf', async () => {
    const asOf = occurredAt[Math.floor(occurredAt.length / 2)]!;
    const response = await sam.get(`/insights?asOf=${encodeURIComponent(asOf)}&timeZone=Europe/Dublin`);
    expect(response.status).toBe(200);
    const insights = InsightsSchema.parse(response.body);
    expect(Date.parse(insights.asOf)).toBe(Date.parse(asOf));
    expect(insights.timeZone).toBe('Europe/Dublin');
    expect(insights.moments).toBe(occurredAt.filter((at) => Date.parse(at) <= Date.parse(asOf)).length);
    expect(insights.moments).toBeLessThan(occurredAt.length);
  });

  it('shows each person only their own moments', async () => {
    const response = await kim.get('/insights');
    expect(response.status).toBe(200);
    expect(InsightsSchema.parse(response.body).moments).toBe(0);
  });

  it.each([
    ['an unknown time zone', 'timeZone=Mars/Olympus_Mons', 'timeZone'],
    ['asOf that is not a time', 'asOf=yesterday', 'asOf'],
    ['an unknown parameter', 'since=2026-01-01', 'since'],
  ])('refuses %s with 400 naming it', async (_name, query, field) => {
    const response = await sam.get(`/insights?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_input');
    expect(Object.keys(response.body.error.fields)).toEqual([field]);
  });

  it('counts guided practices in the weekly balance by their skill\'s kind', async () => {
    const practiser = server.client();
    await practiser.register('practiser');
    await practiser.post('/practices', createPractice({ startedAt: '2026-11-02T08:00:00Z' }));
    await practiser.post('/practices', createPractice({ skillId: 'challenging-core-beliefs', exerciseId: null, startedAt: '2026-11-02T09:00:00Z' }));
    const weeks = InsightsSchema.parse((await practiser.get('/insights')).body).balance.weeks;
    expect(weeks.at(-1)).toMatchObject({ weekStart: '2026-11-02', copingUses: 1, healingUses: 1, maladaptiveUses: 0 });
  });

  it('needs sign-in', async () => {
    expect((await server.client().get('/insights')).status).toBe(401);
  });
});
