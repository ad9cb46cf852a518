import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockApi, momentFixture } from '../test/mock-api';
import { getEntry, listEntries, outboxBody, queueMoment, removeEntry, type OutboxEntry } from './outbox';
import { ATTEMPT_TIMEOUT_MS, sendOutbox } from './outbox-sync';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 21, minute));
const logged = (body: object) => ({ ...momentFixture(body as Record<string, unknown>), crisisOffer: false });
const problem = (status: number, code: string, message: string, fields: Record<string, string> = {}) =>
  () => Response.json({ error: { code, message, fields } }, { status });

async function queue(ownerId: string, distressBefore: number, minute: number): Promise<OutboxEntry> {
  return (await queueMoment(ownerId, outboxBody({ distressBefore }, at(minute)), at(minute))).entry;
}

beforeEach(async () => {
  for (const entry of await listEntries()) await removeEntry(entry.id);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('sendOutbox', () => {
  it('sends oldest first, one at a time, each with its own id and time, and clears what arrived', async () => {
    const later = await queue('ana', 4, 45);
    const earlier = await queue('ana', 8, 40);
    const { calls } = mockApi({ 'POST /moments': (body) => logged(body as object) });

    const outcome = await sendOutbox('ana');

    expect(calls.map((call) => call.body)).toEqual([earlier.body, later.body]);
    expect(calls[0]!.body).toEqual({ distressBefore: 8, id: earlier.id, occurredAt: '2026-11-02T21:40:00.000Z' });
    expect([...outcome.delivered.keys()]).toEqual([earlier.id, later.id]);
    expect(outcome.delivered.get(earlier.id)).toMatchObject({ id: earlier.id, distressBefore: 8, crisisOffer: false });
    expect(outcome.stopped).toBeNull();
    expect(await listEntries('ana')).toEqual([]);
  });

  it('never sends one person’s moments under another person’s session', async () => {
    const bens = await queue('ben', 3, 40);
    const { calls } = mockApi({ 'POST /moments': (body) => logged(body as object) });
    await sendOutbox('ana');
    expect(calls).toEqual([]);
    expect(await getEntry(bens.id)).toBeDefined();
  });

  it('stops at a network failure and keeps everything, counting the try', async () => {
    const first = await queue('ana', 8, 40);
    const second = await queue('ana', 4, 45);
    const fetchMock = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetchMock);

    const outcome = await sendOutbox('ana');

    expect(outcome.stopped).toBe('unreachable');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(await listEntries('ana')).toEqual([{ ...first, attempts: 1 }, second]);
  });

  it.each([
    [500, 'unreachable'],
    [502, 'unreachable'],
    [503, 'unreachable'],
    [504, 'unreachable'],
    [408, 'unreachable'],
    [425, 'unreachable'],
    [429, 'unreachable'],
    [401, 'signed-out'],
    [423, 'locked'],
  ] as const)('stops at a %i and keeps everything waiting (%s)', async (status, stopped) => {
    await queue('ana', 8, 40);
    await queue('ana', 4, 45);
    const code = status === 423 ? 'app_locked' : `http_${status}`;
    const { calls } = mockApi({ 'POST /moments': problem(status, code, 'Not now.') });
    const outcome = await sendOutbox('ana');
    expect(outcome.stopped).toBe(stopped);
    expect(calls).toHaveLength(1);
    expect((await listEntries('ana')).map((entry) => entry.refused)).toEqual([undefined, undefined]);
  });

  it('a locked session keeps the moment waiting, and it goes once the session is open again', async () => {
    const entry = await queue('ana', 9, 40);
    let locked = true;
    mockApi({ 'POST /moments': (body) => (locked ? problem(423, 'app_locked', 'Mend is locked.')() : logged(body as object)) });
    expect((await sendOutbox('ana')).stopped).toBe('locked');
    expect(await getEntry(entry.id)).toEqual({ ...entry, attempts: 1 });
    locked = false;
    expect((await sendOutbox('ana')).delivered.has(entry.id)).toBe(true);
    expect(await listEntries()).toEqual([]);
  });

  it('marks a timed send as background, and a send someone asked for not', async () => {
    await queue('ana', 8, 40);
    const { calls } = mockApi({ 'POST /moments': (body) => logged(body as object) });
    await sendOutbox('ana', { background: true });
    await queue('ana', 4, 45);
    await sendOutbox('ana');
    expect(calls.map((call) => call.background ?? false)).toEqual([true, false]);
  });

  it('keeps a moment the server refuses, with its words, and goes on with the next', async () => {
    const refused = await queue('ana', 8, 40);
    const fine = await queue('ana', 4, 45);
    const { calls } = mockApi({
      'POST /moments': (body) => ((body as { id: string }).id === refused.id
        ? problem(400, 'validation', 'Some fields need another look.', { skillIds: 'lists a skill you don’t have' })()
        : logged(body as object)),
    });

    const outcome = await sendOutbox('ana');

    expect(calls).toHaveLength(2);
    expect([...outcome.delivered.keys()]).toEqual([fine.id]);
    expect(outcome.refused.get(refused.id)?.status).toBe(400);
    expect(await listEntries('ana')).toEqual([
      { ...refused, attempts: 1, refused: { message: 'Some fields need another look.', fields: { skillIds: 'lists a skill you don’t have' } } },
    ]);

    // A refused entry waits for the person, not for the next run.
    await sendOutbox('ana');
    expect(calls).toHaveLength(2);
  });

  it('keeps a moment as refused when a different one already has its id (409)', async () => {
    const entry = await queue('ana', 8, 40);
    mockApi({ 'POST /moments': problem(409, 'conflict', 'You already have a different moment with this id.', { id: 'is already used by another moment' }) });
    const outcome = await sendOutbox('ana');
    expect(outcome.stopped).toBeNull();
    expect((await getEntry(entry.id))?.refused).toEqual({ message: 'You already have a different moment with this id.', fields: { id: 'is already used by another moment' } });
  });

  it('makes no duplicate when the answer was lost: the resend gets the stored moment back', async () => {
    const entry = await queue('ana', 8, 40);
    const stored = new Map<string, object>();
    let loseAnswer = true;
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { id: string };
      // Like the server: the same id and fields again return the stored moment.
      if (!stored.has(body.id)) stored.set(body.id, logged(body));
      if (loseAnswer) {
        loseAnswer = false;
        throw new TypeError('network connection was lost');
      }
      return Response.json(stored.get(body.id), { status: 201 });
    }));

    expect((await sendOutbox('ana')).stopped).toBe('unreachable');
    expect(await getEntry(entry.id)).toBeDefined();
    expect((await sendOutbox('ana')).delivered.has(entry.id)).toBe(true);
    expect(stored.size).toBe(1);
    expect(await listEntries()).toEqual([]);
  });

  it('runs once per tab: a second call shares the run, and an entry added meanwhile goes too', async () => {
    const first = await queue('ana', 8, 40);
    const sent: string[] = [];
    const held: Array<() => void> = [];
    vi.stubGlobal('fetch', vi.fn((_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { id: string };
      sent.push(body.id);
      // Each answer waits until the test lets it go, so the run is still going when more calls come.
      return new Promise<Response>((resolve) => held.push(() => resolve(Response.json(logged(body), { status: 201 }))));
    }));

    const one = sendOutbox('ana');
    await vi.waitFor(() => expect(held).toHaveLength(1));
    const added = await queue('ana', 5, 41);
    const two = sendOutbox('ana');
    expect(two).toBe(one);
    held.shift()!();
    await vi.waitFor(() => expect(held).toHaveLength(1));
    held.shift()!();

    const outcome = await one;
    expect(sent).toEqual([first.id, added.id]);
    expect([...outcome.delivered.keys()]).toEqual([first.id, added.id]);
    expect(await listEntries()).toEqual([]);

    // Once it is over, a call starts a fresh run.
    const third = await queue('ana', 2, 50);
    const three = sendOutbox('ana');
    expect(three).not.toBe(one);
    await vi.waitFor(() => expect(held).toHaveLength(1));
    held.shift()!();
    expect((await three).delivered.has(third.id)).toBe(true);
  });

  it('gives up on a request that hangs, so the outbox never sticks behind it', async () => {
    const entry = await queue('ana', 8, 40);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetchMock = vi.fn(() => new Promise<never>(() => undefined));
    vi.stubGlobal('fetch', fetchMock);
    const run = sendOutbox('ana');
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await vi.advanceTimersByTimeAsync(ATTEMPT_TIMEOUT_MS);
    expect((await run).stopped).toBe('unreachable');
    expect(await getEntry(entry.id)).toMatchObject({ attempts: 1 });
    // The next call is a new run, not the stuck one.
    vi.stubGlobal('fetch', vi.fn(async () => Response.json(logged(entry.body), { status: 201 })));
    const next = sendOutbox('ana');
    expect(next).not.toBe(run);
    expect((await next).delivered.has(entry.id)).toBe(true);
  });
});
