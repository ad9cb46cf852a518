import { AUDIT_RETENTION_DAYS, AuditLogPageSchema, type AuditEvent } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoment, createPractice, exportDocument, exportedMoment } from '../../test-support/factories';
import type { TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

const DAYLIO_CSV = ['full_date,date,weekday,time,mood,activities,note_title,note', '2026-11-01,"November 1",Sunday,"9:05 pm",awful,"walk","","daylio note words"'].join('\n');
const DAY_MS = 24 * 60 * 60 * 1000;
const SIGN_IN_KINDS = new Set<string>(['sign-in-new-device', 'signed-out-everywhere', 'password-changed', 'app-lock-changed']);

async function wholeLog(client: TestClient, limit = 500): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let cursor: string | null = null;
  do {
    const response = await client.get(`/audit-log?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.status).toBe(200);
    const page = AuditLogPageSchema.parse(response.body);
    events.push(...page.events);
    cursor = page.nextCursor;
  } while (cursor);
  return events;
}

describe('the audit log', () => {
  let server: TestServer;
  let ana: TestClient;
  let ben: TestClient;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    ana = server.client();
    await ana.register('ana-audit');
    ben = server.client();
    await ben.register('ben-audit');
  });
  afterAll(() => server.close());

  it('records each action where it happens, newest first, with plain details', async () => {
    const moment = (await ana.post('/moments', createMoment())).body;
    const practice = (await ana.post('/practices', createPractice())).body;
    expect((await ana.get('/export')).status).toBe(200);
    server.clock.advance(1000);
    expect((await ana.get('/export?format=csv&records=practices')).status).toBe(200);
    server.clock.advance(1000);
    const imported = exportDocument({ moments: [exportedMoment({ id: 'imported-one' })] });
    expect((await ana.post('/import', imported)).status).toBe(200);
    server.clock.advance(1000);
    expect((await ana.request('POST', '/import/daylio', { raw: DAYLIO_CSV, headers: { 'content-type': 'text/csv' } })).status).toBe(200);
    server.clock.advance(1000);
    expect((await ana.delete(`/moments/${moment.id}`)).status).toBe(204);
    server.clock.advance(1000);
    expect((await ana.delete(`/practices/${practice.id}`)).status).toBe(204);
    server.clock.advance(1000);
    const token = (await ana.post('/tokens', { name: 'My spreadsheet', scopes: ['read', 'export'] })).body;
    server.clock.advance(1000);
    expect((await ana.delete(`/tokens/${token.id}`)).status).toBe(204);

    // Only what this test did: signing in may log events of its own.
    const events = (await wholeLog(ana)).filter((event) => !SIGN_IN_KINDS.has(event.kind));
    expect(events.map((event) => [event.kind, event.detail])).toEqual([
      ['token-revoked', { tokenId: token.id, name: 'My spreadsheet', scopes: 'read, export' }],
      ['token-created', { tokenId: token.id, name: 'My spreadsheet', scopes: 'read, export' }],
      ['practice-deleted', { practiceId: practice.id }],
      ['moment-deleted', { momentId: moment.id }],
      ['import-daylio', { imported: 1, alreadyThere: 0, refused: 0, skillsCreated: 1 }],
      ['import', expect.objectContaining({ momentsCreated: 1, momentsUpdated: 0, momentsUnchanged: 0, practicesCreated: 0, path: 'not-in-file' })],
      ['export', { format: 'csv', records: 'practices', count: 1 }],
      ['export', { format: 'json', records: 'everything' }],
    ]);
    expect(events[0]!.at).toBe(server.clock.now().toISOString());
  });

  it('refuses a failed action without an event: nothing half-written', async () => {
    const before = (await wholeLog(ana)).length;
    expect((await ana.delete('/moments/no-such-moment')).status).toBe(404);
    expect((await ana.delete('/tokens/no-such-token')).status).toBe(404);
    expect((await ana.get('/export?format=pdf')).status).toBe(400);
    expect((await ana.post('/import', { format: 'mend-export', version: 1, moments: 'nope' })).status).toBe(400);
    expect((await wholeLog(ana)).length).toBe(before);
  });

  it('never holds what the person wrote: no note, trigger or skill name', async () => {
    const note = 'zebra-orchid-4471 a private note';
    const trigger = 'quokka-lantern-9912 a private trigger';
    const skill = (await ana.post('/skills', { name: 'narwhal-teapot-3310', kind: 'coping', family: 'connection', summary: 'mine', steps: ['a'] })).body;
    const moment = (await ana.post('/moments', createMoment({ note, trigger, skillIds: [skill.id] }))).body;
    expect((await ana.get('/export?format=csv')).status).toBe(200);
    expect((await ana.delete(`/moments/${moment.id}`)).status).toBe(204);
    expect((await ana.get('/export')).status).toBe(200);
    const body = JSON.stringify(await wholeLog(ana));
    for (const text of ['zebra-orchid', 'quokka-lantern', 'narwhal-teapot', 'daylio note words']) expect(body).not.toContain(text);
  });

  it('pages newest first with a cursor: every event once, none skipped', async () => {
    const all = await wholeLog(ana);
    const paged = await wholeLog(ana, 3);
    expect(paged.map((event) => event.id)).toEqual(all.map((event) => event.id));
    expect(new Set(paged.map((event) => event.id)).size).toBe(paged.length);
    const times = paged.map((event) => event.at);
    expect(times).toEqual([...times].sort().reverse());
    const first = (await ana.get('/audit-log?limit=3')).body;
    expect(first.events).toHaveLength(3);
    expect(first.nextCursor).toEqual(expect.any(String));
  });

  it('refuses a bad limit or cursor with a 400 naming the field', async () => {
    for (const [query, field] of [['limit=0', 'limit'], ['limit=501', 'limit'], ['limit=two', 'limit'], ['cursor=garbage', 'cursor'], ['since=now', 'since']] as const) {
      const response = await ana.get(`/audit-log?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.fields).toHaveProperty([field]);
    }
  });

  it('is the person’s own: another never sees it, a token cannot read it', async () => {
    await ben.post('/moments', createMoment());
    const anas = new Set((await wholeLog(ana)).map((event) => event.id));
    const bens = await wholeLog(ben);
    expect(bens).toEqual([]);
    expect((await ben.get('/audit-log')).body.events.some((event: AuditEvent) => anas.has(event.id))).toBe(false);
    const token = (await ana.post('/tokens', { name: 'everything', scopes: ['read', 'write', 'export', 'import'] })).body;
    const withToken = server.client();
    withToken.token = token.token;
    expect((await withToken.get('/audit-log')).status).toBe(403);
    expect((await ana.get('/audit-log', { anonymous: true })).status).toBe(401);
  });

  it('keeps two years: older events are pruned when a new one is written', async () => {
    const cara = server.client();
    await cara.register('cara-audit');
    await cara.get('/export');
    server.clock.advance(AUDIT_RETENTION_DAYS * DAY_MS - 1000);
    // Two years on, the session has long expired: sign in again (which may log events of its own).
    await cara.login('cara-audit');
    const exports = async () => (await wholeLog(cara)).filter((event) => event.kind === 'export').map((event) => event.detail.records);
    expect((await cara.get('/export?format=csv')).status).toBe(200);
    expect(await exports()).toEqual(['moments', 'everything']);
    server.clock.advance(2000);
    expect((await cara.get('/export?format=csv&records=practices')).status).toBe(200);
    expect(await exports()).toEqual(['practices', 'moments']);
  });
});
