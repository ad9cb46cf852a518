import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptySafetyPlan } from '@mend/core';
import { startServer, type RunningServer } from '../http/start-server';
import { addUser } from '../services/users';
import { coreBeliefPractice, createMoment, exportedMoment } from '../test-support/factories';
import { TEST_PASSWORD, TestClient } from '../test-support/test-client';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../test-support/test-postgres';
import { makeDataDir, testConfig } from '../test-support/test-server';
import { ENCRYPTED_COLUMNS, type EncryptedTable } from './field-cipher';
import { generateServerKeyText } from './server-key';
import { getMoment, insertMoment } from './moments-store';
import { openStorage, SQLITE_FILE_NAME } from './open-storage';

/** These start real servers and SQLite or PostgreSQL files; the machine may be busy with other tests. */
const SLOW = 60_000;

/** Words that appear nowhere but in what the person wrote, so finding one in a file means plaintext leaked. */
const SECRETS = {
  note: 'zebra-lantern-note',
  trigger: 'quartz-harbour-trigger',
  belief: 'velvet-compass-belief',
  evidence: 'amber-kettle-evidence',
  practiceNote: 'saffron-meadow-notes',
  warningSign: 'copper-orchid-warning',
  reason: 'indigo-lighthouse-reason',
  helper: 'Marigold Thistlewood',
  skillName: 'Tangerine walk, skill',
  skillSummary: 'obsidian-river-summary',
  skillStep: 'cobalt-lantern-step',
};

/** A therapist's suggestion to the person: not in the export (it is not the person's own record), sealed at rest all the same. */
const SUGGESTION_MESSAGE = 'juniper-tidepool-suggestion';
const EVERY_SECRET = [...Object.values(SECRETS), SUGGESTION_MESSAGE];

/** A therapist the person invites suggests something with a message: the message is sealed with the person's key. */
async function suggestWithSecret(person: TestClient): Promise<void> {
  const made = await person.post('/sharing/invites', { scopes: ['summary'], until: new Date(Date.now() + 30 * 24 * 3600_000).toISOString() });
  expect(made.status).toBe(201);
  const therapist = new TestClient(person.baseUrl);
  expect((await therapist.post('/auth/register-therapist', { name: `dr-${Date.now()}`, password: TEST_PASSWORD, code: made.body.code })).status).toBe(201);
  const personId = (await person.get('/me')).body.id as string;
  const suggested = await therapist.post(`/therapist/people/${personId}/suggestions`, { kind: 'skill', targetId: 'box-breathing', message: SUGGESTION_MESSAGE });
  expect(suggested.status).toBe(201);
}

async function expectSuggestionReadable(person: TestClient): Promise<void> {
  const suggestions = (await person.get('/therapist-suggestions')).body.suggestions as Array<{ message: string | null }>;
  expect(suggestions.map((suggestion) => suggestion.message)).toEqual([SUGGESTION_MESSAGE]);
}

/** An own skill's id stays plain, so it must not be made from the name: no word of it may show in any form. */
const SKILL_NAME_WORD = 'tangerine';

/** What a person writes through the API, with a secret in every free-text field. */
async function writeEverything(client: TestClient): Promise<void> {
  expect((await client.post('/moments', createMoment({ id: 'secret-moment', note: SECRETS.note, trigger: SECRETS.trigger }))).status).toBe(201);
  const practice = coreBeliefPractice(SECRETS.belief, 80, 40, { id: 'secret-practice', notes: SECRETS.practiceNote });
  practice.answers = { ...practice.answers, 'evidence-against': SECRETS.evidence };
  expect((await client.post('/practices', practice)).status).toBe(201);
  const plan = {
    ...emptySafetyPlan(),
    warningSigns: [SECRETS.warningSign],
    reasons: [SECRETS.reason],
    helpers: [{ name: SECRETS.helper, phone: null, note: null }],
    baseVersion: 0,
  };
  expect((await client.put('/safety-plan', plan)).status).toBe(200);
  const skill = { name: SECRETS.skillName, kind: 'coping', family: 'movement', summary: SECRETS.skillSummary, steps: [SECRETS.skillStep] };
  expect((await client.post('/skills', skill)).status).toBe(201);
}

