import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describeSessionPrep, type SessionPrep, type SessionPrepWeek } from '@mend/core';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';

/**
 * The 14 standard PDF fonts only know WinAnsi: a name like "Zoë Łukasz 李" or an own skill in
 * Greek or Hebrew would come out as boxes. So the text is set in embedded TrueType fonts from
 * npm packages (pdfkit embeds only the glyphs used): DejaVu Sans (Bitstream Vera licence, free)
 * for Latin, Greek, Cyrillic, Hebrew, Arabic and more, and Noto Sans SC (SIL OFL 1.1) for
 * Chinese and Japanese characters, which DejaVu lacks. Each stretch of text goes to the first of
 * them that has its glyphs. Known limits: no Hangul, Devanagari or Thai glyphs in either (they
 * show as empty boxes), and right-to-left text is set left to right.
 */
const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  cjk: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
} as const;
type FontName = keyof typeof FONT_FILES;

interface LoadedFont {
  data: Buffer;
  /** Height above the baseline, in thousandths of the font size. */
  ascender: number;
  covers(codePoint: number): boolean;
}

type Fonts = Record<'regular' | 'bold', LoadedFont> & { cjk: LoadedFont | null };

const loading = new Map<FontName, Promise<LoadedFont>>();

/** Each font is read once per process, and the CJK one (10 MB) only once a summary needs it. */
function loadFont(name: FontName): Promise<LoadedFont> {
  let font = loading.get(name);
  if (!font) {
    font = readFile(FONT_FILES[name]).then((data) => {
      const parsed = fontkit.create(data);
      if (!('hasGlyphForCodePoint' in parsed)) throw new Error(`${FONT_FILES[name]} is a font collection, not one font`);
      return { data, ascender: (parsed.ascent * 1000) / parsed.unitsPerEm, covers: (codePoint: number) => parsed.hasGlyphForCodePoint(codePoint) };
    });
    loading.set(name, font);
    font.catch(() => loading.delete(name));
  }
  return font;
}

async function fontsFor(texts: readonly string[]): Promise<Fonts> {
  const [regular, bold] = await Promise.all([loadFont('regular'), loadFont('bold')]);
  const lacking = texts.some((text) => {
    for (const character of text) {
      const codePoint = character.codePointAt(0)!;
      if (codePoint > 0x20 && !(regular.covers(codePoint) && bold.covers(codePoint))) return true;
    }
    return false;
  });
  return { regular, bold, cjk: lacking ? await loadFont('cjk') : null };
}

const PAGE_MARGIN = 56;
const FOOTER_SPACE = 40;
const INK = '#1f2933';
const MUTED = '#52606d';
const BEFORE_FILL = '#9fb3c8';
const AFTER_FILL = '#334e68';

/**
 * The session-prep summary as a PDF to download or print: describeSessionPrep's words (the same
 * as the web page), a bar drawing of weekly distress whose numbers are also in the text, and a
 * footer on every page saying who it is for and what Mend is not.
 */
export async function renderSessionPrepPdf(prep: SessionPrep): Promise<Buffer> {
  const words = describeSessionPrep(prep);
  const footer = words.footer;
  const fonts = await fontsFor([words.title, footer, ...words.sections.flatMap((section) => [section.heading, ...section.lines])]);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE_MARGIN, left: PAGE_MARGIN, right: PAGE_MARGIN, bottom: PAGE_MARGIN + FOOTER_SPACE },
    bufferPages: true,
    lang: 'en',
    displayTitle: true,
    info: { Title: `${words.title} · ${words.period}`, Author: 'Mend', Subject: 'Session prep summary', Creator: 'Mend' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont('regular', fonts.regular.data);
  doc.registerFont('bold', fonts.bold.data);
  const registered = new Set<FontName>(['regular', 'bold']);
  const write = (text: string, base: 'regular' | 'bold', size: number, options: PDFKit.Mixins.TextOptions = {}) => {
    const runs = fontRuns(text, base, fonts);
    runs.forEach((run, index) => {
      if (!registered.has(run.font)) {
        doc.registerFont(run.font, fonts[run.font]!.data);
        registered.add(run.font);
      }
      // pdfkit hangs each fragment from its own font's ascender; Noto's is taller, so set its
      // baseline where the base font's is, or the characters sit low on the line.
      const baseline = run.font === base ? {} : { baseline: -(fonts[base].ascender / 1000) * size };
      doc.font(run.font).fontSize(size).text(run.text, { ...options, ...baseline, continued: index < runs.length - 1 });
    });
  };

  doc.fillColor(INK);
  write(words.title, 'bold', 18);
  doc.fillColor(MUTED);
  write(words.period, 'regular', 11);
  doc.moveDown(0.8);

  for (const section of words.sections) {
    doc.fillColor(INK);
    if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
    write(section.heading, 'bold', 13);
    doc.moveDown(0.3);
    section.lines.forEach((line, index) => {
      write(line, 'regular', 10, { paragraphGap: 3 });
      if (section.id === 'distress' && index === 0 && prep.moments > 0) drawDistressChart(doc, prep.distress.weeks, write);
    });
    doc.moveDown(0.8);
  }

  writeFooters(doc, footer, write);
  doc.end();
  return ended;
}

