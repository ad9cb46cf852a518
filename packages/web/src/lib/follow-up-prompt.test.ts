import { describe, expect, it } from 'vitest';
import { followUpPrompt } from './follow-up-prompt';
import { timeOfDay } from './group-by-day';

const name = (id: string) => ({ 'box-breathing': 'Box breathing', 'five-senses': 'Five senses' })[id] ?? id;
const now = new Date('2026-11-04T18:00:00Z');
const pending = (occurredAt: string, fields: object = {}) => ({
  momentId: 'm', occurredAt, dueAt: occurredAt, distressBefore: 8, distressAfter: null, skillIds: ['box-breathing'], ...fields,
});

describe('followUpPrompt', () => {
  it('says when, how hard it was, and what was tried, in the person’s time zone', () => {
    // Times follow the browser's own way of writing them ("14:05" or "02:05 PM").
    const time = (iso: string, zone = 'UTC') => timeOfDay(iso, zone);
    expect(followUpPrompt(pending('2026-11-04T14:05:00Z'), name, now, 'UTC')).toEqual({
      when: time('2026-11-04T14:05:00Z'), line: `Earlier, at ${time('2026-11-04T14:05:00Z')}, it was 8 — you tried Box breathing.`,
    });
    expect(followUpPrompt(pending('2026-11-04T14:05:00Z'), name, now, 'Europe/Berlin').when).toBe(time('2026-11-04T14:05:00Z', 'Europe/Berlin'));
  });

  it('names yesterday and older days, and reads well with an after value or no skills', () => {
    const evening = timeOfDay('2026-11-03T21:40:00Z', 'UTC');
    expect(followUpPrompt(pending('2026-11-03T21:40:00Z', { distressAfter: 4, skillIds: ['box-breathing', 'five-senses'] }), name, now, 'UTC'))
      .toEqual({ when: `yesterday ${evening}`, line: `Yesterday at ${evening}, it was 8, then 4 after Box breathing and Five senses.` });
    expect(followUpPrompt(pending('2026-11-02T21:40:00Z', { skillIds: [] }), name, now, 'UTC'))
      .toEqual({ when: `Monday ${evening}`, line: `On Monday at ${evening}, it was 8.` });
  });
});
