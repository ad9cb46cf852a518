import { describe, expect, it } from 'vitest';
import { familiesForTag, suggestHealingSkills } from './healing-suggestions';
import { SKILLS, ago, createMoment, createSkill, insightsOf } from './insights-factories';
import type { InsightsMoment } from './insights-input';

/** One moment per distress value, oldest first, two days apart, ending two days ago. */
function series(tag: string, distress: readonly number[]): InsightsMoment[] {
  return distress.map((value, index) => createMoment({ occurredAt: ago(2 + 2 * (distress.length - 1 - index)), triggerTags: [tag], distressBefore: value }));
}

describe('recurring triggers', () => {
  it('finds a trigger at least 4 times in 4 weeks whose distress is not falling, with healing skills that fit', () => {
    const { recurringTriggers } = insightsOf(series('work-conflict', [6, 7, 6, 7]));
    expect(recurringTriggers).toEqual([{
      tag: 'work-conflict', count: 4, earlierMeanDistress: 6.5, laterMeanDistress: 6.5,
      suggestedSkillIds: ['setting-a-boundary', 'identifying-core-beliefs', 'self-compassion-pause'],
    }]);
  });

  it('leaves out a trigger whose distress is falling (the later half at least half a point lower)', () => {
    expect(insightsOf(series('family', [8, 8, 6, 7])).recurringTriggers).toEqual([]);
    // Exactly half a point lower is not yet falling.
    expect(insightsOf(series('family', [7, 7, 7, 6])).recurringTriggers.map((trigger) => trigger.laterMeanDistress)).toEqual([6.5]);
  });

  it('needs 4 moments inside the last 28 days', () => {
    expect(insightsOf(series('money', [6, 6, 6])).recurringTriggers).toEqual([]);
    const withOldOne = [...series('money', [6, 6, 6]), createMoment({ occurredAt: ago(28), triggerTags: ['money'] })];
    expect(insightsOf(withOldOne).recurringTriggers).toEqual([]);
    const withRecentOne = [...series('money', [6, 6, 6]), createMoment({ occurredAt: ago(27, 23), triggerTags: ['money'], distressBefore: 6 })];
    expect(insightsOf(withRecentOne).recurringTriggers.map((trigger) => trigger.count)).toEqual([4]);
  });

  it('compares the older and newer halves, leaving the middle moment out when the count is odd', () => {
    const [trigger] = insightsOf(series('money', [9, 5, 1, 5, 9])).recurringTriggers;
    expect(trigger).toMatchObject({ count: 5, earlierMeanDistress: 7, laterMeanDistress: 7 });
  });

  it('orders by count, then tag', () => {
    const moments = [...series('money', [6, 6, 6, 6]), ...series('family', [6, 6, 6, 6, 6]), ...series('health', [6, 6, 6, 6])];
    expect(insightsOf(moments).recurringTriggers.map((trigger) => trigger.tag)).toEqual(['family', 'health', 'money']);
  });
});

describe('healing suggestions for a trigger', () => {
  it('maps the words of a tag to healing families', () => {
    expect(familiesForTag('work-conflict')).toEqual(['boundaries', 'core-beliefs', 'self-compassion', 'emotion-processing']);
    expect(familiesForTag('poor-sleep')).toEqual(['regulation', 'allowing-feelings']);
    expect(familiesForTag('grief')).toEqual(['grief', 'allowing-feelings']);
    expect(familiesForTag('something-else')).toEqual([]);
  });

  it('puts a skill named after the trigger first within its family', () => {
    const skills = [createSkill('whats-under-anxiety', 'healing', 'emotion-processing'), createSkill('whats-under-anger', 'healing', 'emotion-processing')];
    expect(suggestHealingSkills('anger', skills)).toEqual(['whats-under-anger', 'whats-under-anxiety']);
  });

  it('falls back to gentle general healing work for a tag it does not know', () => {
    expect(suggestHealingSkills('the-neighbours-dog', SKILLS)).toEqual(['self-compassion-pause', 'sitting-with-a-feeling', 'widening-window-of-tolerance']);
  });

  it('never puts work meant for a therapist first, and offers it only after something to try alone', () => {
    const therapistWork = createSkill('processing-emotional-memories', 'healing', 'emotion-processing', { withTherapist: true });
    const underAnger = createSkill('whats-under-anger', 'healing', 'emotion-processing');
    expect(suggestHealingSkills('anger', [therapistWork, underAnger])).toEqual(['whats-under-anger', 'processing-emotional-memories']);
    expect(suggestHealingSkills('anger', [therapistWork])).toEqual([]);
  });

  it('uses the person\'s own classification: a skill they call coping is not offered as healing', () => {
    const skills = SKILLS.map((skill) => (skill.id === 'setting-a-boundary' ? { ...skill, kind: 'coping' as const } : skill));
    expect(suggestHealingSkills('work-conflict', skills)).not.toContain('setting-a-boundary');
  });
});