/** Every secret comes back through the API (and the export), decrypted. */
async function expectEverythingReadable(client: TestClient): Promise<void> {
  const moment = (await client.get('/moments/secret-moment')).body;
  expect([moment.note, moment.trigger]).toEqual([SECRETS.note, SECRETS.trigger]);
  const practice = (await client.get('/practices/secret-practice')).body;
  expect(practice.notes).toBe(SECRETS.practiceNote);
  expect(practice.answers).toMatchObject({ belief: SECRETS.belief, 'evidence-against': SECRETS.evidence });
  const plan = (await client.get('/safety-plan')).body;
  expect([plan.warningSigns, plan.reasons, plan.helpers[0].name]).toEqual([[SECRETS.warningSign], [SECRETS.reason], SECRETS.helper]);
  const skills = (await client.get('/skills')).body.skills as Array<{ id: string; name: string; summary: string; steps: string[] }>;
  expect(skills.find((skill) => skill.name === SECRETS.skillName)).toMatchObject({ name: SECRETS.skillName, summary: SECRETS.skillSummary, steps: [SECRETS.skillStep] });
  const exported = JSON.stringify((await client.get('/export?format=json')).body);
  for (const secret of Object.values(SECRETS)) expect(exported).toContain(secret);
}

/** The raw bytes of every file in the data directory but the key: the database, and its WAL and shared memory if left. */
function secretsFoundInFiles(dataDir: string): string[] {
  const files = fs.readdirSync(dataDir).filter((name) => name !== 'server.key');
  expect(files).toContain(SQLITE_FILE_NAME);
  const found: string[] = [];
  for (const file of files) {
    const stat = fs.statSync(path.join(dataDir, file));
    if (!stat.isFile()) continue;
    const bytes = fs.readFileSync(path.join(dataDir, file));
    for (const secret of EVERY_SECRET) {
      if (bytes.includes(Buffer.from(secret, 'utf8')) || bytes.includes(Buffer.from(secret, 'utf16le'))) found.push(`${secret} in ${file}`);
    }
  }
  return found;
}

