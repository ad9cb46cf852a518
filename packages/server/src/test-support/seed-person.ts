import { SHARE_SCOPES, TOKEN_SCOPES, type TokenScope } from '@mend/core';
import type { PersonIds } from './endpoint-examples';
import { copingStylesAnswers, createMoment, createPractice } from './factories';
import { FIXED_NOW } from './test-clock';
import { TEST_PASSWORD, TestClient, type TestResponse } from './test-client';

export interface SeededPerson {
  client: TestClient;
  /** The therapist the person shares with (every scope): sends the examples marked `byTherapist`. */
  therapist: TestClient;
  ids: PersonIds;
  /** Texts and ids only this person has: none may appear in an answer to anyone else. */
  secrets: string[];
}

function expectStatus(response: TestResponse, status: number, what: string): void {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
}

/**
 * Until when the seeded invites share: well inside MAX_SHARE_DAYS of the test clock's start, and
 * far enough ahead that a test moving the clock by minutes or days keeps the share running.
 */
const SHARED_UNTIL = new Date(Date.parse(FIXED_NOW) + 200 * 24 * 60 * 60 * 1000).toISOString();

/** The invite code of each open invite refreshIds made, to tell whether a therapist has used it since. */
const inviteOfCode = new Map<string, string>();

/**
 * A person with something of every kind: a moment, a practice with notes, an own skill and a
 * classification, a safety plan, a path with a plan, preferences, a token, a calendar feed, a
 * second session, an open invite, a therapist sharing every scope (an account of its own, made
 * with a second invite) and a suggestion from that therapist not answered yet.
 * `tag` makes every text distinctive, so a leak is found by searching an answer's raw text.
 */
export async function seedPerson(client: TestClient, name: string, tag: string, register = true): Promise<SeededPerson> {
  const me = register ? await client.register(name) : await client.login(name);
  const moment = await client.post('/moments', createMoment({ id: `moment-${tag}`, trigger: `trigger ${tag}`, note: `note ${tag}`, triggerTags: [`tag-${tag}`] }));
  expectStatus(moment, 201, 'seed moment');
  const practice = await client.post('/practices', createPractice({ id: `practice-${tag}`, notes: `practice notes ${tag}` }));
  expectStatus(practice, 201, 'seed practice');
  const check = await client.post('/questionnaires/coping-styles/responses', { answers: copingStylesAnswers(2) });
  expectStatus(check, 201, 'seed self-check');
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
  const openInvite = await makeInvite(client);
  const therapist = new TestClient(client.baseUrl);
  const therapistName = `therapist-${tag}`;
  expectStatus(
    await therapist.post('/auth/register-therapist', { name: therapistName, password: TEST_PASSWORD, code: (await makeInvite(client)).code }),
    201,
    'seed therapist',
  );
  const ids: PersonIds = {
    userId: me.id, name, password: TEST_PASSWORD, momentId: moment.body.id, momentVersion: moment.body.version,
    practiceId: practice.body.id, questionnaireResponseId: check.body.id, ownSkillId: skill.body.id, tokenId: token.id, sessionId: '', calendarKey,
    inviteId: openInvite.id, shareId: '', suggestionId: '', inviteCode: '',
  };
  const seeded: SeededPerson = { client, therapist, ids, secrets: [] };
  await refreshIds(seeded, `suggestion ${tag}`);
  seeded.secrets = [
    tag, me.id, ids.momentId, ids.practiceId, ids.questionnaireResponseId, ids.ownSkillId, ids.tokenId, ids.sessionId, token.secret, calendarKey, name,
    ids.inviteId, ids.shareId, ids.suggestionId, ids.inviteCode, therapistName,
  ];
  return seeded;
}

async function makeInvite(client: TestClient): Promise<{ id: string; code: string }> {
  const made = await client.post('/sharing/invites', { scopes: SHARE_SCOPES, until: SHARED_UNTIL });
  expectStatus(made, 201, 'seed invite');
  return { id: made.body.id, code: made.body.code };
}

/**
 * Brings `ids` up to what an example needs now: the moment's current version (an edit starts
 * from it), a second session of the person's to end (one is made when none is left), an open
 * invite to withdraw, the share with the seeded therapist running with every scope (made again
 * with a new invite once revoked), a suggestion of that therapist's not answered yet, and an
 * invite code no therapist has used (a new one once the last was used).
 */
export async function refreshIds(seeded: SeededPerson, suggestionMessage = 'when you feel ready'): Promise<void> {
  const { client, therapist, ids } = seeded;
  const moment = await client.get(`/moments/${ids.momentId}`);
  if (moment.status === 200) ids.momentVersion = moment.body.version;
  ids.sessionId = await otherSession(client, ids);

  const sharing = await client.get('/sharing');
  expectStatus(sharing, 200, 'list sharing');
  const therapistId = (await therapist.get('/me')).body.id as string;
  const invites = (sharing.body.invites as { id: string }[]).map((invite) => invite.id);
  const share = (sharing.body.shares as { id: string; therapist: { id: string }; scopes: string[]; until: string }[]).find((one) => one.therapist.id === therapistId);
  if (!share) {
    expectStatus(await therapist.post('/therapist/invites', { code: (await makeInvite(client)).code }), 201, 'share again');
  } else if (share.scopes.length !== SHARE_SCOPES.length || share.until !== SHARED_UNTIL) {
    expectStatus(await client.put(`/sharing/${share.id}`, { scopes: SHARE_SCOPES, until: SHARED_UNTIL }), 200, 'share every scope again');
  }
  const shares = (await client.get('/sharing')).body.shares as { id: string; therapist: { id: string } }[];
  ids.shareId = shares.find((one) => one.therapist.id === therapistId)?.id ?? '';

  const codeUnused = inviteOfCode.has(ids.inviteCode) && invites.includes(inviteOfCode.get(ids.inviteCode)!);
  if (!codeUnused) {
    const fresh = await makeInvite(client);
    inviteOfCode.delete(ids.inviteCode);
    inviteOfCode.set(fresh.code, fresh.id);
    ids.inviteCode = fresh.code;
  }
  const codeInvite = inviteOfCode.get(ids.inviteCode);
  if (!invites.some((id) => id !== codeInvite)) ids.inviteId = (await makeInvite(client)).id;
  else if (!invites.includes(ids.inviteId) || ids.inviteId === codeInvite) ids.inviteId = invites.find((id) => id !== codeInvite)!;

  const suggestions = await client.get('/therapist-suggestions');
  expectStatus(suggestions, 200, 'list suggestions');
  const open = (suggestions.body.suggestions as { id: string; status: string; therapist: { id: string } }[]).find(
    (one) => one.status === 'open' && one.therapist.id === therapistId,
  );
  if (open) {
    ids.suggestionId = open.id;
  } else {
    const made = await therapist.post(`/therapist/people/${ids.userId}/suggestions`, { kind: 'skill', targetId: 'box-breathing', message: suggestionMessage });
    expectStatus(made, 201, 'seed suggestion');
    ids.suggestionId = made.body.id;
  }
}

async function otherSession(client: TestClient, ids: PersonIds): Promise<string> {
  const sessions = await client.get('/sessions');
  expectStatus(sessions, 200, 'list sessions');
  const other = (sessions.body.sessions as { id: string; current: boolean }[]).find((session) => !session.current);
  if (other) return other.id;
  const laptop = new TestClient(client.baseUrl);
  await laptop.login(ids.name, ids.password);
  const again = await client.get('/sessions');
  return (again.body.sessions as { id: string; current: boolean }[]).find((session) => !session.current)?.id ?? '';
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