type Write = (text: string, base: 'regular' | 'bold', size: number, options?: PDFKit.Mixins.TextOptions) => void;

/** Weekly mean distress before (wide, light) and after (narrow, dark) coping, on a 0–10 scale. */
function drawDistressChart(doc: PDFKit.PDFDocument, weeks: readonly SessionPrepWeek[], write: Write): void {
  const height = 110;
  const labelSpace = 14;
  if (doc.y + height + labelSpace + 24 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const left = doc.page.margins.left + 18;
  const width = doc.page.width - doc.page.margins.right - left;
  const top = doc.y + 8;
  const bottom = top + height;
  const scale = (value: number) => bottom - (value / 10) * height;

  doc.save();
  doc.lineWidth(0.5).strokeColor('#d9e2ec');
  for (const value of [0, 5, 10]) {
    doc.moveTo(left, scale(value)).lineTo(left + width, scale(value)).stroke();
    doc.fillColor(MUTED).font('regular').fontSize(7).text(String(value), left - 16, scale(value) - 3, { width: 12, align: 'right', lineBreak: false });
  }
  const slot = width / Math.max(weeks.length, 1);
  const labelEvery = Math.ceil(weeks.length / 8);
  weeks.forEach((week, index) => {
    const x = left + index * slot;
    if (week.meanBefore !== null) doc.rect(x + slot * 0.15, scale(week.meanBefore), slot * 0.7, bottom - scale(week.meanBefore)).fill(BEFORE_FILL);
    if (week.meanAfter !== null) doc.rect(x + slot * 0.35, scale(week.meanAfter), slot * 0.3, bottom - scale(week.meanAfter)).fill(AFTER_FILL);
    if (index % labelEvery === 0) {
      doc.fillColor(MUTED).font('regular').fontSize(7).text(shortDate(week.weekStart), x, bottom + 3, { width: slot * labelEvery, lineBreak: false });
    }
  });
  doc.restore();
  doc.x = doc.page.margins.left;
  doc.y = bottom + labelSpace + 4;
  doc.fillColor(MUTED);
  write('Bars: mean distress before coping each week (light) and after (dark), 0–10. The numbers are listed below.', 'regular', 8, {
    width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
  });
  doc.fillColor(INK);
  doc.moveDown(0.5);
}

function writeFooters(doc: PDFKit.PDFDocument, text: string, write: Write): void {
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page);
    // Writing below the bottom margin would start a new page: lift it while the footer is set.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.x = doc.page.margins.left;
    doc.y = doc.page.height - PAGE_MARGIN - FOOTER_SPACE + 12;
    doc.fillColor(MUTED);
    // Left-aligned: centred, pdfkit lost the space where a line changes font ("Łukasz李").
    write(text, 'regular', 8, { width: doc.page.width - doc.page.margins.left - doc.page.margins.right });
    doc.page.margins.bottom = bottom;
  }
}

/** The text cut where the font that can draw it changes; characters no font has stay in the base font. */
function fontRuns(text: string, base: 'regular' | 'bold', fonts: Fonts): { font: FontName; text: string }[] {
  const runs: { font: FontName; text: string }[] = [];
  // Spaces join the text after them (both fonts have one), so no fragment ends in a space.
  let spaces = '';
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint <= 0x20) {
      spaces += character;
      continue;
    }
    const font: FontName = fonts[base].covers(codePoint) || !fonts.cjk?.covers(codePoint) ? base : 'cjk';
    const last = runs.at(-1);
    if (last && last.font === font) last.text += spaces + character;
    else runs.push({ font, text: spaces + character });
    spaces = '';
  }
  if (spaces) runs.push({ font: base, text: spaces });
  return runs.length ? runs : [{ font: base, text: '' }];
}

function shortDate(localDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${localDate}T00:00:00Z`));
}