describe('encryption at rest (SQLite)', () => {
  let dataDir: string;
  let running: RunningServer | undefined;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(async () => {
    await running?.close();
    running = undefined;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(overrides: Parameters<typeof testConfig>[1] = {}): Promise<TestClient> {
    running = await startServer(testConfig(dataDir, { openRegistration: true, ...overrides }));
    return new TestClient(running.url);
  }
  async function stop(): Promise<void> {
    await running?.close();
    running = undefined;
  }

  it('leaves no free text in the database files, while the API returns all of it', async () => {
    const client = await start();
    expect(running?.createdKeyFile).toBe(path.join(dataDir, 'server.key'));
    await client.register('grep-sam');
    await writeEverything(client);
    await suggestWithSecret(client);
    await expectEverythingReadable(client);
    await expectSuggestionReadable(client);
    // Checked while serving too: the WAL then holds the latest pages.
    expect(secretsFoundInFiles(dataDir)).toEqual([]);
    await stop();
    expect(secretsFoundInFiles(dataDir)).toEqual([]);
    expect(fs.readFileSync(path.join(dataDir, SQLITE_FILE_NAME)).toString('latin1').toLowerCase()).not.toContain(SKILL_NAME_WORD);

    const again = await start();
    expect(running?.createdKeyFile).toBeUndefined();
    await again.login('grep-sam');
    await expectEverythingReadable(again);
    await expectSuggestionReadable(again);
  }, SLOW);

  it('the grep would catch plaintext: a moment written around the cipher is found', async () => {
    const storage = await openStorage({ dataDir });
    const sam = await addUser(storage, { name: 'control-sam', password: TEST_PASSWORD }, new Date());
    await storage.db.insertInto('moments').values({ ...rawMoment(sam.id, 'raw'), note: SECRETS.note }).execute();
    await storage.close();
    expect(secretsFoundInFiles(dataDir)).toEqual([`${SECRETS.note} in ${SQLITE_FILE_NAME}`]);
  }, SLOW);

  it('seals rows written before encryption at the next start, once, and the old plaintext is gone from the file', async () => {
    const storage = await openStorage({ dataDir });
    const sam = await addUser(storage, { name: 'legacy-sam', password: TEST_PASSWORD }, new Date());
    // As an account from before this change: no data key, every free-text column plain.
    await storage.db.deleteFrom('data_keys').execute();
    await storage.db.insertInto('moments').values({ ...rawMoment(sam.id, 'old-moment'), note: SECRETS.note, trigger_text: SECRETS.trigger }).execute();
    // Enough rows that sealing them (each value grows) moves cells between pages, and SQLite leaves
    // the old cells' bytes in free space: without the VACUUM after sealing, ~10% of these stay readable.
    for (let i = 0; i < 400; i++) {
      await storage.db.insertInto('moments').values({ ...rawMoment(sam.id, `old-${i}`), note: `${SECRETS.note} ${i} ${'and more '.repeat(i % 40)}` }).execute();
    }
    await storage.db.insertInto('practices').values({
      owner_id: sam.id, id: 'old-practice', skill_id: 'challenging-core-beliefs', exercise_id: 'core-belief-worksheet', kind: 'healing',
      started_at: '2026-10-01T10:00:00.000Z', duration_seconds: 600, distress_before: 6, distress_after: 3, notes: SECRETS.practiceNote,
      stepped_back: 0, answers: JSON.stringify({ belief: SECRETS.belief }), path_area_id: null, created_at: '2026-10-01T10:10:00.000Z',
    }).execute();
    await storage.db.insertInto('safety_plan_versions').values({
      owner_id: sam.id, version: 1, saved_at: '2026-10-01T10:00:00.000Z', content: JSON.stringify({ ...emptySafetyPlan(), reasons: [SECRETS.reason] }),
    }).execute();
    await storage.db.insertInto('custom_skills').values({
      owner_id: sam.id, id: 'own-old-skill', name: SECRETS.skillName, kind: 'coping', family: 'movement', summary: SECRETS.skillSummary,
      steps: JSON.stringify([SECRETS.skillStep]), created_at: '2026-10-01T10:00:00.000Z', awaiting_classification: 0,
    }).execute();
    await storage.close();
    expect(secretsFoundInFiles(dataDir).length).toBeGreaterThan(0);

    const client = await start();
    await client.login('legacy-sam');
    expect((await client.get('/moments/old-moment')).body).toMatchObject({ note: SECRETS.note, trigger: SECRETS.trigger });
    expect((await client.get('/moments/old-399')).body.note).toMatch(new RegExp(`^${SECRETS.note} 399 `));
    expect((await client.get('/practices/old-practice')).body).toMatchObject({ notes: SECRETS.practiceNote, answers: { belief: SECRETS.belief } });
    expect((await client.get('/safety-plan')).body.reasons).toEqual([SECRETS.reason]);
    const skills = (await client.get('/skills')).body.skills as Array<{ id: string; name: string; steps: string[] }>;
    expect(skills.find((skill) => skill.id === 'own-old-skill')).toMatchObject({ name: SECRETS.skillName, steps: [SECRETS.skillStep] });
    await stop();
    expect(secretsFoundInFiles(dataDir)).toEqual([]);

    // Idempotent: a second start leaves sealed values exactly as they are.
    const before = await rawFreeText(dataDir);
    await start();
    await stop();
    expect(await rawFreeText(dataDir)).toEqual(before);
    expect(Object.values(before).filter((value) => !value.startsWith('enc:v1:'))).toEqual([]);
    expect(Object.keys(before)).toHaveLength(402 + 2 + 1 + 3); // moments: notes and one trigger; the practice; the plan; the skill
  }, SLOW);

  it('a value copied into another person\'s row does not decrypt', async () => {
    const storage = await openStorage({ dataDir });
    try {
      const sam = await addUser(storage, { name: 'copy-sam', password: TEST_PASSWORD }, new Date());
      const kim = await addUser(storage, { name: 'copy-kim', password: TEST_PASSWORD }, new Date());
      await insertMoment(storage.db, sam.id, exportedMoment({ id: 'm', note: SECRETS.note }));
      await insertMoment(storage.db, kim.id, exportedMoment({ id: 'm', note: 'her own' }));
      const samsRow = await storage.db.selectFrom('moments').select('note').where('owner_id', '=', sam.id).executeTakeFirstOrThrow();
      await storage.db.updateTable('moments').set({ note: samsRow.note }).where('owner_id', '=', kim.id).execute();
      await expect(getMoment(storage.db, kim.id, 'm')).rejects.toThrow(/does not decrypt/);
      expect((await getMoment(storage.db, sam.id, 'm'))?.note).toBe(SECRETS.note);
    } finally {
      await storage.close();
    }
  }, SLOW);

  it('refuses to start with a server key the data was not written with, or without its key', async () => {
    const client = await start();
    await client.register('key-sam');
    await stop();
    await expect(start({ serverKey: generateServerKeyText() })).rejects.toThrow(/wrapped by server key [0-9a-f]{16} \(1 person\), but this server was given key/);
    fs.renameSync(path.join(dataDir, 'server.key'), path.join(dataDir, 'moved.key'));
    await expect(start()).rejects.toThrow(/The server key is missing/);
    expect(fs.existsSync(path.join(dataDir, 'server.key'))).toBe(false);
    const back = await start({ keyFile: path.join(dataDir, 'moved.key') });
    await back.login('key-sam');
  }, SLOW);
});

/** The same on PostgreSQL, when MEND_TEST_DATABASE_URL is set: the raw columns, read with SELECT, hold no free text. */
describe.skipIf(!testPostgresUrl)('encryption at rest (PostgreSQL)', () => {
  let database: TestDatabase;
  let databaseUrl: string;
  let dataDir: string;
  beforeAll(async () => {
    database = await createTestDatabase(testPostgresUrl!, 'mend_enc_test');
    databaseUrl = database.url;
    dataDir = makeDataDir();
  });
  afterAll(async () => {
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores every free-text field sealed, seals old plaintext rows at start, and reads it all back', async () => {
    const config = testConfig(dataDir, { databaseUrl, openRegistration: true });
    let running = await startServer(config);
    try {
      const client = new TestClient(running.url);
      const me = await client.register('pg-grep-sam');
      await writeEverything(client);
      await suggestWithSecret(client);
      await expectEverythingReadable(client);
      await expectSuggestionReadable(client);
      await running.close();

      const storage = await openStorage(config);
      await storage.db.insertInto('moments').values({ ...rawMoment(me.id, 'pg-old'), note: `${SECRETS.note} before`, trigger_text: 'ENC:V1: typed, not sealed' }).execute();
      await storage.close();
      running = await startServer(config);
      const again = new TestClient(running.url);
      await again.login('pg-grep-sam');
      expect((await again.get('/moments/pg-old')).body).toMatchObject({ note: `${SECRETS.note} before`, trigger: 'ENC:V1: typed, not sealed' });
      await expectEverythingReadable(again);
    } finally {
      await running.close();
    }

    const raw = new pg.Client({ connectionString: databaseUrl });
    await raw.connect();
    try {
      let checked = 0;
      for (const [table, { columns }] of Object.entries(ENCRYPTED_COLUMNS) as Array<[EncryptedTable, (typeof ENCRYPTED_COLUMNS)[EncryptedTable]]>) {
        for (const column of columns) {
          const { rows } = await raw.query<{ value: string }>(`select ${column} as value from ${table} where ${column} is not null`);
          for (const { value } of rows) {
            expect(value.startsWith('enc:v1:'), `${table}.${column}`).toBe(true);
            for (const secret of EVERY_SECRET) expect(value).not.toContain(secret);
            checked++;
          }
        }
      }
      expect(checked).toBe(2 + 2 + 2 + 1 + 3 + 1); // two moments' note and trigger; the practice; the plan; the skill; the suggestion
      const wrapped = await raw.query<{ wrapped_key: string }>('select wrapped_key from data_keys');
      // The person's key and the therapist's.
      expect(wrapped.rows.map((row) => row.wrapped_key.startsWith('enc:v1:'))).toEqual([true, true]);
    } finally {
      await raw.end();
    }
  }, SLOW);
});

function rawMoment(ownerId: string, id: string) {
  return {
    owner_id: ownerId, id, occurred_at: '2026-10-01T10:00:00.000Z', distress_before: 6, distress_after: null, arousal: null, emotions: '[]',
    trigger_text: null, trigger_tags: '[]', context_tags: '[]', skill_ids: '[]', follow_ups: '[]', note: null, sat_with_feeling: 0, version: 1,
    created_at: '2026-10-01T10:00:00.000Z', updated_at: '2026-10-01T10:00:00.000Z',
  };
}

/** The stored form of every free-text value, keyed by table, row and column. */
async function rawFreeText(dataDir: string): Promise<Record<string, string>> {
  const storage = await openStorage({ dataDir });
  try {
    const values: Record<string, string> = {};
    for (const row of await storage.db.selectFrom('moments').select(['id', 'note', 'trigger_text']).execute()) {
      if (row.note !== null) values[`moments/${row.id}/note`] = row.note;
      if (row.trigger_text !== null) values[`moments/${row.id}/trigger`] = row.trigger_text;
    }
    for (const row of await storage.db.selectFrom('practices').select(['id', 'notes', 'answers']).execute()) {
      if (row.notes !== null) values[`practices/${row.id}/notes`] = row.notes;
      values[`practices/${row.id}/answers`] = row.answers;
    }
    for (const row of await storage.db.selectFrom('safety_plan_versions').select(['version', 'content']).execute()) values[`plan/${row.version}`] = row.content;
    for (const row of await storage.db.selectFrom('custom_skills').select(['id', 'name', 'summary', 'steps']).execute()) {
      Object.assign(values, { [`skills/${row.id}/name`]: row.name, [`skills/${row.id}/summary`]: row.summary, [`skills/${row.id}/steps`]: row.steps });
    }
    return values;
  } finally {
    await storage.close();
  }
}
