import { CompletedQuestionnaireSchema, QuestionnaireDetailSchema, QuestionnaireListSchema, QuestionnaireResultListSchema } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copingStylesAnswers, createMoment } from '../../test-support/factories';
import type { TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

describe('self-checks', () => {
  let server: TestServer;
  let sam: TestClient;
  let kim: TestClient;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    sam = server.client();
    kim = server.client();
    await sam.register('sam');
    await kim.register('kim');
  });
  afterAll(() => server.close());

  it('lists the built-in checks, suggested while never taken', async () => {
    const response = await sam.get('/questionnaires');
    expect(response.status).toBe(200);
    const list = QuestionnaireListSchema.parse(response.body);
    expect(list.questionnaires.map((entry) => [entry.id, entry.builtIn, entry.questionCount, entry.lastTakenAt, entry.suggested])).toEqual([
      ['coping-styles', true, 28, null, true],
      ['maladaptive-check', true, 12, null, true],
    ]);
    const detail = QuestionnaireDetailSchema.parse((await sam.get('/questionnaires/coping-styles')).body);
    expect(detail.questions[0]).toMatchObject({ linkId: '1', required: true, choices: [{ code: '1', display: 'Not at all' }, { code: '2' }, { code: '3' }, { code: '4', display: 'A lot' }] });
    expect((await sam.get('/questionnaires/no-such-check')).status).toBe(404);
  });

  it('scores answers, sets them beside the log, and lists them newest first', async () => {
    for (let index = 0; index < 5; index += 1) {
      const occurredAt = new Date(server.clock.now().getTime() - (index + 1) * 86_400_000).toISOString();
      const skillIds = index < 3 ? ['endless-scrolling'] : ['box-breathing'];
      expect((await sam.post('/moments', createMoment({ occurredAt, skillIds }))).status).toBe(201);
    }
    const answers = { ...copingStylesAnswers(1), 1: '4', 19: '4' };
    const created = await sam.post('/questionnaires/coping-styles/responses', { answers });
    expect(created.status).toBe(201);
    const result = CompletedQuestionnaireSchema.parse(created.body);
    expect(result.takenAt).toBe(server.clock.now().toISOString());
    expect(result.scales.find((scale) => scale.id === 'self-distraction')).toEqual({ id: 'self-distraction', title: 'Self-distraction', score: 8, min: 2, max: 8 });
    expect(result.composites.find((composite) => composite.id === 'avoidant')).toMatchObject({ score: 8 + 5 * 2, min: 12, max: 48 });
    const distraction = result.alongsideLog.find((entry) => entry.scaleId === 'self-distraction');
    expect(distraction).toMatchObject({ rating: 'high', agreement: 'agrees', momentCount: 5, matchingCount: 3, topSkillIds: ['endless-scrolling'] });
    expect(distraction?.sentence).toBe('You rate self-distraction high (8 of 8), and your log agrees: it shows up in 60% of your moments in the 30 days before this check.');

    const earlier = await sam.post('/questionnaires/coping-styles/responses', { answers: copingStylesAnswers(3), takenAt: '2026-10-01T10:00:00Z' });
    expect(earlier.status).toBe(201);
    const listed = QuestionnaireResultListSchema.parse((await sam.get('/questionnaires/coping-styles/responses')).body);
    expect(listed.results.map((entry) => entry.id)).toEqual([result.id, earlier.body.id]);
    expect(listed.alongsideLog).toEqual(result.alongsideLog);
    const list = QuestionnaireListSchema.parse((await sam.get('/questionnaires')).body);
    expect(list.questionnaires[0]).toMatchObject({ lastTakenAt: result.takenAt, suggested: false });
  });

  it('names the item of a missing, out-of-range or unknown answer, and stores nothing', async () => {
    const answers: Record<string, unknown> = { ...copingStylesAnswers(2), 3: '5', extra: '1' };
    delete answers['27'];
    const response = await kim.post('/questionnaires/coping-styles/responses', { answers });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({
      'answers.27': 'needs an answer',
      'answers.3': '"5" is not one of its answers: choose 1, 2, 3, 4',
      'answers.extra': 'is not a question of this questionnaire',
    });
    const future = await kim.post('/questionnaires/coping-styles/responses', { answers: copingStylesAnswers(2), takenAt: '2099-01-01T00:00:00Z' });
    expect(future.body.error.fields).toEqual({ takenAt: 'must not be in the future' });
    const wrongType = await kim.post('/questionnaires/coping-styles/responses', { answers: { 1: true } });
    expect(wrongType.status).toBe(400);
    expect(Object.keys(wrongType.body.error.fields)).toEqual(['answers.1']);
    expect((await kim.get('/questionnaires/coping-styles/responses')).body.results).toEqual([]);
  });

  it('exports a check as a FHIR QuestionnaireResponse, and keeps each person\'s checks their own', async () => {
    const { results } = (await sam.get('/questionnaires/coping-styles/responses')).body as { results: Array<{ id: string; takenAt: string }> };
    const newest = results[0]!;
    const fhir = await sam.get(`/questionnaires/coping-styles/responses/${newest.id}/fhir`);
    expect(fhir.status).toBe(200);
    expect(fhir.body).toMatchObject({
      resourceType: 'QuestionnaireResponse', id: newest.id, status: 'completed', authored: newest.takenAt,
      questionnaire: 'urn:mend:fhir:Questionnaire:coping-styles|1',
    });
    expect(fhir.body.item).toHaveLength(28);
    expect(fhir.body.item[0]).toMatchObject({ linkId: '1', answer: [{ valueCoding: { code: '4', display: 'A lot' } }] });

    expect((await kim.get(`/questionnaires/coping-styles/responses/${newest.id}/fhir`)).status).toBe(404);
    expect((await kim.delete(`/questionnaires/coping-styles/responses/${newest.id}`)).status).toBe(404);
    expect((await sam.get(`/questionnaires/maladaptive-check/responses/${newest.id}/fhir`)).status).toBe(404);
    expect((await sam.delete(`/questionnaires/coping-styles/responses/${newest.id}`)).status).toBe(204);
    expect((await sam.get(`/questionnaires/coping-styles/responses/${newest.id}/fhir`)).status).toBe(404);
  });
});
