import fs from 'node:fs';
import type { CustomSkill } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataDir } from '../test-support/test-server';
import { openStorage, type Storage } from './open-storage';
import { deleteClassification, insertCustomSkill, replaceCustomSkill, upsertClassification } from './skills-store';
import { insertUser } from './users-store';

const SKILL: CustomSkill = {
  id: 'custom-walk', name: 'A walk round the block', kind: 'coping', family: 'movement', summary: '', steps: [], createdAt: '2026-11-01T00:00:00.000Z', awaitingClassification: false,
};

describe('skills store: every change to how skills are filed moves the person’s version', () => {
  let storage: Storage;
  let dataDir: string;
  const version = async (id: string) =>
    (await storage.db.selectFrom('users').select('skill_filings_version').where('id', '=', id).executeTakeFirstOrThrow()).skill_filings_version;
  beforeAll(async () => {
    dataDir = makeDataDir();
    storage = await openStorage({ dataDir });
    for (const id of ['sam', 'kim']) await insertUser(storage.db, { id, name: id, role: 'person', passwordHash: 'x', createdAt: '2026-01-01T00:00:00.000Z' });
  });
  afterAll(async () => {
    await storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['adding a skill of their own', () => insertCustomSkill(storage.db, 'sam', SKILL)],
    ['changing it', () => replaceCustomSkill(storage.db, 'sam', { ...SKILL, kind: 'healing', family: 'self-compassion' })],
    ['filing a catalogue skill their way', () => upsertClassification(storage.db, 'sam', { skillId: 'endless-scrolling', kind: 'maladaptive', family: 'self-harm' })],
    ['filing it again', () => upsertClassification(storage.db, 'sam', { skillId: 'endless-scrolling', kind: 'coping', family: 'distraction' })],
    ['undoing that', () => deleteClassification(storage.db, 'sam', 'endless-scrolling')],
  ])('%s', async (_name, change) => {
    const [sam, kim] = [await version('sam'), await version('kim')];
    await change();
    expect(await version('sam')).toBe(sam + 1);
    expect(await version('kim')).toBe(kim);
  });

  it('stays when an id already taken is added again (nothing changed)', async () => {
    const before = await version('sam');
    expect(await insertCustomSkill(storage.db, 'sam', SKILL)).toBe(false);
    expect(await version('sam')).toBe(before);
  });
});
