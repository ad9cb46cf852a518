import { createHash } from 'node:crypto';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from '../../storage/open-storage';
import type { TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

const plan = { weekdays: [3, 0], time: '19:30', timeZone: 'Europe/Dublin', notify: true };

describe('the calendar feed of planned practice', () => {
  let server: TestServer;
  let sam: TestClient;
  const keyOf = (url: string) => /\/api\/v1\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(url)![1]!;
  /** Fetched as a calendar app would: no cookie, nothing but the address. */
  const fetchFeed = (url: string) => fetch(url);
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    sam = server.client();
    await sam.register('sam');
  });
  afterAll(() => server.close());

  it('makes a secret address on this server, shown once', async () => {
    const created = await sam.post('/path/calendar-feed');
    expect(created.status).toBe(201);
    expect(created.body.url).toMatch(new RegExp(`^${server.url}/api/v1/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    // A browser's request names the address it reached Mend at (a proxy in front may differ from Host).
    const viaBrowser = await sam.post('/path/calendar-feed', undefined, { headers: { origin: server.url } });
    expect(viaBrowser.body.url.startsWith(`${server.url}/api/v1/calendar/`)).toBe(true);
  });

  it('puts making and turning off its address in the audit log (it opens the plan like a token)', async () => {
    const kim = server.client();
    await kim.register('kim-feed');
    await kim.post('/path/calendar-feed');
    await kim.post('/path/calendar-feed');
    expect((await kim.delete('/path/calendar-feed')).status).toBe(204);
    expect((await kim.delete('/path/calendar-feed')).status).toBe(204);
    const kinds = (await kim.get('/audit-log')).body.events.map((event: { kind: string }) => event.kind);
    expect(kinds.filter((kind: string) => kind.startsWith('calendar-feed')).sort()).toEqual(['calendar-feed-created', 'calendar-feed-created', 'calendar-feed-deleted']);
  });

  it('is an empty calendar while there is no plan', async () => {
    const { url } = (await sam.post('/path/calendar-feed')).body;
    const response = await fetchFeed(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, max-age=300');
    const text = await response.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).not.toContain('BEGIN:VEVENT');
  });

  it('has a weekly event on each planned weekday at the planned local time, and nothing about health', async () => {
    await sam.put('/path', { areas: [{ areaId: 'grief', layer: 0 }], pace: { practicesPerWeek: 2 }, paused: false, plan });
    const { url } = (await sam.post('/path/calendar-feed')).body;
    const text = await (await fetchFeed(url)).text();
    const events = text.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(2);
    // Monday 2 November 2026 is the day the plan was saved; Thursday is the 5th.
    expect(events[0]).toContain('DTSTART;TZID=Europe/Dublin:20261102T193000');
    expect(events[0]).toContain('DTEND;TZID=Europe/Dublin:20261102T200000');
    expect(events[0]).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO');
    expect(events[1]).toContain('DTSTART;TZID=Europe/Dublin:20261105T193000');
    expect(events[1]).toContain('RRULE:FREQ=WEEKLY;BYDAY=TH');
    expect(text).toContain("SUMMARY:Mend: a practice\\, whenever you're ready");
    expect(text.toLowerCase()).not.toMatch(/grief|distress|heal|sam/);
    // The same plan gives the same feed: calendars see no change where there is none.
    expect(await (await fetchFeed(url)).text()).toBe(text);
  });

  it('is empty while the path is paused, and fills again on resuming', async () => {
    const { url } = (await sam.post('/path/calendar-feed')).body;
    const areas = [{ areaId: 'grief', layer: 0 }];
    await sam.put('/path', { areas, pace: { practicesPerWeek: 2 }, paused: true, plan });
    expect(await (await fetchFeed(url)).text()).not.toContain('BEGIN:VEVENT');
    await sam.put('/path', { areas, pace: { practicesPerWeek: 2 }, paused: false, plan });
    expect(await (await fetchFeed(url)).text()).toContain('BEGIN:VEVENT');
  });

  it('keeps only a hash of the key', async () => {
    const { url } = (await sam.post('/path/calendar-feed')).body;
    const key = keyOf(url);
    const file = new SqliteDatabase(path.join(server.dataDir, SQLITE_FILE_NAME), { readonly: true });
    try {
      const rows = file.prepare('select * from calendar_feeds').all() as Array<Record<string, unknown>>;
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain(key);
      expect(rows[0]!.key_hash).toBe(createHash('sha256').update(key).digest('hex'));
    } finally {
      file.close();
    }
  });

  it('stops answering an address once it is replaced or turned off, like one that never was', async () => {
    const old = (await sam.post('/path/calendar-feed')).body.url;
    const replaced = (await sam.post('/path/calendar-feed')).body.url;
    expect(replaced).not.toBe(old);
    const gone = await fetchFeed(old);
    expect(gone.status).toBe(404);
    expect((await fetchFeed(replaced)).status).toBe(200);

    expect((await sam.delete('/path/calendar-feed')).status).toBe(204);
    expect((await fetchFeed(replaced)).status).toBe(404);
    expect((await sam.delete('/path/calendar-feed')).status).toBe(204);

    const unknown = await fetchFeed(`${server.url}/api/v1/calendar/${'x'.repeat(43)}.ics`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual(await gone.json());
    expect((await fetchFeed(`${server.url}/api/v1/calendar/short.ics`)).status).toBe(404);
  });

  it('needs sign-in to make or turn off a feed', async () => {
    const stranger = server.client();
    expect((await stranger.post('/path/calendar-feed')).status).toBe(401);
    expect((await stranger.delete('/path/calendar-feed')).status).toBe(401);
  });
});
