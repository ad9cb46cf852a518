import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiClientError, apiCall } from './client';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const moment = {
  id: 'm1', occurredAt: '2026-11-02T21:40:00Z', distressBefore: 8, distressAfter: null, arousal: null,
  emotions: [], trigger: null, triggerTags: [], contextTags: [], skillIds: [], followUps: [], note: null,
  satWithFeeling: false, version: 1, createdAt: '2026-11-02T21:41:00Z', updatedAt: '2026-11-02T21:41:00Z',
};

afterEach(() => vi.unstubAllGlobals());

describe('apiCall', () => {
  it('sends JSON with credentials and parses the response with the contract', async () => {
    const fetchMock = vi.fn(async () => json(201, { ...moment, crisisOffer: false }));
    vi.stubGlobal('fetch', fetchMock);
    const created = await apiCall('createMoment', { body: { distressBefore: 8 } });
    expect(created.id).toBe('m1');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/moments');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json' });
    expect(JSON.parse(init.body as string)).toEqual({ distressBefore: 8 });
  });

  it('sends a CSV body as text/csv when the contract says so', async () => {
    const fetchMock = vi.fn(async () => json(200, { imported: 1, alreadyThere: 0, refused: [], skillsCreated: 0 }));
    vi.stubGlobal('fetch', fetchMock);
    const csv = 'full_date,time,mood\n2026-11-01,21:05,meh';
    const result = await apiCall('importDaylio', { body: csv, query: { timeZone: 'Europe/Dublin' } });
    expect(result.imported).toBe(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/import/daylio?timeZone=Europe%2FDublin');
    expect(init.headers).toMatchObject({ 'Content-Type': 'text/csv' });
    expect(init.body).toBe(csv);
  });

  it('fills path params and query, and sends no body or content type without one', async () => {
    const fetchMock = vi.fn(async () => json(200, { moments: [], nextCursor: null }));
    vi.stubGlobal('fetch', fetchMock);
    await apiCall('listMoments', { query: { limit: 20, cursor: 'abc' } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/moments?limit=20&cursor=abc');
    expect(init.body).toBeUndefined();
    expect(init.headers).not.toHaveProperty('Content-Type');
  });

  it('marks a background request with X-Mend-Background, and no other request', async () => {
    const fetchMock = vi.fn(async () => json(200, { delayMinutes: 30, pending: [] }));
    vi.stubGlobal('fetch', fetchMock);
    await apiCall('pendingFollowUps', { background: true });
    await apiCall('pendingFollowUps');
    const headers = (fetchMock.mock.calls as unknown as Array<[string, RequestInit]>).map(([, init]) => init.headers);
    expect(headers[0]).toMatchObject({ 'X-Mend-Background': '1' });
    expect(headers[1]).not.toHaveProperty('X-Mend-Background');
  });

  it('returns nothing for 204 responses', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    await expect(apiCall('deleteMoment', { params: { id: 'm 1' } })).resolves.toBeUndefined();
  });

  it('turns an error body into an ApiClientError with fields', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(400, {
      error: { code: 'validation', message: 'Some fields need another look.', fields: { distressBefore: 'must be a whole number from 0 to 10' } },
    })));
    const error = await apiCall('createMoment', { body: { distressBefore: 11 } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiClientError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation',
      message: 'Some fields need another look.',
      fields: { distressBefore: 'must be a whole number from 0 to 10' },
    });
  });

  it('rejects a success response that breaks the contract', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(200, { id: 'm1' })));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(apiCall('getMoment', { params: { id: 'm1' } })).rejects.toMatchObject({ code: 'unexpected_response' });
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    await expect(apiCall('me')).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});
