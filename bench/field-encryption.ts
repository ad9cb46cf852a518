/**
 * Encryption at rest: what sealing free text costs.
 *
 * 1. Per field: AES-256-GCM seal and open of a typical note (300 characters), alone.
 * 2. Through the real stores on a real SQLite file, in one process: writing moments with
 *    `insertMoment` (data-key lookup + sealing the note and trigger) against the same INSERT with
 *    the fields left plain (an identity cipher through the same row mapping), and reading a page
 *    of 50 with `listMoments` against the same SELECT mapped without opening anything.
 * 3. Through the real app over HTTP (`startServer`, port 0): POST /moments and GET /moments?limit=50,
 *    to put the difference from 2 in proportion to what a person waits for.
 *
 * Every figure is the median of several runs (each run's own figure is a mean over its batch);
 * what is compared runs in alternating batches in the same process.
 *
 *   npm run bench:encryption -- [--runs 7] [--ops 20000] [--moments 500] [--pages 200]
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Moment } from '@mend/core';
import { startServer } from '../packages/server/src/http/start-server';
import { addUser } from '../packages/server/src/services/users';
import type { FieldCipher } from '../packages/server/src/storage/field-cipher';
import { fieldContext, open, seal } from '../packages/server/src/storage/field-cipher';
import { momentToRow, rowToMoment } from '../packages/server/src/storage/moment-rows';
import { insertMoment, listMoments } from '../packages/server/src/storage/moments-store';
import { openStorage } from '../packages/server/src/storage/open-storage';
import { TEST_PASSWORD, TestClient } from '../packages/server/src/test-support/test-client';
import { testConfig } from '../packages/server/src/test-support/test-server';
import { median } from './support/chromium';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    ops: { type: 'string', default: '20000' },
    moments: { type: 'string', default: '500' },
    pages: { type: 'string', default: '200' },
  },
});
const RUNS = Number(args.runs);
const OPS = Number(args.ops);
const MOMENTS = Number(args.moments);
const PAGES = Number(args.pages);

const NOTE = 'Felt it rise in the meeting when my name came up; stepped out, breathed, came back. '.repeat(4).slice(0, 300);
const TRIGGER = 'the review meeting with my manager';

/** Mean microseconds per call over one batch of `count` calls. */
async function batch(count: number, work: () => unknown): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await work();
  return Number(process.hrtime.bigint() - started) / 1000 / count;
}

/**
 * Microseconds per call of each piece of work, as the median over RUNS batches. The batches take
 * turns (a, b, a, b, …), so a machine that gets busier or quieter meanwhile skews both alike.
 * The first round warms up and is not counted.
 */
async function perCall(count: number, ...works: Array<() => unknown>): Promise<number[]> {
  const runs = works.map((): number[] => []);
  for (let run = 0; run <= RUNS; run++) {
    for (const [index, work] of works.entries()) {
      const micros = await batch(count, work);
      if (run > 0) runs[index]!.push(micros);
    }
  }
  return runs.map(median);
}

const PLAIN: FieldCipher = {
  seal: (_table, _column, plain) => plain,
  sealNullable: (_table, _column, plain) => plain,
  open: (_table, _column, stored) => stored,
  openNullable: (_table, _column, stored) => stored,
};

function moment(id: string, minute: number): Moment {
  const at = new Date(Date.UTC(2026, 9, 1) + minute * 60_000).toISOString();
  return {
    id, occurredAt: at, distressBefore: 7, distressAfter: 4, arousal: 'hyper', emotions: ['anxious'], trigger: TRIGGER, triggerTags: ['work'],
    contextTags: ['office'], skillIds: [], followUps: [], note: NOTE, satWithFeeling: false, version: 1, createdAt: at, updatedAt: at,
  };
}

async function perField() {
  const key = randomBytes(32);
  const context = fieldContext('owner', 'moments', 'note');
  const sealed = seal(key, context, NOTE);
  const [sealMicros, openMicros] = await perCall(OPS, () => seal(key, context, NOTE), () => open(key, context, sealed));
  return { seal: sealMicros!, open: openMicros! };
}

async function throughStores(dataDir: string) {
  const storage = await openStorage({ dataDir });
  try {
    const sam = await addUser(storage, { name: 'bench-sam', password: TEST_PASSWORD }, new Date());
    const kim = await addUser(storage, { name: 'bench-kim', password: TEST_PASSWORD }, new Date());
    let next = 0;
    const [sealedWrite, plainWrite] = await perCall(
      MOMENTS,
      () => insertMoment(storage.db, sam.id, moment(`s${next++}`, next)),
      () => storage.db.insertInto('moments').values(momentToRow(kim.id, moment(`p${next++}`, next), PLAIN)).execute(),
    );
    const [sealedRead, plainRead] = await perCall(
      PAGES,
      () => listMoments(storage.db, sam.id, { limit: 50 }),
      async () => {
        const rows = await storage.db.selectFrom('moments').selectAll().where('owner_id', '=', kim.id).orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(50).execute();
        return rows.map((row) => rowToMoment(row, PLAIN));
      },
    );
    return { sealedWrite: sealedWrite!, plainWrite: plainWrite!, sealedRead: sealedRead!, plainRead: plainRead! };
  } finally {
    await storage.close();
  }
}

async function throughHttp(dataDir: string) {
  const running = await startServer(testConfig(dataDir, { openRegistration: true }));
  try {
    const client = new TestClient(running.url);
    await client.register('bench-http');
    let next = 0;
    const [write] = await perCall(MOMENTS, async () => {
      const response = await client.post('/moments', { ...moment(`h${next++}`, next), id: undefined, version: undefined, createdAt: undefined, updatedAt: undefined });
      if (response.status !== 201) throw new Error(`POST /moments: ${response.status} ${JSON.stringify(response.body)}`);
    });
    const [read] = await perCall(PAGES, async () => {
      const response = await client.get('/moments?limit=50');
      if (response.status !== 200) throw new Error(`GET /moments: ${response.status}`);
    });
    return { write: write!, read: read! };
  } finally {
    await running.close();
  }
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-bench-encryption-'));
try {
  const field = await perField();
  const stores = await throughStores(path.join(root, 'stores'));
  const http = await throughHttp(path.join(root, 'http'));
  const writeCost = stores.sealedWrite - stores.plainWrite;
  const readCost = stores.sealedRead - stores.plainRead;
  const us = (value: number) => `${value.toFixed(1)} µs`;
  console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}; medians of ${RUNS} runs`);
  console.log(`per field (300-char note): seal ${us(field.seal)}, open ${us(field.open)}`);
  console.log(`store, one moment write: sealed ${us(stores.sealedWrite)} vs plain ${us(stores.plainWrite)} (×${(stores.sealedWrite / stores.plainWrite).toFixed(2)}, +${us(writeCost)})`);
  console.log(`store, page of 50 moments: sealed ${us(stores.sealedRead)} vs plain ${us(stores.plainRead)} (×${(stores.sealedRead / stores.plainRead).toFixed(2)}, +${us(readCost)})`);
  console.log(`HTTP: POST /moments ${us(http.write)} (encryption's share ${((100 * writeCost) / http.write).toFixed(1)}%), GET /moments?limit=50 ${us(http.read)} (share ${((100 * readCost) / http.read).toFixed(1)}%)`);
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
