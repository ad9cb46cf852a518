import { performance } from 'node:perf_hooks';
import {
  buildSessionPrep, buildSkillViews, CATALOGUE, customSkillView, describeSessionPrep, type InsightsMoment, type SessionPrep,
} from '@mend/core';
import { describe, expect, it } from 'vitest';
import { renderSessionPrepPdf } from './session-prep-pdf';

const TO = new Date('2026-11-30T11:00:00.000Z');
const DAY = 86_400_000;
const PERSON = { id: 'person-1', name: 'Zoë Łukasz 李' };
const OWN_SKILLS = [
  customSkillView({ id: 'custom-lazni', name: 'Łaźnia w sobotę', kind: 'healing', family: 'other', summary: '', steps: [], createdAt: '2026-01-01T00:00:00.000Z', awaitingClassification: false }),
  customSkillView({ id: 'custom-perpat', name: 'Περπάτημα στη θάλασσα', kind: 'coping', family: 'movement', summary: '', steps: [], createdAt: '2026-01-01T00:00:00.000Z', awaitingClassification: false }),
];
const SKILLS = [...buildSkillViews(CATALOGUE, [], []), ...OWN_SKILLS];

/** `days` days of history up to TO, `perDay` moments a day, with skills, triggers and after values varying but fixed. */
function history(days: number, perDay: number): InsightsMoment[] {
  // Box breathing and the walk by the sea keep their relief two hours on; scrolling's fades.
  const skillIds = ['box-breathing', 'endless-scrolling', 'custom-perpat', 'sitting-with-a-feeling'];
  const tags = ['work-conflict', 'money', 'alone', 'family', 'health'];
  return Array.from({ length: days * perDay }, (_, index) => {
    const at = TO.getTime() - (index * DAY) / perDay - 3 * 3_600_000;
    const before = 5 + ((index * 5) % 5);
    const skillId = skillIds[index % skillIds.length]!;
    const after = index % 7 === 0 ? null : before - 3;
    return {
      occurredAt: new Date(at).toISOString(),
      distressBefore: before,
      distressAfter: after,
      arousal: index % 5 === 0 ? 'hypo' : 'hyper',
      triggerTags: [tags[index % tags.length]!],
      contextTags: [],
      skillIds: [skillId],
      followUps: after === null ? [] : [{ at: new Date(at + 2 * 3_600_000).toISOString(), distress: skillId === 'endless-scrolling' ? before : after }],
      satWithFeeling: index % 6 === 0,
    };
  });
}

function prepFor(days: number, perDay: number): SessionPrep {
  return buildSessionPrep({
    person: PERSON,
    from: new Date(TO.getTime() - days * DAY),
    to: TO,
    timeZone: 'Pacific/Auckland',
    moments: history(days, perDay),
    practices: [
      { skillId: 'custom-lazni', startedAt: new Date(TO.getTime() - 2 * DAY).toISOString(), durationSeconds: 1500, steppedBack: true, pathAreaId: null },
    ],
    skills: SKILLS,
  });
}

interface PdfText {
  pages: string[];
  title: unknown;
}

/** The text of every page, by Mozilla's PDF.js, whitespace collapsed (wrapping moves line breaks). */
async function readPdf(buffer: Buffer): Promise<PdfText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(buffer), disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
    pages.push(text.replace(/\s+/g, ' ').trim());
  }
  const { info } = await document.getMetadata();
  await document.destroy();
  return { pages, title: (info as { Title?: unknown }).Title };
}

describe('renderSessionPrepPdf', () => {
  it('is a PDF holding the summary\'s words, names in any script, and the footer on every page', async () => {
    const prep = prepFor(30, 2);
    const pdf = await renderSessionPrepPdf(prep);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { pages, title } = await readPdf(pdf);
    const text = pages.join(' ');
    const words = describeSessionPrep(prep);
    expect(words.period).toBe('1–30 Nov 2026');
    expect(title).toBe('Session prep for Zoë Łukasz 李 · 1–30 Nov 2026');
    expect(text).toContain('Session prep for Zoë Łukasz 李');
    for (const section of words.sections) {
      expect(text).toContain(section.heading);
      for (const line of section.lines) expect(text).toContain(line.replace(/\s+/g, ' '));
    }
    // The person's own skills, in Polish and in Greek, come out as written.
    expect(text).toContain('Łaźnia w sobotę: 1 session');
    expect(text).toContain('Περπάτημα στη θάλασσα');
    for (const page of pages) {
      expect(page).toContain('Prepared by Mend for Zoë Łukasz 李’s therapist · 1–30 Nov 2026 · Mend is not an emergency service and makes no diagnosis.');
    }
    // The drawing's caption, with the numbers in the text below it.
    expect(text).toContain('Bars: mean distress before coping each week');
  });

  it('says so when the period is empty, without a drawing', async () => {
    const prep = buildSessionPrep({ person: { id: 'p', name: 'Sam' }, from: new Date(TO.getTime() - 7 * DAY), to: TO, timeZone: 'UTC', moments: [], practices: [], skills: SKILLS });
    const { pages } = await readPdf(await renderSessionPrepPdf(prep));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('No moments logged in this period.');
    expect(pages[0]).toContain('No healing practice recorded in this period.');
    expect(pages[0]).toContain('Nothing flagged in this period.');
    expect(pages[0]).not.toContain('Bars:');
    expect(pages[0]).toContain('Prepared by Mend for Sam’s therapist');
  });

  it('renders a full year\'s summary over several pages, each with its footer', async () => {
    const prep = prepFor(366, 3);
    expect(prep.distress.weeks.length).toBeGreaterThanOrEqual(53);
    await renderSessionPrepPdf(prep); // fonts read and parsed once per process: not part of the figure
    const started = performance.now();
    const pdf = await renderSessionPrepPdf(prep);
    const milliseconds = performance.now() - started;
    console.info(`session-prep PDF, a year (${prep.moments} moments, ${prep.distress.weeks.length} weeks): ${milliseconds.toFixed(0)} ms, ${(pdf.length / 1024).toFixed(0)} KiB`);
    const { pages } = await readPdf(pdf);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Mend is not an emergency service and makes no diagnosis.');
    expect(pages.join(' ')).toContain(`Week of ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${prep.distress.weeks.at(-1)!.weekStart}T00:00:00Z`))}`);
    expect(milliseconds).toBeLessThan(5000);
  });
});
