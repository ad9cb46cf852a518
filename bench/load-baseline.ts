/**
 * The baseline of `npm run bench:load`: a bare node:http server (no Fastify, no authentication, no
 * validation, no encryption) doing the database work of the same three requests on a table shaped
 * like Mend's `moments`: logging a moment is one INSERT; a follow-up answer reads the row and
 * writes it back with a compare-and-set on its version; reading insights selects the person's
 * moments (the rows the insights engine would read, without computing anything). The bearer token
 * is taken as the owner's id as it is. SQLite in WAL mode through better-sqlite3, or PostgreSQL
 * through pg with the same pool size as Mend's; `--processes N` shares the port with node's cluster.
 *
 *   tsx bench/load-baseline.ts (--data-dir DIR | --database-url URL) [--processes N] [--named-statements]
 *
 * --named-statements sends each PostgreSQL query as a named prepared statement, as Mend does.
 * prints "Baseline is running at URL" once every process listens.
 */
import cluster from 'node:cluster';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    processes: { type: 'string', default: '1' },
    port: { type: 'string', default: '0' },
    'named-statements': { type: 'boolean', default: false },
  },
});
const PROCESSES = Number(args.processes);

interface Row {
  owner_id: string;
  id: string;
  occurred_at: string;
  distress_before: number;
  distress_after: number | null;
  arousal: string | null;
  emotions: string;
  trigger_text: string | null;
  trigger_tags: string;
  context_tags: string;
  skill_ids: string;
  follow_ups: string;
  note: string | null;
  sat_with_feeling: number;
  created_at: string;
  updated_at: string;
  version: number;
}

interface Store {
  insert(row: Row): Promise<void>;
  get(ownerId: string, id: string): Promise<Row | undefined>;
  replaceFollowUps(ownerId: string, id: string, followUps: string, updatedAt: string, fromVersion: number): Promise<boolean>;
  listForInsights(ownerId: string): Promise<unknown[]>;
}

const COLUMNS = [
  'owner_id', 'id', 'occurred_at', 'distress_before', 'distress_after', 'arousal', 'emotions', 'trigger_text', 'trigger_tags',
  'context_tags', 'skill_ids', 'follow_ups', 'note', 'sat_with_feeling', 'created_at', 'updated_at', 'version',
] as const;
const INSIGHT_COLUMNS = 'id, occurred_at, distress_before, distress_after, arousal, emotions, trigger_tags, context_tags, skill_ids, follow_ups, sat_with_feeling';
const CREATE = `create table if not exists moments (
  owner_id text not null, id text not null, occurred_at text not null, distress_before integer not null, distress_after integer,
  arousal text, emotions text not null, trigger_text text, trigger_tags text not null, context_tags text not null,
  skill_ids text not null, follow_ups text not null, note text, sat_with_feeling integer not null, created_at text not null,
  updated_at text not null, version integer not null default 1, primary key (owner_id, id))`;
const INDEX = 'create index if not exists moments_owner_occurred on moments (owner_id, occurred_at, id)';

function openSqlite(dataDir: string): Store {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new SqliteDatabase(path.join(dataDir, 'baseline.sqlite'));
  // Mend's settings for its file (storage/open-storage.ts).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(CREATE);
  db.exec(INDEX);
  const insert = db.prepare(`insert into moments (${COLUMNS.join(', ')}) values (${COLUMNS.map((column) => `@${column}`).join(', ')})`);
  const get = db.prepare('select * from moments where owner_id = ? and id = ?');
  const replace = db.prepare('update moments set follow_ups = ?, updated_at = ?, version = version + 1 where owner_id = ? and id = ? and version = ?');
  const list = db.prepare(`select ${INSIGHT_COLUMNS} from moments where owner_id = ? order by occurred_at, id`);
  return {
    insert: async (row) => void insert.run(row),
    get: async (ownerId, id) => get.get(ownerId, id) as Row | undefined,
    replaceFollowUps: async (ownerId, id, followUps, updatedAt, fromVersion) => replace.run(followUps, updatedAt, ownerId, id, fromVersion).changes === 1,
    listForInsights: async (ownerId) => list.all(ownerId),
  };
}

