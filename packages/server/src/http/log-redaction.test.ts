import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { redactUrl, requestForLog } from './log-redaction';

describe('log redaction', () => {
  it('keeps the route of a calendar feed address and drops its key', () => {
    expect(redactUrl('/api/v1/calendar/abcDEF_123-xyz.ics')).toBe('/api/v1/calendar/[key].ics');
    expect(redactUrl('/api/v1/calendar/abc.ics?x=1')).toBe('/api/v1/calendar/[key].ics?x=1');
    expect(redactUrl('/api/v1/moments/abc')).toBe('/api/v1/moments/abc');
  });

  it('is what Fastify logs for each request', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _encoding, done) => void (lines.push(String(chunk)), done()) });
    const app = Fastify({ logger: { level: 'info', stream, serializers: { req: requestForLog } } });
    app.get('/api/v1/calendar/:key.ics', async () => 'ok');
    await app.inject({ method: 'GET', url: '/api/v1/calendar/s3cr3t-key-value.ics' });
    await app.close();
    const logged = lines.join('');
    expect(logged).toContain('/api/v1/calendar/[key].ics');
    expect(logged).not.toContain('s3cr3t-key-value');
  });
});
