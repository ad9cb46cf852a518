import { emptySafetyPlan, MAX_VERSION } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument, exportedMoment, uniqueName } from '../../test-support/factories';
import type { TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

/**
 * Versions stop at MAX_VERSION (PostgreSQL's 4-byte integer): past it a file or an edit is a 400
 * naming the field, and a record imported at it is refused one more version (409), so nothing
 * ever stores a number the column or the response cannot hold.
 */
describe('the highest version number', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
  });
  afterAll(() => server.close());

  async function person(): Promise<TestClient> {
    const browser = server.client();
    await browser.register(uniqueName());
    return browser;
  }

  it('refuses a file with a version past it, naming the field, and imports nothing', async () => {
    const browser = await person();
    const plan = { ...emptySafetyPlan(), version: MAX_VERSION + 1, savedAt: '2026-10-01T08:00:00.000Z' };
    const path = { version: Number.MAX_SAFE_INTEGER, areas: [], pace: { practicesPerWeek: 1 }, paused: false, pausedAt: null, plan: null, updatedAt: '2026-10-01T08:00:00.000Z' };
    const response = await browser.post('/import', exportDocument({
      moments: [exportedMoment({ id: 'too-far', version: Number.MAX_SAFE_INTEGER })],
      safetyPlanVersions: [plan],
      path,
    }));
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({
      'moments.0.version': `must be at most ${MAX_VERSION}`,
      'safetyPlanVersions.0.version': `must be at most ${MAX_VERSION}`,
      'path.version': `must be at most ${MAX_VERSION}`,
    });
    expect((await browser.get('/moments')).body.moments).toEqual([]);
  });

  it('refuses an edit whose baseVersion is past it, naming the field', async () => {
    const browser = await person();
    await browser.post('/import', exportDocument({ moments: [exportedMoment({ id: 'edited' })] }));
    for (const [method, route, body] of [
      ['PATCH', '/moments/edited', { baseVersion: MAX_VERSION + 1, note: 'x' }],
      ['PUT', '/safety-plan', { ...emptySafetyPlan(), baseVersion: MAX_VERSION + 1 }],
      ['PUT', '/path', { baseVersion: MAX_VERSION + 1, areas: [], pace: { practicesPerWeek: 1 }, paused: false, plan: null }],
    ] as const) {
      const response = await browser.request(method, route, { json: body });
      expect(response.status, route).toBe(400);
      expect(response.body.error.fields, route).toEqual({ baseVersion: `must be at most ${MAX_VERSION}` });
    }
  });

  it('keeps a moment imported at it as it is: an edit or a follow-up answer is 409, and the account still reads and exports', async () => {
    const browser = await person();
    const imported = await browser.post('/import', exportDocument({ moments: [exportedMoment({ id: 'at-the-top', version: MAX_VERSION })] }));
    expect(imported.status).toBe(200);

    const edit = await browser.patch('/moments/at-the-top', { baseVersion: MAX_VERSION, note: 'one more' });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('version_limit');
    expect(edit.body.error.fields).toHaveProperty('version');
    const answer = await browser.post('/moments/at-the-top/follow-ups', { distress: 3, at: '2026-10-01T09:00:00.000Z' });
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe('version_limit');
    // A file that changes it is an edit too: refused, and nothing of that file lands.
    const over = await browser.post('/import', exportDocument({ moments: [exportedMoment({ id: 'at-the-top', note: 'changed' }), exportedMoment({ id: 'other' })] }));
    expect(over.status).toBe(409);

    const moments = await browser.get('/moments');
    expect(moments.status).toBe(200);
    expect(moments.body.moments).toMatchObject([{ id: 'at-the-top', version: MAX_VERSION, note: null, followUps: [] }]);
    expect((await browser.get('/export')).status).toBe(200);
  });

  it('keeps a safety plan and a path imported at it as they are', async () => {
    const browser = await person();
    const plan = { ...emptySafetyPlan(), version: MAX_VERSION, savedAt: '2026-10-01T08:00:00.000Z' };
    const path = { version: MAX_VERSION, areas: [], pace: { practicesPerWeek: 1 }, paused: false, pausedAt: null, plan: null, updatedAt: '2026-10-01T08:00:00.000Z' };
    expect((await browser.post('/import', exportDocument({ safetyPlanVersions: [plan], path }))).status).toBe(200);

    const planSave = await browser.put('/safety-plan', { ...emptySafetyPlan(), warningSigns: ['tired'], baseVersion: MAX_VERSION });
    expect(planSave.status).toBe(409);
    expect(planSave.body.error.code).toBe('version_limit');
    const pathSave = await browser.put('/path', { baseVersion: MAX_VERSION, areas: [], pace: { practicesPerWeek: 2 }, paused: false, plan: null });
    expect(pathSave.status).toBe(409);
    expect(pathSave.body.error.code).toBe('version_limit');
    expect((await browser.get('/safety-plan')).body.version).toBe(MAX_VERSION);
    expect((await browser.get('/path')).status).toBe(200);
    expect((await browser.get('/export')).status).toBe(200);
  });
});
