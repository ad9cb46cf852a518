import fs from 'node:fs';
import { PracticeCreateSchema, SessionPrepSchema } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiProblem } from '../api-problem';
import { openStorage, type Storage } from '../storage/open-storage';
import { createMoment, createPractice as practiceToPost } from '../test-support/factories';
import { FIXED_NOW } from '../test-support/test-clock';
import { makeDataDir } from '../test-support/test-server';
import { createMoment as logMoment } from './moments';
import { createPractice } from './practices';
import { sessionPrepFor } from './session-prep';
import { createCustomSkill } from './skills';
import { addUser } from './users';

const now = new Date(FIXED_NOW); // Monday 2 Nov 2026, 22:00 UTC
const DAY = 86_400_000;
const daysAgo = (days: number, hours = 0) => new Date(now.getTime() - days * DAY - hours * 3_600_000).toISOString();

describe('sessionPrepFor (real SQLite)', () => {
  const dataDir = makeDataDir();
  let storage: Storage;
  let person: { id: string; name: string };
  let ownSkillId: string;

  beforeAll(async () => {
    storage = await openStorage({ dataDir });
    const me = await addUser(storage, { name: 'zoe', password: 'a long password' }, now);
    const other = await addUser(storage, { name: 'other', password: 'a long password' }, now);
    person = { id: me.id, name: 'Zoë Łukasz 李' };
    ownSkillId = (await createCustomSkill(storage, me.id, { name: 'Łaźnia w sobotę', kind: 'healing', family: 'other' }, now)).id;

    const mine = [
      createMoment({ occurredAt: daysAgo(1), distressBefore: 8, distressAfter: 5, skillIds: ['box-breathing'], triggerTags: ['work-conflict'] }),
      createMoment({ occurredAt: daysAgo(3), distressBefore: 6, distressAfter: 3, skillIds: ['box-breathing'], triggerTags: ['work-conflict'], satWithFeeling: true }),
      createMoment({ occurredAt: daysAgo(10), distressBefore: 9, distressAfter: null, arousal: 'hypo', triggerTags: ['money'] }),
      // Before the default period.
      createMoment({ occurredAt: daysAgo(40), distressBefore: 10, triggerTags: ['money'] }),
    ];
    for (const moment of mine) await logMoment(storage, me.id, moment, now);
    await createPractice(storage, me.id, PracticeCreateSchema.parse(practiceToPost({ skillId: ownSkillId, exerciseId: null, startedAt: daysAgo(2), durationSeconds: 1500, steppedBack: true })), now);
    await createPractice(storage, me.id, PracticeCreateSchema.parse(practiceToPost({ skillId: 'sitting-with-a-feeling', exerciseId: null, startedAt: daysAgo(45), durationSeconds: 600 })), now);

    // Someone else's hard month: none of it may show in zoe's summary.
    for (let index = 0; index < 6; index++) {
      await logMoment(storage, other.id, createMoment({ occurredAt: daysAgo(2, index), distressBefore: 10, triggerTags: ['money'], satWithFeeling: true }), now);
    }
    await createPractice(storage, other.id, PracticeCreateSchema.parse(practiceToPost({ skillId: 'sitting-with-a-feeling', exerciseId: null, startedAt: daysAgo(1) })), now);
  });
  afterAll(async () => {
    await storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('defaults to the 30 days up to now, in UTC, and reads only this person\'s data', async () => {
    const prep = await sessionPrepFor(storage, person, {}, now);
    expect(SessionPrepSchema.parse(prep)).toEqual(prep);
    expect(prep).toMatchObject({
      person,
      from: '2026-10-03T22:00:00.000Z',
      to: '2026-11-02T22:00:00.000Z',
      timeZone: 'UTC',
      moments: 3,
      distress: { meanBefore: 7.67, meanAfter: 4, withAfter: 2 },
      recurringTriggers: [{ tag: 'work-conflict', count: 2 }],
      practice: { sessions: 1, minutes: 25, steppedBack: 1, skills: [{ skillId: ownSkillId, name: 'Łaźnia w sobotę', sessions: 1 }] },
      wins: { satWithFeeling: 1 },
      flags: [{ kind: 'crisis-level', count: 1, skillId: null, name: null }],
    });
    // The weeks of 28 Sep … 2 Nov (a Monday: its first hours are in the period).
    expect(prep.distress.weeks.map((week) => week.weekStart)).toEqual(['2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02']);
  });

  it('takes from and to with offsets, and a time zone; leaves out what is after to', async () => {
    const prep = await sessionPrepFor(storage, person, { from: '2026-09-15T00:00:00+02:00', to: daysAgo(2), timeZone: 'Pacific/Auckland' }, now);
    expect(prep).toMatchObject({ from: '2026-09-14T22:00:00.000Z', to: daysAgo(2), timeZone: 'Pacific/Auckland', moments: 3 });
    expect(prep.recurringTriggers).toEqual([{ tag: 'money', count: 2 }]);
    expect(prep.practice.sessions).toBe(2);
    // Only `to`: the 30 days before it.
    expect((await sessionPrepFor(storage, person, { to: daysAgo(5) }, now)).from).toBe(daysAgo(35));
  });

  it('answers 400 naming the field: from not before to, a period too long, a bad time zone or date', async () => {
    const problem = async (query: Parameters<typeof sessionPrepFor>[2]) => {
      const error = await sessionPrepFor(storage, person, query, now).then(() => null, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(ApiProblem);
      const { statusCode, fields } = error as ApiProblem;
      return { statusCode, fields: Object.keys(fields) };
    };
    expect(await problem({ from: daysAgo(1), to: daysAgo(1) })).toEqual({ statusCode: 400, fields: ['from'] });
    expect(await problem({ from: daysAgo(0, -1) })).toEqual({ statusCode: 400, fields: ['from'] });
    expect(await problem({ from: daysAgo(367) })).toEqual({ statusCode: 400, fields: ['from'] });
    expect(await problem({ timeZone: 'Mars/Olympus' })).toEqual({ statusCode: 400, fields: ['timeZone'] });
    expect(await problem({ to: 'yesterday' })).toEqual({ statusCode: 400, fields: ['to'] });
    // Exactly the longest period is fine.
    await expect(sessionPrepFor(storage, person, { from: daysAgo(366) }, now)).resolves.toMatchObject({ moments: 4 });
  });
});