async function openPostgres(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  if (cluster.isPrimary) {
    await pool.query(CREATE);
    await pool.query(INDEX);
  }
  const placeholders = COLUMNS.map((_, index) => `$${index + 1}`).join(', ');
  const query = <R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]) =>
    pool.query<R>(args['named-statements'] ? { name, text, values } : { text, values });
  return {
    insert: async (row) => void (await query('insert', `insert into moments (${COLUMNS.join(', ')}) values (${placeholders})`, COLUMNS.map((column) => row[column]))),
    get: async (ownerId, id) => (await query<Row>('get', 'select * from moments where owner_id = $1 and id = $2', [ownerId, id])).rows[0],
    replaceFollowUps: async (ownerId, id, followUps, updatedAt, fromVersion) =>
      (await query('replace', 'update moments set follow_ups = $1, updated_at = $2, version = version + 1 where owner_id = $3 and id = $4 and version = $5', [followUps, updatedAt, ownerId, id, fromVersion])).rowCount === 1,
    listForInsights: async (ownerId) => (await query('list', `select ${INSIGHT_COLUMNS} from moments where owner_id = $1 order by occurred_at, id`, [ownerId])).rows,
  };
}

function openStore(): Promise<Store> | Store {
  if (args['database-url']) return openPostgres(args['database-url']);
  if (args['data-dir']) return openSqlite(args['data-dir']);
  throw new Error('give --data-dir or --database-url');
}

const text = (value: unknown) => JSON.stringify(value ?? []);

async function logMoment(store: Store, ownerId: string, body: Record<string, unknown>): Promise<Row> {
  const now = new Date().toISOString();
  const row: Row = {
    owner_id: ownerId,
    id: String(body.id),
    occurred_at: String(body.occurredAt ?? now),
    distress_before: Number(body.distressBefore),
    distress_after: (body.distressAfter as number | undefined) ?? null,
    arousal: (body.arousal as string | undefined) ?? null,
    emotions: text(body.emotions),
    trigger_text: (body.trigger as string | undefined) ?? null,
    trigger_tags: text(body.triggerTags),
    context_tags: text(body.contextTags),
    skill_ids: text(body.skillIds),
    follow_ups: text(body.followUps),
    note: (body.note as string | undefined) ?? null,
    sat_with_feeling: body.satWithFeeling ? 1 : 0,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await store.insert(row);
  return row;
}

async function answerFollowUp(store: Store, ownerId: string, id: string, body: Record<string, unknown>): Promise<Row | undefined> {
  for (;;) {
    const row = await store.get(ownerId, id);
    if (!row) return undefined;
    const now = new Date().toISOString();
    const followUps = JSON.stringify([...(JSON.parse(row.follow_ups) as unknown[]), { at: now, distress: body.distress }]);
    if (await store.replaceFollowUps(ownerId, id, followUps, now, row.version)) return { ...row, follow_ups: followUps, updated_at: now, version: row.version + 1 };
  }
}

function readBody(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {}));
    request.on('error', reject);
  });
}

function send(response: http.ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

async function handle(store: Store, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const ownerId = request.headers.authorization ?? '';
  const url = request.url ?? '';
  if (request.method === 'POST' && url === '/api/v1/moments') return send(response, 201, await logMoment(store, ownerId, await readBody(request)));
  const followUp = /^\/api\/v1\/moments\/([^/]+)\/follow-ups$/.exec(url);
  if (request.method === 'POST' && followUp) {
    const row = await answerFollowUp(store, ownerId, followUp[1]!, await readBody(request));
    return row ? send(response, 201, row) : send(response, 404, { error: 'not found' });
  }
  if (request.method === 'GET' && url.startsWith('/api/v1/insights')) return send(response, 200, { moments: await store.listForInsights(ownerId) });
  if (request.method === 'GET' && url === '/api/v1/health') return send(response, 200, { status: 'ok' });
  send(response, 404, { error: 'not found' });
}

async function serve(): Promise<void> {
  const store = await openStore();
  const server = http.createServer((request, response) => {
    handle(store, request, response).catch((error: unknown) => send(response, 500, { error: String(error) }));
  });
  server.keepAliveTimeout = 72_000;
  await new Promise<void>((resolve) => server.listen(Number(args.port), '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (cluster.isWorker) process.send?.({ url });
  else console.log(`Baseline is running at ${url}`);
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

if (PROCESSES > 1 && cluster.isPrimary) {
  // The table is made once, before the processes start, as Mend's primary migrates once.
  await openStore();
  let url = '';
  let ready = 0;
  for (let n = 0; n < PROCESSES; n++) {
    cluster.fork().on('message', (message: { url: string }) => {
      url = message.url;
      if (++ready === PROCESSES) console.log(`Baseline is running at ${url} with ${PROCESSES} processes`);
    });
  }
  process.once('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    process.exit(0);
  });
} else {
  await serve();
}
