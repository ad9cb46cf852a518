import { randomUUID } from 'node:crypto';
import { api, SHARE_SCOPES, type EndpointName, type ShareScope } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoment, createPractice } from '../test-support/factories';
import { daysAhead, invite, registerTherapist, therapistReads } from '../test-support/sharing-fixtures';
import type { TestClient } from '../test-support/test-client';
import { startTestServer, type TestServer } from '../test-support/test-server';

/** Many requests to a real server, on a machine shared with other tests (and on PostgreSQL too). */
const SLOW = 120_000;

/** Words only the person wrote: in an answer only where "notes" (moments) or the plan/practices they belong to are shared. */
const TRIGGER = 'matrix-trigger-words';
const NOTE = 'matrix-note-words';

/**
 * Every therapist endpoint on one person, as a row: what it needs, and what it writes in the
 * person's audit log when answered. A new /therapist/people/ endpoint in the contract without a
 * row fails the first test.
 */
const ROWS: Array<{ name: EndpointName; label: string; method: 'GET' | 'POST'; path: string; needs: ShareScope | 'any'; audited: string | null; body?: unknown }> = [
  { name: 'sharedSessionPrep', label: 'session-prep json', method: 'GET', path: '/session-prep?timeZone=Europe/Dublin', needs: 'summary', audited: 'session-prep' },
  { name: 'sharedSessionPrep', label: 'session-prep pdf', method: 'GET', path: '/session-prep?format=pdf', needs: 'summary', audited: 'session-prep-pdf' },
  { name: 'sharedInsights', label: 'insights', method: 'GET', path: '/insights', needs: 'summary', audited: 'insights' },
  { name: 'sharedMoments', label: 'moments', method: 'GET', path: '/moments', needs: 'moments', audited: 'moments' },
  { name: 'sharedSafetyPlan', label: 'safety-plan', method: 'GET', path: '/safety-plan', needs: 'safety-plan', audited: 'safety-plan' },
  { name: 'sharedPractices', label: 'practices', method: 'GET', path: '/practices', needs: 'practices', audited: 'practices' },
  { name: 'sentSuggestions', label: 'suggestions (sent)', method: 'GET', path: '/suggestions', needs: 'any', audited: null },
  { name: 'suggestToPerson', label: 'suggestions (suggest)', method: 'POST', path: '/suggestions', needs: 'any', audited: null, body: { kind: 'skill', targetId: 'box-breathing' } },
];

/** The share's state for each column: scopes while running, or revoked / run out. */
const SHARE_STATES: Array<{ label: string; scopes: ShareScope[] | 'revoked' | 'expired' }> = [
  ...SHARE_SCOPES.filter((scope) => scope !== 'notes').map((scope) => ({ label: scope, scopes: [scope] })),
  { label: 'moments+notes', scopes: ['moments', 'notes'] },
  { label: 'all', scopes: [...SHARE_SCOPES] },
  { label: 'none (revoked)', scopes: 'revoked' },
  { label: 'expired', scopes: 'expired' },
];

function expected(state: (typeof SHARE_STATES)[number], row: (typeof ROWS)[number]): number {
  if (!Array.isArray(state.scopes)) return 404;
  if (row.needs !== 'any' && !state.scopes.includes(row.needs)) return 403;
  return row.method === 'POST' ? 201 : 200;
}

interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
  bytes: Buffer;
}

