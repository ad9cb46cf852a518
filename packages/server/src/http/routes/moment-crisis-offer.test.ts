import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoment } from '../../test-support/factories';
import type { TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

describe('logging a moment: the crisis offer and resends', () => {
  let server: TestServer;
  let sam: TestClient;
  beforeAll(async () => {
    // Open sign-up: one test needs a second person.
    server = await startTestServer({ config: { openRegistration: true } });
    sam = server.client();
    await sam.register('sam');
  });
  afterAll(() => server.close());

  it.each([
    ['distress 10', { distressBefore: 10 }, true],
    ['distress 10 afterwards', { distressBefore: 7, distressAfter: 10 }, true],
    ['distress 9', { distressBefore: 9 }, false],
    ['a risk feeling at low distress', { distressBefore: 2, emotions: ["don't want to be here"] }, true],
    ['hopeless and numb', { distressBefore: 8, emotions: ['hopeless', 'numb'] }, false],
    ['self-harm urges', { distressBefore: 5, skillIds: ['self-harm-urges'] }, true],
    ['scrolling', { distressBefore: 5, skillIds: ['endless-scrolling'] }, false],
  ])('answers crisisOffer for %s', async (_name, body, offer) => {
    const response = await sam.post('/moments', body);
    expect(response.status).toBe(201);
    expect(response.body.crisisOffer).toBe(offer);
    // The flag belongs to the answer, not to the stored moment.
    expect((await sam.get(`/moments/${response.body.id}`)).body).not.toHaveProperty('crisisOffer');
  });

  it('offers it for a skill of the person\'s own filed under self-harm', async () => {
    const skill = (await sam.post('/skills', { name: 'Scratching', kind: 'maladaptive', family: 'self-harm' })).body;
    expect((await sam.post('/moments', { distressBefore: 4, skillIds: [skill.id] })).body.crisisOffer).toBe(true);
  });

  it('follows the person\'s own filing of a catalogue skill under self-harm, and its undoing', async () => {
    const other = server.client();
    await other.register('kit');
    const log = async () => (await other.post('/moments', { distressBefore: 4, skillIds: ['endless-scrolling'] })).body.crisisOffer;
    expect(await log()).toBe(false);
    expect((await other.put('/skills/endless-scrolling/classification', { kind: 'maladaptive', family: 'self-harm' })).status).toBe(200);
    expect(await log()).toBe(true);
    // Another person's filing is theirs alone.
    expect((await sam.post('/moments', { distressBefore: 4, skillIds: ['endless-scrolling'] })).body.crisisOffer).toBe(false);
    await other.delete('/skills/endless-scrolling/classification');
    expect(await log()).toBe(false);
  });

  it('returns the stored moment when the same moment is sent again, and writes nothing twice', async () => {
    const moment = createMoment({ id: 'from-the-outbox-1', distressBefore: 10 });
    const first = await sam.post('/moments', moment);
    server.clock.advance(60_000);
    const again = await sam.post('/moments', moment);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.body.crisisOffer).toBe(true);
    const all = (await sam.get('/moments?limit=500')).body.moments.filter((entry: { id: string }) => entry.id === 'from-the-outbox-1');
    expect(all).toHaveLength(1);
  });

  it('treats a resend without a time as the same moment', async () => {
    const first = await sam.post('/moments', { id: 'no-time-1', distressBefore: 3 });
    server.clock.advance(5_000);
    expect((await sam.post('/moments', { id: 'no-time-1', distressBefore: 3 })).body).toEqual(first.body);
  });

  it('refuses a different moment under an id already used, and keeps the first', async () => {
    const first = await sam.post('/moments', createMoment({ id: 'taken-1', note: 'first' }));
    const other = await sam.post('/moments', { ...createMoment({ id: 'taken-1' }), note: 'second' });
    expect(other.status).toBe(409);
    expect(other.body.error.fields).toHaveProperty('id');
    expect((await sam.get('/moments/taken-1')).body.note).toBe(first.body.note);
  });

  it('follows a filing changed through another server process on the same database, with a token too', async () => {
    // A second process: the same database (and server key); memory of its own.
    const other = await startTestServer({
      config: { dataDir: server.dataDir, ...(server.config.databaseUrl !== undefined && { databaseUrl: server.config.databaseUrl }) },
    });
    try {
      const lee = server.client();
      await lee.register('lee');
      const token = (await lee.post('/tokens', { name: 'script', scopes: ['read', 'write'] })).body.token as string;
      const leeThere = other.client();
      await leeThere.login('lee');
      const logHere = async () => (await lee.post('/moments', { distressBefore: 4, skillIds: ['endless-scrolling', 'box-breathing'] })).body.crisisOffer;
      const logWithToken = async () =>
        (await fetch(`${server.url}/api/v1/moments`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ distressBefore: 4, skillIds: ['endless-scrolling'] }),
        }).then((response) => response.json())).crisisOffer;
      const balanceHere = async () => (await lee.get('/insights')).body;
      // This process has read (and may keep) lee's filings.
      expect(await logHere()).toBe(false);
      expect(await logWithToken()).toBe(false);
      expect((await leeThere.put('/skills/endless-scrolling/classification', { kind: 'maladaptive', family: 'self-harm' })).status).toBe(200);
      expect(await logHere()).toBe(true);
      expect(await logWithToken()).toBe(true);
      await leeThere.delete('/skills/endless-scrolling/classification');
      expect(await logHere()).toBe(false);
      expect(await logWithToken()).toBe(false);
      // Insights too: the balance counts the skill under the kind filed in the other process.
      const before = await balanceHere();
      await leeThere.put('/skills/endless-scrolling/classification', { kind: 'coping', family: 'distraction' });
      expect(await balanceHere()).not.toEqual(before);
    } finally {
      await other.close({ keepDataDir: true });
    }
  });
});
