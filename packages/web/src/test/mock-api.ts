import { vi } from 'vitest';

type Handler = (body: unknown, url: URL) => unknown;
type Reply = Handler | Response | Record<string, unknown> | unknown[];

export interface ApiCallRecord {
  method: string;
  path: string;
  body: unknown;
  /** Sent with X-Mend-Background: a poll the server must not count as use. Absent otherwise, so records compare as before. */
  background?: true;
}

/**
 * Stubs fetch at the network boundary: `routes` maps "POST /moments" (without /api/v1) to a JSON
 * body, or to a function of the request body. Unknown routes answer 404 with the error shape.
 */
export function mockApi(routes: Record<string, Reply>) {
  const calls: ApiCallRecord[] = [];
  const fetchMock = vi.fn(async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://mend.test');
    const method = init.method ?? 'GET';
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const body = typeof init.body === 'string' ? readBody(init.body) : undefined;
    const background = (init.headers as Record<string, string> | undefined)?.['X-Mend-Background'] === '1';
    calls.push(background ? { method, path, body, background } : { method, path, body });
    const key = `${method} ${path}`;
    if (!(key in routes)) {
      return Response.json({ error: { code: 'not_found', message: `No mock for ${key}`, fields: {} } }, { status: 404 });
    }
    const reply = routes[key];
    const data = typeof reply === 'function' ? reply(body, url) : reply;
    if (data instanceof Response) return data;
    return Response.json(data, { status: method === 'POST' ? 201 : 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

export function momentFixture(overrides: Record<string, unknown> = {}) {
  return {
    id: 'm1', occurredAt: '2026-11-02T21:40:00Z', distressBefore: 8, distressAfter: null, arousal: null,
    emotions: [], trigger: null, triggerTags: [], contextTags: [], skillIds: [], followUps: [], note: null,
    satWithFeeling: false, version: 1, createdAt: '2026-11-02T21:41:00Z', updatedAt: '2026-11-02T21:41:00Z',
    ...overrides,
  };
}

export function skillFixture(id: string, name: string, overrides: Record<string, unknown> = {}) {
  return {
    id, name, kind: 'coping', family: 'breathing', source: 'catalogue', catalogueKind: null, catalogueFamily: null,
    summary: `${name} in one line.`, whenItFits: 'When it is hard.', whatItDoes: 'Brings relief.',
    whatItDoesNot: 'Change the source.', steps: [], distressRange: { min: 0, max: 10 }, arousal: ['hyper'],
    withTherapist: false, pointsToCrisisHelp: false, awaitingClassification: false,
    ...overrides,
  };
}

/** JSON bodies parsed; any other text (a CSV file) kept as it is. */
function readBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** What GET /me, sign-in and registration answer: the person, no app lock, no idle sign-out. */
export function accountFixture(overrides: Record<string, unknown> = {}) {
  return {
    id: 'u1', name: 'ana', role: 'owner', createdAt: '2026-11-22T10:00:00Z',
    appLock: { enabled: false, lockAfterMinutes: 5 }, idleSignOutMinutes: null,
    ...overrides,
  };
}
