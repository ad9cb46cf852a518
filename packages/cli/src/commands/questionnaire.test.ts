import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { copingStylesQuestionnaire, MEND_SCALE_URL, ORDINAL_VALUE_URL } from '@mend/core';
import { buildApp, configFromEnv, openStorage } from '@mend/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../run';
import { testIo } from '../test-io';

let dataDir: string;

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'mend-cli-questionnaire-'));
});
afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function mend(args: string[]) {
  const io = testIo({ env: { LOG_LEVEL: 'silent', MEND_PASSWORD: 'correct horse battery' } });
  const code = await run([...args, '--data-dir', dataDir], io);
  return { code, out: io.out(), err: io.err() };
}

async function writeJson(name: string, value: unknown): Promise<string> {
  const file = path.join(dataDir, name);
  await fs.writeFile(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

const answer = (code: string, score: number) => ({ valueCoding: { code, display: code }, extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: score }] });
const clinicCheck = {
  resourceType: 'Questionnaire',
  id: 'Worry-Check',
  url: 'https://clinic.example/fhir/Questionnaire/worry',
  version: '3',
  title: 'Worry check',
  status: 'active',
  extension: [{ url: MEND_SCALE_URL, extension: [{ url: 'id', valueCode: 'worry' }, { url: 'title', valueString: 'Worry' }, { url: 'item', valueString: 'w1' }, { url: 'item', valueString: 'w2' }] }],
  item: [
    { linkId: 'w1', type: 'choice', text: 'How often did worry keep you up?', required: true, answerOption: [answer('never', 0), answer('often', 3)] },
    { linkId: 'w2', type: 'choice', text: 'How hard was it to stop?', required: true, answerOption: [answer('easy', 0), answer('hard', 3)] },
  ],
};

describe('mend questionnaire', () => {
  it('loads a FHIR Questionnaire that people can then take over the API', async () => {
    const added = await mend(['questionnaire', 'add', await writeJson('worry.json', clinicCheck)]);
    expect(added.err).not.toContain('need another look');
    expect(added.code).toBe(0);
    expect(added.out).toContain('Loaded "Worry check" as worry-check (https://clinic.example/fhir/Questionnaire/worry version 3):');
    expect(added.out).toContain('2 questions, 1 scales, 0 composites.');
    const listed = await mend(['questionnaire', 'list']);
    expect(listed.out.trim().split('\n').map((line) => line.split('\t')[0])).toEqual(['coping-styles', 'maladaptive-check', 'worry-check']);

    expect((await mend(['user', 'add', 'sam'])).code).toBe(0);
    const storage = await openStorage({ dataDir });
    const app = await buildApp(storage, configFromEnv({ LOG_LEVEL: 'silent', MEND_DATA_DIR: dataDir }));
    try {
      const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { name: 'sam', password: 'correct horse battery' } });
      const cookie = String(login.headers['set-cookie']).split(';')[0]!;
      const taken = await app.inject({
        method: 'POST', url: '/api/v1/questionnaires/worry-check/responses', headers: { cookie }, payload: { answers: { w1: 'often', w2: 'easy' } },
      });
      expect(taken.statusCode).toBe(201);
      expect(taken.json().scales).toEqual([{ id: 'worry', title: 'Worry', score: 3, min: 0, max: 6 }]);
    } finally {
      await app.close();
      await storage.close();
    }
  });

  it('names what is wrong with a file it cannot load, and refuses a taken id', async () => {
    const broken = { ...clinicCheck, item: [{ ...clinicCheck.item[0], answerOption: [{ valueCoding: { code: 'x' } }] }] };
    const refused = await mend(['questionnaire', 'add', await writeJson('broken.json', broken)]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('item.0.answerOption.0.extension: needs a score');
    expect(refused.err).toContain('extension.0.item.1: "w2" is not a choice item of this questionnaire');

    const notJson = await mend(['questionnaire', 'add', await writeJson('nope.json', '{ not json')]);
    expect(notJson.err).toContain('is not a FHIR Questionnaire: it is not valid JSON');

    const builtIn = await mend(['questionnaire', 'add', await writeJson('copy.json', copingStylesQuestionnaire)]);
    expect(builtIn.code).toBe(1);
    expect(builtIn.err).toContain('A questionnaire with the id "coping-styles" is already loaded');
    expect((await mend(['questionnaire', 'add', await writeJson('again.json', clinicCheck), '--id', 'Bad Id'])).err).toContain('"Bad Id" must be');
  });
});
