import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test-support/test-client';
import { MAX_DAYLIO_ROWS } from './daylio-import';
import { startTestServer, type TestServer } from '../test-support/test-server';

/** A small export as Daylio writes it: a BOM, quoted fields, commas and newlines inside notes, 12-hour times. */
const DAYLIO_CSV = '\uFEFF' + [
  'full_date,date,weekday,time,mood,activities,note_title,note',
  '2026-11-01,"November 1",Sunday,"9:05 pm",awful,"friends | walk","Rough evening","Called Sam, then walked.\nStill shaky."',
  '2026-11-01,"November 1",Sunday,"8:30 am",good,walk,"",""',
  '2026-10-31,"October 31",Saturday,"12:15 am",meh,"Reading|walk",,"A quiet, slow night"',
  '2026-10-30,"October 30",Friday,"21:40",bad,"",,""',
].join('\n');

const importCsv = (client: TestClient, csv: string, query = '') =>
  client.request('POST', `/import/daylio${query}`, { raw: csv, headers: { 'content-type': 'text/csv' } });

/** The person's own skills' ids by name (ids are random; names are what the file had). */
async function skillIdsByName(client: TestClient): Promise<Record<string, string>> {
  const skills: { id: string; name: string; source: string }[] = (await client.get('/skills')).body.skills;
  return Object.fromEntries(skills.filter((skill) => skill.source === 'custom').map((skill) => [skill.name, skill.id]));
}

