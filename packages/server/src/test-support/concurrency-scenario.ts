/* eslint-disable @typescript-eslint/no-explicit-any -- answers are read loosely here; the assertions in concurrency.test.ts check them. */
import { emptySafetyPlan } from '@mend/core';
import { TestClient, type TestResponse } from './test-client';

/**
 * 50 clients at once against one or more real servers sharing one database: several people, most
 * of them on several sessions, logging moments, editing the same moments from the version they
 * read, answering follow-ups, saving the safety plan and the path. Everything each client was
 * told (every acknowledged write) is recorded, so the test can hold the database to it.
 */

export const CLIENTS = 50;
/** Sessions per person: the same person on many devices at once, and one on a single device. */
export const SESSIONS_PER_PERSON = [20, 15, 10, 4, 1] as const;
const STEPS = 12;
const SHARED_MOMENTS = 3;
/** Follow-ups go to moments of their own, so none passes the 20 a moment may hold. */
const ANSWER_MOMENTS = 4;
const MAX_ATTEMPTS = 40;

export interface Edit {
  version: number;
  /** What the edit wrote: the note of a moment, the reason of a plan, the time of a path's plan. */
  content: string;
}

export interface PersonRecord {
  name: string;
  sharedMomentIds: string[];
  answerMomentIds: string[];
  /** Every moment a POST /moments was acknowledged (201) for, id → note. */
  logged: Map<string, string>;
  /** Successful edits per record ("moment:<id>", "safety-plan", "path"). */
  edits: Map<string, Edit[]>;
  /** Acknowledged follow-up answers per moment. */
  answers: Map<string, number>;
}

export interface ScenarioResult {
  people: PersonRecord[];
  statuses: Map<number, number>;
  conflicts: { moment: number; safetyPlan: number; path: number };
  /** Problems seen on the way (a 409 without the current version, an unexpected status…). */
  problems: string[];
  requests: number;
  milliseconds: number;
}

type Pick = (client: number) => string;

/** `urls`: the servers to spread the clients over (two on PostgreSQL: the compare-and-set across processes). */
export async function runScenario(urls: readonly string[]): Promise<ScenarioResult> {
  const result: ScenarioResult = { people: [], statuses: new Map(), conflicts: { moment: 0, safetyPlan: 0, path: 0 }, problems: [], requests: 0, milliseconds: 0 };
  const urlFor: Pick = (client) => urls[client % urls.length]!;
  const clients: Array<{ http: Counted; person: PersonRecord; index: number }> = [];
  let index = 0;
  for (const [personIndex, sessions] of SESSIONS_PER_PERSON.entries()) {
    const person: PersonRecord = { name: `concurrent-${personIndex}`, sharedMomentIds: [], answerMomentIds: [], logged: new Map(), edits: new Map(), answers: new Map() };
    result.people.push(person);
    for (let session = 0; session < sessions; session++, index++) {
      const http = new Counted(urlFor(index), result);
      if (session === 0) await http.register(person.name);
      else await http.login(person.name);
      clients.push({ http, person, index });
    }
    const first = clients.find((client) => client.person === person)!.http;
    for (let n = 0; n < SHARED_MOMENTS + ANSWER_MOMENTS; n++) {
      const id = `${person.name}-shared-${n}`;
      const created = await first.post('/moments', { id, distressBefore: 6, note: 'as first logged' });
      if (created.status !== 201) throw new Error(`setting up ${id}: ${created.status}`);
      (n < SHARED_MOMENTS ? person.sharedMomentIds : person.answerMomentIds).push(id);
    }
  }
  if (clients.length !== CLIENTS) throw new Error(`${clients.length} clients, expected ${CLIENTS}`);

  const started = performance.now();
  let pathTimes = 0;
  await Promise.all(clients.map(async ({ http, person, index: client }) => {
    for (let step = 0; step < STEPS; step++) {
      const kind = (client + step) % 5;
      if (kind === 0 || kind === 3) await logMoment(http, person, `c${client}-s${step}`, step % 4 === 0, result);
      else if (kind === 1) await editMoment(http, person, person.sharedMomentIds[step % SHARED_MOMENTS]!, `edit c${client} s${step}`, result);
      else if (kind === 2) await answerFollowUp(http, person, person.answerMomentIds[(client + step) % ANSWER_MOMENTS]!, step % 11, result);
      else if (step % 2 === 0) await saveSafetyPlan(http, person, `plan c${client} s${step}`, result);
      else await savePath(http, person, timeOfDay(pathTimes++), result);
    }
  }));
  result.milliseconds = Math.round(performance.now() - started);
  return result;
}

