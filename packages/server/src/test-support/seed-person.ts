import { TOKEN_SCOPES, type TokenScope } from '@mend/core';
import type { PersonIds } from './endpoint-examples';
import { createMoment, createPractice } from './factories';
import { TEST_PASSWORD, TestClient, type TestResponse } from './test-client';

export interface SeededPerson {
  client: TestClient;
  ids: PersonIds;
  /** Texts and ids only this person has: none may appear in an answer to anyone else. */
  secrets: string[];
}

function expectStatus(response: TestResponse, status: number, what: string): void {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
}

/**
 * A person with something of every kind: a moment, a practice with notes, an own skill and a
 * classification, a safety plan, a path with a plan, preferences, a token, a calendar feed and a
 * second session.
 * `tag` makes every text distinctive, so a leak is found by searching an answer's raw text.
 */
export async function seedPerson(client: TestClient, name: string, tag: string, register = true): Promise<SeededPerson> {
  const me = register ? await client.register(name) : await client.login(name);
  const moment = await client.post('/moments', createMoment({ id: `moment-${tag}`, trigger: `trigger ${tag}`, note: `note ${tag}`, triggerTags: [`tag-${tag}`] }));
  expectStatus(moment, 201, 'seed moment');
  const practice = await client.post('/practices', createPractice({ id: `practice-${tag}`, notes: `practice notes ${tag}` }));
  expectStatus(practice, 201, 'seed practice');
  const skill = await client.post('/skills', { name: `skill ${tag}`, kind: 'coping', family: 'soothing', summary: `summary ${tag}` });
  expectStatus(skill, 201, 'seed skill');
  expectStatus(await client.put('/skills/box-breathing/classification', { kind: 'healing', family: 'regulation' }), 200, 'seed classification');
  const plan = await client.put('/safety-plan', {
    warningSigns: [`warning ${tag}`], calmingSkillIds: [], calmingIdeas: [], distractions: [], helpers: [{ name: `helper ${tag}`, phone: '+1 555 0100', note: null }],
    professionals: [], saferSurroundings: [], reasons: [`reason ${tag}`], photo: null,
  });
  expectStatus(plan, 200, 'seed safety plan');
  const path = await client.put('/path', {
    areas: [{ areaId: 'core-beliefs', layer: 0 }], pace: { practicesPerWeek: 3 }, paused: false,
    plan: { weekdays: [0, 3], time: '19:30', timeZone: 'Europe/Dublin', notify: false },
  });
  expectStatus(path, 200, 'seed path');
  expectStatus(await client.put('/preferences', { followUpDelayMinutes: 30, country: 'IE' }), 200, 'seed preferences');
  const token = await createToken(client, `token ${tag}`);
  const feed = await client.post('/path/calendar-feed');
  expectStatus(feed, 201, 'seed calendar feed');
  const calendarKey = /\/calendar\/([^/]+)\.ics$/.exec(feed.body.url as string)?.[1] ?? '';
  const ids: PersonIds = {
    userId: me.id, name, password: TEST_PASSWORD, momentId: moment.body.id, momentVersion: moment.body.version,
    practiceId: practice.body.id, ownSkillId: skill.body.id, tokenId: token.id, sessionId: '', calendarKey,
  };
  await refreshIds(client, ids);
  const secrets = [tag, me.id, ids.momentId, ids.practiceId, ids.ownSkillId, ids.tokenId, ids.sessionId, token.secret, calendarKey, name];
  return { client, ids, secrets };
}

/**
 * Brings `ids` up to what an example needs now: the moment's current version (an edit starts
 * from it), and a second session of the person's to end (one is made when none is left).
 */
export async function refreshIds(client: TestClient, ids: PersonIds): Promise<void> {
  const moment = await client.get(`/moments/${ids.momentId}`);
  if (moment.status === 200) ids.momentVersion = moment.body.version;
  const sessions = await client.get('/sessions');
  expectStatus(sessions, 200, 'list sessions');
  const other = (sessions.body.sessions as { id: string; current: boolean }[]).find((session) => !session.current);
  if (other) {
    ids.sessionId = other.id;
    return;
  }
  const laptop = new TestClient(client.baseUrl);
  await laptop.login(ids.name, ids.password);
  const again = await client.get('/sessions');
  ids.sessionId = (again.body.sessions as { id: string; current: boolean }[]).find((session) => !session.current)?.id ?? '';
}

/**
 * Creates a token with these scopes (all four by default). While tokens do not carry scopes yet
 * (the contract's TokenCreateSchema refuses the field), it is made without, and `scoped` says so.
 */
export async function createToken(client: TestClient, name: string, scopes: readonly TokenScope[] = TOKEN_SCOPES): Promise<{ id: string; secret: string; scoped: boolean }> {
  const scoped = await client.post('/tokens', { name, scopes });
  if (scoped.status === 201) return { id: scoped.body.id, secret: scoped.body.token, scoped: true };
  if (!(scoped.status === 400 && 'scopes' in (scoped.body.error?.fields ?? {}))) expectStatus(scoped, 201, `token ${name}`);
  const plain = await client.post('/tokens', { name });
  expectStatus(plain, 201, `token ${name}`);
  return { id: plain.body.id, secret: plain.body.token, scoped: false };
}