describe('importing from Daylio', () => {
  let server: TestServer;
  let ana: TestClient;
  let ben: TestClient;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    ana = server.client();
    await ana.register('ana-daylio');
    ben = server.client();
    await ben.register('ben-daylio');
  });
  afterAll(() => server.close());

  it('turns each row into a moment, moods into distress, activities into skills awaiting classification', async () => {
    const response = await importCsv(ana, DAYLIO_CSV);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ imported: 4, alreadyThere: 0, refused: [], skillsCreated: 3 });

    const moments = (await ana.get('/moments?limit=10')).body.moments;
    expect(moments.map((moment: { occurredAt: string; distressBefore: number }) => [moment.occurredAt, moment.distressBefore])).toEqual([
      ['2026-11-01T21:05:00.000Z', 8],
      ['2026-11-01T08:30:00.000Z', 2],
      ['2026-10-31T00:15:00.000Z', 4],
      ['2026-10-30T21:40:00.000Z', 6],
    ]);
    expect(moments[0].note).toBe('Rough evening\n\nCalled Sam, then walked.\nStill shaky.');
    expect(moments[0].id).toMatch(/^daylio-[0-9a-f]{32}$/);
    const named = await skillIdsByName(ana);
    expect([...moments[0].skillIds].sort()).toEqual([named.friends, named.walk].sort());
    expect([...moments[2].skillIds].sort()).toEqual([named.Reading, named.walk].sort());
    expect(moments[3]).toMatchObject({ skillIds: [], note: null });

    const skills = (await ana.get('/skills')).body.skills.filter((skill: { source: string }) => skill.source === 'custom');
    expect(skills.map((skill: { name: string; kind: string; family: string; awaitingClassification: boolean }) => [skill.name, skill.kind, skill.family, skill.awaitingClassification]).sort()).toEqual([
      ['Reading', 'coping', 'other', true],
      ['friends', 'coping', 'other', true],
      ['walk', 'coping', 'other', true],
    ]);
  });

  it('imports nothing new the second time, and reuses skills by name whatever the case', async () => {
    const again = await importCsv(ana, DAYLIO_CSV);
    expect(again.body).toEqual({ imported: 0, alreadyThere: 4, refused: [], skillsCreated: 0 });
    const more = await importCsv(ana, 'full_date,date,weekday,time,mood,activities,note_title,note\n2026-10-01,x,x,07:00,rad,WALK | reading,,');
    expect(more.body).toEqual({ imported: 1, alreadyThere: 0, refused: [], skillsCreated: 0 });
  });

  it('clears the flag when the person classifies the skill', async () => {
    const named = await skillIdsByName(ana);
    const classified = await ana.put(`/skills/${named.walk}/classification`, { kind: 'maladaptive', family: 'avoidance' });
    expect(classified.body).toMatchObject({ kind: 'maladaptive', family: 'avoidance', awaitingClassification: false });
    const walk = (await ana.get('/skills')).body.skills.find((skill: { id: string }) => skill.id === named.walk);
    expect(walk.awaitingClassification).toBe(false);
    const exported = (await ana.get('/export')).body.customSkills;
    expect(exported.find((skill: { id: string }) => skill.id === named.walk).awaitingClassification).toBe(false);
    expect(exported.find((skill: { id: string }) => skill.id === named.friends).awaitingClassification).toBe(true);
  });

  it('refuses rows with an unknown mood, a bad date or a future date, naming the row, and imports the rest', async () => {
    const csv = [
      'full_date,date,weekday,time,mood,activities,note_title,note',
      '2026-09-01,x,x,10:00,meh,,,',
      '2026-09-02,x,x,10:00,sleepy,,,',
      '2026-02-30,x,x,10:00,meh,,,',
      '2026-12-25,x,x,10:00,meh,,,',
      '2026-09-03,x,x,25:00,meh,,,',
      // A mood named after something every JavaScript object has is still just an unknown mood.
      '2026-09-04,x,x,10:00,constructor,,,',
      '2026-09-05,x,x,10:00,__proto__,,,',
    ].join('\n');
    const response = await importCsv(ben, csv);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      imported: 1,
      alreadyThere: 0,
      skillsCreated: 0,
      refused: [
        { row: 2, reason: 'mood "sleepy" has no distress level: add it to moods' },
        { row: 3, reason: 'full_date "2026-02-30" is not a date like 2026-11-02' },
        { row: 4, reason: '2026-12-25 10:00 is in the future' },
        { row: 5, reason: 'time "25:00" is not a time like 21:05 or 9:05 pm' },
        { row: 6, reason: 'mood "constructor" has no distress level: add it to moods' },
        { row: 7, reason: 'mood "__proto__" has no distress level: add it to moods' },
      ],
    });
  });

  it('takes a custom mood map and a time zone', async () => {
    const csv = 'full_date,date,weekday,time,mood,activities,note_title,note\n2026-08-01,x,x,9:00 pm,sleepy,,,\n2026-08-02,x,x,9:00 am,awful,,,';
    const response = await importCsv(ben, csv, '?moods=sleepy:3,awful:10&timeZone=Europe/Dublin');
    expect(response.body).toMatchObject({ imported: 2, refused: [] });
    const moments = (await ben.get('/moments?limit=10')).body.moments;
    expect(moments.slice(1, 3).map((moment: { occurredAt: string; distressBefore: number }) => [moment.occurredAt, moment.distressBefore])).toEqual([
      ['2026-08-02T08:00:00.000Z', 10],
      ['2026-08-01T20:00:00.000Z', 3],
    ]);
  });

  it('answers 400 for a wrong header, an empty file or a bad mood map, and stores nothing', async () => {
    const carla = server.client();
    await carla.register('carla-daylio');
    const wrong = await importCsv(carla, 'date,feeling\n2026-01-01,meh');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toContain('full_date, time, mood');
    expect((await importCsv(carla, '')).status).toBe(400);
    expect((await importCsv(carla, '\uFEFFfull_date,date,weekday,time,mood,activities,note_title,note\n')).body.error.message).toContain('no entries');
    expect((await importCsv(carla, DAYLIO_CSV, '?moods=rad')).status).toBe(400);
    // One import is one transaction: a file past the bound is refused whole, with how to split it.
    const huge = ['full_date,date,weekday,time,mood,activities,note_title,note', ...Array.from({ length: MAX_DAYLIO_ROWS + 1 }, () => '2026-01-01,x,x,10:00,meh,,,')].join('\n');
    const tooMany = await importCsv(carla, huge);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toContain(`up to ${MAX_DAYLIO_ROWS}`);
    expect((await carla.get('/moments')).body.moments).toEqual([]);
    expect((await carla.get('/skills')).body.skills.filter((skill: { source: string }) => skill.source === 'custom')).toEqual([]);
  });

  it('wants text/csv, and leaves another person untouched', async () => {
    const json = await ana.post('/import/daylio', { csv: DAYLIO_CSV });
    expect(json.status).toBe(415);
    const benSkills = (await ben.get('/skills')).body.skills.filter((skill: { source: string }) => skill.source === 'custom');
    expect(benSkills).toEqual([]);
    expect((await ben.get('/moments?limit=50')).body.moments).toHaveLength(3);
  });

  it('is described as a text/csv body in the OpenAPI document', async () => {
    const document = (await ana.get('/openapi.json')).body;
    expect(Object.keys(document.paths['/api/v1/import/daylio'].post.requestBody.content)).toEqual(['text/csv']);
  });
});
