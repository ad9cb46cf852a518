import { describe, expect, it } from 'vitest';
import { AS_OF, ago, createMoment, createUse, repeat } from '../insights/insights-factories';
import type { SessionPrep } from '../schemas/session-prep';
import { createPractice, prepOf } from './session-prep-factories';
import { describeSessionPrep } from './session-prep-words';

const MONDAY = new Date('2026-11-16T00:00:00Z');
const linesOf = (prep: SessionPrep, id: string) => describeSessionPrep(prep).sections.find((section) => section.id === id)?.lines;

describe('describeSessionPrep', () => {
  it('says so in every section when the period is empty', () => {
    const words = describeSessionPrep(prepOf([]));
    expect(words.title).toBe('Session prep for Zoë Łukasz 李');
    expect(words.period).toBe('23 Oct – 22 Nov 2026');
    expect(words.footer).toBe('Prepared by Mend for Zoë Łukasz 李’s therapist · 23 Oct – 22 Nov 2026 · Mend is not an emergency service and makes no diagnosis.');
    expect(words.sections.map((section) => [section.id, section.heading, section.lines])).toEqual([
      ['distress', 'Distress over the period', ['No moments logged in this period.']],
      ['soothed', 'What seemed to soothe', ['None of the skills used in this period has shown lasting relief yet.']],
      ['distracted', 'What seemed only to distract', ['None of the skills used in this period looks like it only distracts.']],
      ['triggers', 'Recurring triggers', ['No trigger tag came up more than once in this period.']],
      ['practice', 'Healing practice', ['No healing practice recorded in this period.']],
      ['wins', 'Wins', ['No wins noted by Mend in this period.']],
      ['flags', 'Worth a look together', ['Nothing flagged in this period.']],
    ]);
  });

  it('distress: the period in one line, then each week, empty weeks too', () => {
    const moments = [
      createMoment({ occurredAt: '2026-11-10T08:00:00Z', distressBefore: 7, distressAfter: 4 }),
      createMoment({ occurredAt: '2026-11-16T08:00:00Z', distressBefore: 8, distressAfter: 5 }),
      createMoment({ occurredAt: '2026-11-18T08:00:00Z', distressBefore: 6, distressAfter: 2 }),
      createMoment({ occurredAt: '2026-11-22T19:00:00Z', distressBefore: 5 }),
    ];
    expect(linesOf(prepOf(moments, { from: new Date('2026-11-02T00:00:00Z') }), 'distress')).toEqual([
      '4 moments; distress before coping 6.5 on average, after 3.7 (noted in 3 of them).',
      'Week of 2 Nov: no moments logged',
      'Week of 9 Nov: 1 moment, before 7.0, after 4.0, highest 7',
      'Week of 16 Nov: 3 moments, before 6.3, after 3.5, highest 8',
    ]);
    expect(linesOf(prepOf([createMoment({ occurredAt: ago(1), distressBefore: 4 })]), 'distress')?.[0]).toBe(
      '1 moment; distress before coping 4.0 on average (no distress afterwards noted).',
    );
  });

  it('soothed, distracted, triggers: the skills by name with their uses in the period', () => {
    const history = [
      ...repeat(4, (_, at) => createUse('box-breathing', 7, 4, 4, { occurredAt: at }), 40),
      ...repeat(4, (_, at) => createUse('endless-scrolling', 7, 4, 7, { occurredAt: at }), 50),
    ];
    const period = [
      createUse('box-breathing', 6, 3, null, { occurredAt: ago(2), triggerTags: ['work-conflict'] }),
      createUse('endless-scrolling', 7, 5, null, { occurredAt: ago(1), triggerTags: ['work-conflict'] }),
    ];
    const prep = prepOf([...history, ...period], { from: MONDAY });
    expect(linesOf(prep, 'soothed')).toEqual([
      'Box breathing: used in 1 moment; the relief mostly lasts.',
      'Whether a skill soothes or only distracts is judged from all of Zoë Łukasz 李’s moments up to the end of this period; the counts are for this period.',
    ]);
    expect(linesOf(prep, 'distracted')?.[0]).toBe(
      'Endless scrolling: used in 1 moment (classed as maladaptive coping); relief at the time that tends to fade, or the same trigger soon back.',
    );
    expect(linesOf(prep, 'triggers')).toEqual(['work-conflict: 2 moments']);
    // A page that has the names already (or newer ones) may pass them.
    const words = describeSessionPrep(prep, (id) => (id === 'box-breathing' ? 'Breathing in a box' : undefined));
    expect(words.sections[1]?.lines[0]).toBe('Breathing in a box: used in 1 moment; the relief mostly lasts.');
  });

  it('practice and wins', () => {
    const practices = [
      createPractice({ durationSeconds: 600 }),
      createPractice({ durationSeconds: 60, steppedBack: true }),
      createPractice({ skillId: 'self-compassion-pause', durationSeconds: 300 }),
    ];
    const moments = [createMoment({ occurredAt: ago(1), satWithFeeling: true }), createMoment({ occurredAt: ago(2), satWithFeeling: true })];
    const prep = prepOf(moments, { practices });
    expect(linesOf(prep, 'practice')).toEqual([
      '3 sessions, 16 minutes in all; stepped back to coping during 1 of them, as Mend invites whenever it is too much.',
      'Sitting with a feeling: 2 sessions',
      'Self compassion pause: 1 session',
    ]);
    expect(linesOf(prep, 'wins')).toEqual(['Stayed with the feeling instead of pushing it away in 2 moments.']);
    const eased = [createUse('overworking', 9, 6, null, { occurredAt: ago(80) }), createUse('overworking', 9, 6, null, { occurredAt: ago(60) }), createUse('walk', 6, 3, null, { occurredAt: ago(3) })];
    expect(linesOf(prepOf(eased), 'wins')).toEqual([
      'Eased off Overworking: not used in the last 4 weeks, after earlier use, while other coping went on.',
    ]);
  });

  it('flags: one plain line each, with its numbers', () => {
    const prep: SessionPrep = {
      ...prepOf([]),
      moments: 12,
      flags: [
        { kind: 'coping-not-enough', count: 5, skillId: null, name: null },
        { kind: 'only-way', count: 9, skillId: 'endless-scrolling', name: 'Endless scrolling' },
        { kind: 'maladaptive-rising', count: null, skillId: null, name: null },
        { kind: 'often-outside-window', count: 7, skillId: null, name: null },
        { kind: 'crisis-level', count: 1, skillId: null, name: null },
      ],
    };
    expect(linesOf(prep, 'flags')).toEqual([
      'In the last 14 days, 5 moments stayed at 7 or higher after trying two or more skills: coping may not be enough on its own right now.',
      'Endless scrolling was part of 9 moments in the last 30 days: it may be becoming the only way of coping.',
      'Coping that Zoë Łukasz 李 classes as maladaptive has taken a larger share of all coping in each of the last four complete weeks.',
      '7 of the 12 moments in this period were outside the window of tolerance (distress 8 or more, or numb and shut down).',
      '1 moment in this period reached distress 9 or 10.',
    ]);
  });

  it('dates the period in its time zone, a period ending at local midnight by the day before', () => {
    const auckland = prepOf([], { from: new Date('2026-10-31T11:00:00Z'), to: new Date('2026-11-30T11:00:00Z'), timeZone: 'Pacific/Auckland' });
    // 1 Nov 00:00 to 1 Dec 00:00 in Auckland (+13): 1 to 30 Nov there, 31 Oct to 30 Nov in UTC.
    expect(describeSessionPrep(auckland).period).toBe('1–30 Nov 2026');
    expect(describeSessionPrep({ ...auckland, timeZone: 'UTC' }).period).toBe('31 Oct – 30 Nov 2026');
    expect(describeSessionPrep(prepOf([], { from: new Date('2026-11-22T10:00:00Z'), to: AS_OF })).period).toBe('22 Nov 2026');
  });

  it('never judges: no word of blame, diagnosis or advice in a full summary', () => {
    const moments = [
      ...repeat(10, (index, at) => createUse(index < 7 ? ['endless-scrolling', 'alcohol-to-numb'] : 'walk', 9, 8, 8, { occurredAt: at, triggerTags: ['alone'], arousal: 'hypo' })),
    ];
    const words = describeSessionPrep(prepOf(moments, { practices: [createPractice({ steppedBack: true })] }));
    const text = [words.title, ...words.sections.flatMap((section) => [section.heading, ...section.lines])].join('\n');
    expect(words.sections.find((section) => section.id === 'flags')?.lines.length).toBeGreaterThanOrEqual(3);
    expect(text).not.toMatch(/\b(bad|wrong|fail\w*|should|must|unhealthy|disorder|diagnos\w*|streak)\b/i);
  });
});