/** Counts every answer's status; a network failure counts as status 0. */
class Counted extends TestClient {
  constructor(url: string, private readonly result: ScenarioResult) {
    super(url);
  }

  override async request<T = any>(method: string, path: string, options = {}): Promise<TestResponse<T>> {
    const response = await super.request<T>(method, path, options);
    this.result.requests++;
    this.result.statuses.set(response.status, (this.result.statuses.get(response.status) ?? 0) + 1);
    return response;
  }
}

async function logMoment(http: TestClient, person: PersonRecord, id: string, resend: boolean, result: ScenarioResult): Promise<void> {
  const body = { id, distressBefore: 5, note: `logged as ${id}` };
  // A resend after a lost answer (the outbox does this): the same moment, never a second one.
  for (let sent = 0; sent < (resend ? 2 : 1); sent++) {
    const response = await http.post('/moments', body);
    if (response.status === 201) person.logged.set(id, body.note);
    else result.problems.push(`logging ${id}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

async function editMoment(http: TestClient, person: PersonRecord, id: string, note: string, result: ScenarioResult): Promise<void> {
  let base = (await http.get(`/moments/${id}`)).body.version as number;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const response = await http.patch(`/moments/${id}`, { baseVersion: base, note });
    if (response.status === 200) return addEdit(person, `moment:${id}`, { version: response.body.version, content: note });
    if (response.status !== 409) return void result.problems.push(`editing ${id}: ${response.status} ${JSON.stringify(response.body)}`);
    result.conflicts.moment++;
    const current = response.body.error?.current;
    // The 409 carries the moment as it is now: its version is newer than the one the edit started from.
    if (!(current?.id === id && current.version > base && response.body.error.fields.baseVersion.includes(String(current.version)))) {
      result.problems.push(`a stale edit of ${id} got 409 without the current version: ${JSON.stringify(response.body)}`);
    }
    base = (await http.get(`/moments/${id}`)).body.version as number;
  }
}

async function answerFollowUp(http: TestClient, person: PersonRecord, id: string, distress: number, result: ScenarioResult): Promise<void> {
  const response = await http.post(`/moments/${id}/follow-ups`, { distress });
  if (response.status === 201) person.answers.set(id, (person.answers.get(id) ?? 0) + 1);
  else result.problems.push(`answering ${id}: ${response.status} ${JSON.stringify(response.body)}`);
}

async function saveSafetyPlan(http: TestClient, person: PersonRecord, reason: string, result: ScenarioResult): Promise<void> {
  let base = (await http.get('/safety-plan')).body.version as number;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const response = await http.put('/safety-plan', { ...emptySafetyPlan(), reasons: [reason], baseVersion: base });
    if (response.status === 200) return addEdit(person, 'safety-plan', { version: response.body.version, content: reason });
    if (!staleWithVersion(response, base)) return void result.problems.push(`saving the plan: ${response.status} ${JSON.stringify(response.body)}`);
    result.conflicts.safetyPlan++;
    base = (await http.get('/safety-plan')).body.version as number;
  }
}

async function savePath(http: TestClient, person: PersonRecord, time: string, result: ScenarioResult): Promise<void> {
  let base = (await http.get('/path')).body.version as number;
  const plan = { weekdays: [0, 3], time, timeZone: 'UTC', notify: false };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const response = await http.put('/path', { baseVersion: base, areas: [], pace: { practicesPerWeek: 3 }, paused: false, plan });
    if (response.status === 200) return addEdit(person, 'path', { version: response.body.version, content: time });
    if (!staleWithVersion(response, base)) return void result.problems.push(`saving the path: ${response.status} ${JSON.stringify(response.body)}`);
    result.conflicts.path++;
    base = (await http.get('/path')).body.version as number;
  }
}

/** A 409 whose fields name a current version newer than the one the save started from. */
function staleWithVersion(response: TestResponse<any>, base: number): boolean {
  const named = /current version, (\d+)/.exec(response.body?.error?.fields?.baseVersion ?? '');
  return response.status === 409 && named !== null && Number(named[1]) > base;
}

function addEdit(person: PersonRecord, record: string, edit: Edit): void {
  person.edits.set(record, [...(person.edits.get(record) ?? []), edit]);
}

/** A distinct time of day per path save ("00:00", "00:01", …), so each save's content is its own. */
function timeOfDay(n: number): string {
  return `${String(Math.floor(n / 60) % 24).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
}
