import { statSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mendCli } from './support/mend-cli';
import { startMend, type RunningMend } from './support/mend-server';

/**
 * Issue 6: "a test starts the real server, sends 1,000 writes, kills the process (SIGKILL) in the
 * middle, restarts, and finds every write that had been acknowledged, with the database passing
 * PRAGMA integrity_check". The real `mend serve` as a child process on a SQLite file in a temp
 * data dir; an owner and a personal access token; 1,000 moments sent ten at a time; SIGKILL once
 * half of them are acknowledged. No timing assertions: a slow shared machine only makes it slower.
 */
const WRITES = 1000;
const CONCURRENCY = 10;
const KILL_AFTER = WRITES / 2;
const TIMEOUT = 300_000;
const PASSWORD = 'a long crash-test password';

interface Sent {
  id: string;
  occurredAt: string;
  distressBefore: number;
  note: string;
}

function write(n: number): Sent {
  return {
    id: `crash-${String(n).padStart(4, '0')}`,
    occurredAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
    distressBefore: n % 11,
    note: `write ${n} of ${WRITES}`,
  };
}

describe('mend serve killed with SIGKILL in the middle of 1,000 writes', () => {
  let mend: RunningMend;
  let token: string;
  beforeAll(async () => {
    mend = await startMend();
    const owner = await fetch(`${mend.url}/api/v1/auth/register`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'crash', password: PASSWORD }),
    });
    expect(owner.status).toBe(201);
    // The CLI on the same data dir while the server runs (SQLite in WAL mode allows it); only the token on stdout.
    token = mendCli(mend, ['token', 'create', '--user', 'crash', '--name', 'crash test']).trim();
  }, TIMEOUT);
  afterAll(() => mend?.stop());

  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${mend.url}/api/v1${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });

  it('finds every acknowledged write after the restart, once each, and an intact database', async () => {
    const acknowledged = new Map<string, Sent>();
    let next = 0;
    let killed: Promise<void> | null = null;
    let inFlightAtKill = 0;
    let inFlight = 0;
    const unanswered: Sent[] = [];

    async function worker(): Promise<void> {
      while (next < WRITES && !killed) {
        const sent = write(next++);
        inFlight++;
        try {
          const response = await api('/moments', { method: 'POST', body: JSON.stringify(sent) });
          if (response.status === 201) acknowledged.set(sent.id, sent);
          else throw new Error(`write ${sent.id}: ${response.status} ${await response.text()}`);
        } catch (error) {
          // After the kill, the requests in flight fail without an answer: not acknowledged, so not promised.
          if (!killed) throw error;
          unanswered.push(sent);
        } finally {
          inFlight--;
        }
        if (acknowledged.size >= KILL_AFTER && !killed) {
          inFlightAtKill = inFlight;
          killed = mend.crash();
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await killed;
    const sentBeforeKill = next;
    const acknowledgedBeforeKill = acknowledged.size;
    // Killed without closing, the database is left with its write-ahead log: the restart has to recover from it.
    const walBytes = statSync(join(mend.dataDir, 'mend.sqlite-wal')).size;
    expect(walBytes).toBeGreaterThan(0);
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.size).toBeLessThan(WRITES);

    // The writes in flight at the kill may or may not have been committed; none was acknowledged.
    await mend.restart();
    const storedAtRestart = new Set((await allMoments()).map((moment) => moment.id));
    const committedUnanswered = unanswered.filter((sent) => storedAtRestart.has(sent.id)).length;
    for (const sent of acknowledged.values()) expect(storedAtRestart.has(sent.id), sent.id).toBe(true);
    // Then, as the web app's outbox would, the unanswered ones are sent again (a resend of a stored
    // one answers with it, never a second copy), and the rest of the 1,000 after them.
    for (const sent of [...unanswered, ...Array.from({ length: WRITES - sentBeforeKill }, (_, n) => write(sentBeforeKill + n))]) {
      const response = await api('/moments', { method: 'POST', body: JSON.stringify(sent) });
      expect(response.status).toBe(201);
      acknowledged.set(sent.id, sent);
    }

    const stored = await allMoments();
    const ids = stored.map((moment) => moment.id);
    expect(ids).toHaveLength(WRITES);
    expect(new Set(ids).size).toBe(WRITES);
    const byId = new Map(stored.map((moment) => [moment.id, moment]));
    for (const sent of acknowledged.values()) expect(byId.get(sent.id), sent.id).toMatchObject({ ...sent, version: 1 });

    await mend.stopProcess();
    const file = new SqliteDatabase(join(mend.dataDir, 'mend.sqlite'), { readonly: true });
    try {
      expect(file.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(file.prepare('select count(*) as count from moments').get()).toEqual({ count: stored.length });
    } finally {
      file.close();
    }
    // The figures for docs/security.md and bench/README.md.
    console.log(
      `crash: ${sentBeforeKill} writes sent before the SIGKILL, ${acknowledgedBeforeKill} acknowledged, ` +
        `${inFlightAtKill} in flight at the kill, a ${Math.round(walBytes / 1024)} KiB WAL left behind (${unanswered.length} never answered, ${committedUnanswered} of those committed anyway); ` +
        `after the restart every acknowledged write was there; with the unanswered ones resent, ${stored.length} moments stored once each, integrity_check ok`,
    );
  }, TIMEOUT);

  async function allMoments(): Promise<Array<Sent & { version: number }>> {
    const moments = [];
    let cursor: string | null = null;
    do {
      const response = await api(`/moments?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as { moments: Array<Sent & { version: number }>; nextCursor: string | null };
      moments.push(...page.moments);
      cursor = page.nextCursor;
    } while (cursor);
    return moments;
  }
});
