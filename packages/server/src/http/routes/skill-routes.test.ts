import { CATALOGUE, CATALOGUE_VERSION } from '@mend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoment } from '../../test-support/factories';
import type { TestClient } from '../../test-support/test-client';
import { startTestServer, type TestServer } from '../../test-support/test-server';

describe('skills and tags', () => {
  let server: TestServer;
  let sam: TestClient;
  let kim: TestClient;
  /** The id the server gave Sam's "Walk the dog". */
  let walkTheDog: string;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    sam = server.client();
    kim = server.client();
    await sam.register('skill-sam');
    await kim.register('skill-kim');
  });
  afterAll(() => server.close());

  it('lists the catalogue with its version', async () => {
    const response = await sam.get('/skills');
    expect(response.status).toBe(200);
    expect(response.body.catalogueVersion).toBe(CATALOGUE_VERSION);
    expect(response.body.skills.map((skill: { id: string }) => skill.id)).toEqual(CATALOGUE.map((skill) => skill.id));
  });

  it('adds a skill of one’s own that moments can then use, visible only to its owner', async () => {
    const created = await sam.post('/skills', { name: 'Walk the dog', kind: 'coping', family: 'movement' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Walk the dog', source: 'custom', summary: '', steps: [] });
    // The id says nothing of the name: ids are stored in plain text, the name is encrypted.
    expect(created.body.id).toMatch(/^custom-[0-9a-f]{10}$/);
    walkTheDog = created.body.id;
    const again = await sam.post('/skills', { name: 'Walk the dog', kind: 'coping', family: 'movement', steps: ['leash', 'go'] });
    expect(again.body.id).toMatch(/^custom-[0-9a-f]{10}$/);
    expect(again.body.id).not.toBe(walkTheDog);

    expect((await sam.get('/skills')).body.skills.slice(-2).map((skill: { id: string }) => skill.id).sort()).toEqual([walkTheDog, again.body.id].sort());
    expect((await sam.post('/moments', createMoment({ skillIds: [walkTheDog] }))).status).toBe(201);

    const kimsMoment = await kim.post('/moments', createMoment({ skillIds: [walkTheDog] }));
    expect(kimsMoment.status).toBe(400);
    expect(kimsMoment.body.error.fields).toHaveProperty('skillIds');
    expect((await kim.get('/skills')).body.skills).toHaveLength(CATALOGUE.length);
  });

  it('re-classifies a catalogue skill for one person and goes back', async () => {
    const skill = CATALOGUE[0]!;
    const kind = skill.kind === 'maladaptive' ? 'coping' : 'maladaptive';
    const classified = await sam.put(`/skills/${skill.id}/classification`, { kind, family: 'avoidance' });
    expect(classified.status).toBe(200);
    expect(classified.body).toMatchObject({ id: skill.id, kind, family: 'avoidance', catalogueKind: skill.kind, catalogueFamily: skill.family });
    const listed = (await sam.get('/skills')).body.skills.find((view: { id: string }) => view.id === skill.id);
    expect(listed).toEqual(classified.body);
    // Only for Sam.
    const kims = (await kim.get('/skills')).body.skills.find((view: { id: string }) => view.id === skill.id);
    expect(kims).toMatchObject({ kind: skill.kind, catalogueKind: null });

    const reset = await sam.delete(`/skills/${skill.id}/classification`);
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ kind: skill.kind, family: skill.family, catalogueKind: null });
  });

  it('re-classifies one’s own skill', async () => {
    const classified = await sam.put(`/skills/${walkTheDog}/classification`, { kind: 'maladaptive', family: 'avoidance' });
    expect(classified.body).toMatchObject({ source: 'custom', kind: 'maladaptive', family: 'avoidance' });
    expect((await sam.delete(`/skills/${walkTheDog}/classification`)).body).toMatchObject({ kind: 'coping', family: 'movement' });
  });

  it('answers 404 for a skill the person does not have', async () => {
    expect((await sam.put('/skills/no-such-skill/classification', { kind: 'coping', family: 'other' })).status).toBe(404);
    expect((await kim.put(`/skills/${walkTheDog}/classification`, { kind: 'coping', family: 'other' })).status).toBe(404);
    expect((await kim.delete(`/skills/${walkTheDog}/classification`)).status).toBe(404);
  });

  it('checks a new skill’s fields', async () => {
    const response = await sam.post('/skills', { name: '', kind: 'good', family: 'whatever' });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error.fields).sort()).toEqual(['family', 'kind', 'name']);
  });

  it('counts tags over the person’s own moments, most used first', async () => {
    const browser = server.client();
    await browser.register('tagger');
    await browser.post('/moments', createMoment({ triggerTags: ['work', 'money'], contextTags: ['home'] }));
    await browser.post('/moments', createMoment({ triggerTags: ['money'], contextTags: ['home', 'alone'] }));
    await browser.post('/moments', createMoment({ triggerTags: ['money', 'family'], contextTags: [] }));
    const response = await browser.get('/tags');
    expect(response.body).toEqual({
      triggerTags: [
        { tag: 'money', count: 3 },
        { tag: 'family', count: 1 },
        { tag: 'work', count: 1 },
      ],
      contextTags: [
        { tag: 'home', count: 2 },
        { tag: 'alone', count: 1 },
      ],
    });
  });
});
