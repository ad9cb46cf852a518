/* eslint-disable @typescript-eslint/no-explicit-any -- tests read answers loosely and assert on them; the server's own schemas check the real shapes. */
import { API_PREFIX, type Me } from '@mend/core';

export interface TestResponse<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON when the answer is JSON, else the text. */
  body: T;
}

export interface RequestOptions {
  /** Sent as JSON with Content-Type: application/json. */
  json?: unknown;
  /** Sent as is (for malformed bodies); set content-type yourself. */
  raw?: string;
  headers?: Record<string, string>;
  /** Leave out the session cookie for this request. */
  anonymous?: boolean;
}

/** A logged moment's answer without its crisis-offer flag: what GET /moments/:id returns. */
export function withoutCrisisOffer(body: Record<string, unknown>): Record<string, unknown> {
  const { crisisOffer: _offer, ...moment } = body;
  return moment;
}

/** Talks real HTTP to a test server; keeps the session cookie the server sets, like a browser. */
export class TestClient {
  sessionCookie: string | null = null;
  /** The long-lived device cookie (mend_device), kept like a browser keeps it: across sign-outs. */
  deviceCookie: string | null = null;
  /** When set, sent as Authorization: Bearer … */
  token: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<TestResponse<T>> {
    const headers: Record<string, string> = {};
    if (options.json !== undefined) headers['content-type'] = 'application/json';
    const cookies = [
      ...(this.sessionCookie && !options.anonymous ? [`mend_session=${this.sessionCookie}`] : []),
      ...(this.deviceCookie && !options.anonymous ? [`mend_device=${this.deviceCookie}`] : []),
    ];
    if (cookies.length) headers.cookie = cookies.join('; ');
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    Object.assign(headers, options.headers);
    const body = options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json));
    const url = path.startsWith('/api') || !path.startsWith('/') ? `${this.baseUrl}${path}` : `${this.baseUrl}${API_PREFIX}${path}`;
    const response = await fetch(url, { method, headers, body, redirect: 'manual' });
    this.rememberCookie(response.headers);
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('application/json') && text !== '';
    return { status: response.status, headers: response.headers, body: (isJson ? JSON.parse(text) : text) as T };
  }

  get<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, options);
  }
  post<T = any>(path: string, json?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, { ...options, json });
  }
  put<T = any>(path: string, json?: unknown, options?: RequestOptions) {
    return this.request<T>('PUT', path, { ...options, json });
  }
  patch<T = any>(path: string, json?: unknown, options?: RequestOptions) {
    return this.request<T>('PATCH', path, { ...options, json });
  }
  delete<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, options);
  }

  async register(name: string, password = TEST_PASSWORD): Promise<Me> {
    const response = await this.post<Me>('/auth/register', { name, password });
    if (response.status !== 201) throw new Error(`register ${name}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async login(name: string, password = TEST_PASSWORD): Promise<Me> {
    const response = await this.post<Me>('/auth/login', { name, password });
    if (response.status !== 200) throw new Error(`login ${name}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  private rememberCookie(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const device = /^mend_device=([^;]+)/.exec(line);
      if (device) this.deviceCookie = device[1] ?? null;
      const match = /^mend_session=([^;]*)/.exec(line);
      if (!match) continue;
      const cleared = match[1] === '' || /Max-Age=0/i.test(line) || /Expires=Thu, 01 Jan 1970/i.test(line);
      this.sessionCookie = cleared ? null : (match[1] ?? null);
    }
  }
}

export const TEST_PASSWORD = 'a long test password';
