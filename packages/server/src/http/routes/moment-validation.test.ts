import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoment } from '../../test-support/factories';
import type { RequestOptions, TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

describe('refusing bad moments', () => {
  let server: TestServer;
  let browser: TestClient;
  let existingId: string;
  beforeAll(async () => {
    server = await startTestServer();
    browser = server.client();
    await browser.register('validator');
    existingId = (await browser.post('/moments', createMoment())).body.id;
  });
  afterAll(() => server.close());

  const storedCount = async () => (await browser.get('/moments?limit=500')).body.moments.length as number;
  const json = (body: unknown): RequestOptions => ({ json: body });
  const raw = (body: string, type = 'application/json'): RequestOptions => ({ raw: body, headers: { 'content-type': type } });

  const cases: Array<[string, RequestOptions, number, string, string]> = [
    ['distress above 10', json({ distressBefore: 11 }), 400, 'invalid_input', 'distressBefore'],
    ['distress below 0', json({ distressBefore: -1 }), 400, 'invalid_input', 'distressBefore'],
    ['distress not whole', json({ distressBefore: 3.5 }), 400, 'invalid_input', 'distressBefore'],
    ['distress as text', json({ distressBefore: '5' }), 400, 'invalid_input', 'distressBefore'],
    ['no distress', json({ note: 'forgot' }), 400, 'invalid_input', 'distressBefore'],
    ['distressAfter out of range', json({ distressBefore: 5, distressAfter: 12 }), 400, 'invalid_input', 'distressAfter'],
    ['unknown skill ids', json({ distressBefore: 5, skillIds: ['not-a-skill-mend-has'] }), 400, 'invalid_input', 'skillIds'],
    ['far-future moment', json({ distressBefore: 5, occurredAt: '2030-01-01T00:00:00Z' }), 400, 'invalid_input', 'occurredAt'],
    ['before 1900', json({ distressBefore: 5, occurredAt: '1899-12-31T00:00:00Z' }), 400, 'invalid_input', 'occurredAt'],
    ['far-future follow-up', json({ distressBefore: 5, followUps: [{ at: '2031-01-01T00:00:00Z', distress: 1 }] }), 400, 'invalid_input', 'followUps.0.at'],
    ['follow-up without a date', json({ distressBefore: 5, followUps: [{ distress: 1 }] }), 400, 'invalid_input', 'followUps.0.at'],
    ['time that is not a time', json({ distressBefore: 5, occurredAt: 'yesterday' }), 400, 'invalid_input', 'occurredAt'],
    ['1 MB note', json({ distressBefore: 5, note: 'x'.repeat(1024 * 1024) }), 413, 'too_large', 'body'],
    ['note over 5000 characters', json({ distressBefore: 5, note: 'x'.repeat(5001) }), 400, 'invalid_input', 'note'],
    ['emotions as text', json({ distressBefore: 5, emotions: 'anxious' }), 400, 'invalid_input', 'emotions'],
    ['an emotion Mend does not list', json({ distressBefore: 5, emotions: ['anxious', 'grumpy-ish'] }), 400, 'invalid_input', 'emotions.1'],
    ['satWithFeeling as text', json({ distressBefore: 5, satWithFeeling: 'yes' }), 400, 'invalid_input', 'satWithFeeling'],
    ['arousal not a state', json({ distressBefore: 5, arousal: 'calm' }), 400, 'invalid_input', 'arousal'],
    ['a tag twice', json({ distressBefore: 5, triggerTags: ['work', 'work'] }), 400, 'invalid_input', 'triggerTags'],
    ['a tag not in one spelling', json({ distressBefore: 5, contextTags: ['At Home'] }), 400, 'invalid_input', 'contextTags.0'],
    ['an id with spaces', json({ distressBefore: 5, id: 'not ok' }), 400, 'invalid_input', 'id'],
    ['an unknown field', json({ distressBefore: 5, mood: 'low' }), 400, 'invalid_input', 'mood'],
    ['a server-owned field', json({ distressBefore: 5, createdAt: '2026-01-01T00:00:00Z' }), 400, 'invalid_input', 'createdAt'],
    ['a list instead of an object', json([{ distressBefore: 5 }]), 400, 'invalid_input', 'body'],
    ['null', json(null), 400, 'invalid_input', 'body'],
    ['an empty body', raw(''), 400, 'invalid_input', 'body'],
    ['malformed JSON', raw('{"distressBefore": 5,'), 400, 'malformed_json', 'body'],
    ['prototype pollution', raw('{"distressBefore": 5, "__proto__": {"admin": true}}'), 400, 'malformed_json', 'body'],
    ['wrong content type', raw('{"distressBefore": 5}', 'text/plain'), 415, 'unsupported_media_type', 'body'],
  ];

  it.each(cases)('%s → %i %s naming %s, nothing stored', async (_name, options, status, code, field) => {
    const before = await storedCount();
    const response = await browser.request('POST', '/moments', options);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.fields).toHaveProperty([field]);
    expect(response.body.error.message).toContain(code === 'invalid_input' ? field : '');
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/);
    expect(await storedCount()).toBe(before);
  });

  it.each([
    ['distress above 10', { distressBefore: 11 }, 'distressBefore'],
    ['a required field cleared', { distressBefore: null }, 'distressBefore'],
    ['unknown skill ids', { skillIds: ['no-such-skill'] }, 'skillIds'],
    ['far-future moment', { occurredAt: '2030-01-01T00:00:00Z' }, 'occurredAt'],
    ['an unknown field', { id: 'new-id' }, 'id'],
  ])('refuses an edit with %s and changes nothing', async (_name, patch, field) => {
    const before = (await browser.get(`/moments/${existingId}`)).body;
    const response = await browser.patch(`/moments/${existingId}`, { baseVersion: before.version, ...patch });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_input');
    expect(response.body.error.fields).toHaveProperty([field]);
    expect((await browser.get(`/moments/${existingId}`)).body).toEqual(before);
  });

  it('names a malformed id in the path', async () => {
    const response = await browser.get('/moments/has%20space');
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty('id');
  });

  const momentKeys = ['id', 'occurredAt', 'distressBefore', 'distressAfter', 'arousal', 'emotions', 'trigger', 'triggerTags', 'contextTags', 'skillIds', 'followUps', 'note', 'satWithFeeling'];

  it('never answers a random JSON body with a 5xx', async () => {
    const anyJson = fc.jsonValue();
    const momentish = fc.dictionary(fc.oneof(fc.constantFrom(...momentKeys), fc.string()), fc.jsonValue(), { maxKeys: 8 });
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJson, momentish), async (body) => {
        const response = await browser.post('/moments', body);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(response.body.error.code).toEqual(expect.any(String));
      }),
      { numRuns: 150 },
    );
  });

  it('never answers random text sent as JSON with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        const response = await browser.request('POST', '/moments', raw(text));
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
  });
});