async function send(server: TestServer, client: TestClient, personId: string, row: (typeof ROWS)[number]): Promise<RawAnswer> {
  const headers: Record<string, string> = { cookie: `mend_session=${client.sessionCookie}` };
  if (row.body) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.url}/api/v1/therapist/people/${personId}${row.path}`, { method: row.method, headers, ...(row.body ? { body: JSON.stringify(row.body) } : {}) });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: bytes.toString('utf8'), bytes };
}

describe('the sharing matrix: every share state × every therapist read', () => {
  let server: TestServer;
  let person: TestClient;
  let personId: string;
  let therapist: TestClient;
  let otherTherapist: TestClient;
  let shareId: string;
  const table: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    person = server.client();
    personId = (await person.register('matrix-person')).id;
    expect((await person.post('/moments', createMoment({ trigger: TRIGGER, note: NOTE }))).status).toBe(201);
    expect((await person.post('/practices', createPractice())).status).toBe(201);
    therapist = server.client();
    await registerTherapist(therapist, (await invite(person, ['summary'], daysAhead(server, 90))).code, 'matrix-therapist');
    shareId = (await person.get('/sharing')).body.shares[0].id;
    // Another therapist, with a person of their own.
    const someoneElse = server.client();
    await someoneElse.register('matrix-someone-else');
    otherTherapist = server.client();
    await registerTherapist(otherTherapist, (await invite(someoneElse, [...SHARE_SCOPES], daysAhead(server, 90))).code, 'matrix-other-therapist');
  });
  afterAll(async () => {
    await server.close();
    console.log(`sharing matrix:\n| share | ${ROWS.map((row) => row.label).join(' | ')} |\n${table.join('\n')}`);
  });

  it('has a row for every /therapist/people/ endpoint in the contract', () => {
    const inContract = Object.entries(api).filter(([, endpoint]) => endpoint.path.startsWith('/therapist/people/')).map(([name]) => name).sort();
    expect([...new Set(ROWS.map((row) => row.name))].sort()).toEqual(inContract);
  });

  it('answers exactly 200/403/404 as the share says, only what is granted, one audit event per answer and none per refusal', async () => {
    for (const state of SHARE_STATES) {
      if (state.scopes === 'revoked') {
        expect((await person.delete(`/sharing/${shareId}`)).status).toBe(204);
      } else if (state.scopes === 'expired') {
        // A new share, run out: its "until" passes on the test clock.
        await registerTherapistAgain();
        expect((await person.put(`/sharing/${shareId}`, { scopes: [...SHARE_SCOPES], until: daysAhead(server, 1) })).status).toBe(200);
        server.clock.advance(24 * 60 * 60 * 1000 + 1);
      } else {
        expect((await person.put(`/sharing/${shareId}`, { scopes: state.scopes, until: daysAhead(server, 30) })).status).toBe(200);
      }
      const cells: string[] = [];
      for (const row of ROWS) {
        const where = `${state.label} × ${row.label}`;
        const before = new Set((await therapistReads(person)).map((event) => event.id));
        const answer = await send(server, therapist, personId, row);
        const want = expected(state, row);
        expect(answer.status, `${where}: ${answer.text.slice(0, 300)}`).toBe(want);
        const events = (await therapistReads(person)).filter((event) => !before.has(event.id));
        const added = events.length;
        cells.push(String(answer.status));
        if (want === 404) {
          // Byte for byte what an id nobody has gets.
          const unknown = await send(server, therapist, randomUUID(), row);
          expect([answer.status, answer.text], where).toEqual([unknown.status, unknown.text]);
        }
        if (want >= 400) {
          expect(added, `${where}: a refusal writes no event`).toBe(0);
          expect(JSON.parse(answer.text).error.code, where).toBe(want === 403 ? 'not_shared' : 'not_found');
          if (want === 403) expect(JSON.parse(answer.text).error.message, where).toContain(`"${row.needs}"`);
          continue;
        }
        expect(added, `${where}: one event per answer`).toBe(row.audited ? 1 : 0);
        if (row.audited) expect(events[0]!.detail, where).toMatchObject({ therapist: 'matrix-therapist', what: row.audited });
        if (row.label === 'session-prep pdf') {
          expect(answer.contentType, where).toBe('application/pdf');
          expect(answer.bytes.subarray(0, 5).toString('latin1'), where).toBe('%PDF-');
          continue;
        }
        const notesVisible = row.name === 'sharedMoments' && Array.isArray(state.scopes) && state.scopes.includes('notes');
        expect(answer.text.includes(NOTE) || answer.text.includes(TRIGGER), `${where}: the person's words`).toBe(notesVisible);
        if (row.name === 'sharedMoments') {
          const page = JSON.parse(answer.text);
          expect(page.notesShared, where).toBe(notesVisible);
          const moment = page.moments[0];
          expect([moment.trigger, moment.note], where).toEqual(notesVisible ? [TRIGGER, NOTE] : [null, null]);
          // The rest of the moment is there either way.
          expect(moment.triggerTags, where).toEqual(['work-conflict']);
        }
      }
      table.push(`| ${state.label} | ${cells.join(' | ')} |`);
    }
  }, SLOW);

  it('a second therapist never sees the first one\'s people: 404, byte for byte as for an unknown id, and nothing audited', async () => {
    // A running share again, with everything.
    server.clock.advance(1000);
    await registerTherapistAgain();
    expect((await person.put(`/sharing/${shareId}`, { scopes: [...SHARE_SCOPES], until: daysAhead(server, 30) })).status).toBe(200);
    for (const row of ROWS) {
      const before = (await therapistReads(person)).length;
      const answer = await send(server, otherTherapist, personId, row);
      const unknown = await send(server, otherTherapist, randomUUID(), row);
      expect([answer.status, answer.text], row.label).toEqual([404, unknown.text]);
      expect((await therapistReads(person)).length, row.label).toBe(before);
      expect((await send(server, therapist, personId, row)).status, row.label).toBe(row.method === 'POST' ? 201 : 200);
    }
  }, SLOW);

  /** After a revoke, the same therapist accepts a new invite: the share is back (with a new id). */
  async function registerTherapistAgain(): Promise<void> {
    if ((await person.get('/sharing')).body.shares.length > 0) return;
    const made = await invite(person, ['summary'], daysAhead(server, 30));
    expect((await therapist.post('/therapist/invites', { code: made.code })).status).toBe(201);
    shareId = (await person.get('/sharing')).body.shares[0].id;
  }
});
