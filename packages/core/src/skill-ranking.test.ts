import { describe, expect, it } from 'vitest';
import { quickSkillIds, rankSkillsByUse, type RankableSkill } from './skill-ranking';

const now = new Date('2026-11-20T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();

const skills: RankableSkill[] = [
  { id: 'box-breathing', kind: 'coping', family: 'breathing' },
  { id: 'slow-exhale', kind: 'coping', family: 'breathing' },
  { id: 'five-senses', kind: 'coping', family: 'grounding' },
  { id: 'walk', kind: 'coping', family: 'movement' },
  { id: 'call-a-friend', kind: 'coping', family: 'connection' },
  { id: 'endless-scrolling', kind: 'maladaptive', family: 'numbing' },
  { id: 'reframe-belief', kind: 'healing', family: 'core-beliefs' },
];

describe('rankSkillsByUse', () => {
  it('returns nothing without history', () => {
    expect(rankSkillsByUse([], now)).toEqual([]);
  });

  it('puts the most used first', () => {
    const moments = [
      { occurredAt: daysAgo(1), skillIds: ['walk'] },
      { occurredAt: daysAgo(2), skillIds: ['box-breathing', 'walk'] },
      { occurredAt: daysAgo(3), skillIds: ['walk'] },
    ];
    expect(rankSkillsByUse(moments, now)).toEqual(['walk', 'box-breathing']);
  });

  it('lets recent use outweigh old habits', () => {
    const moments = [
      { occurredAt: daysAgo(0), skillIds: ['endless-scrolling'] },
      { occurredAt: daysAgo(90), skillIds: ['walk'] },
      { occurredAt: daysAgo(91), skillIds: ['walk'] },
      { occurredAt: daysAgo(92), skillIds: ['walk'] },
    ];
    expect(rankSkillsByUse(moments, now)[0]).toBe('endless-scrolling');
  });

  it('breaks ties by the latest use, then by id', () => {
    const moments = [
      { occurredAt: daysAgo(5), skillIds: ['walk', 'five-senses'] },
      { occurredAt: daysAgo(5), skillIds: ['call-a-friend'] },
    ];
    expect(rankSkillsByUse(moments, now)).toEqual(['call-a-friend', 'five-senses', 'walk']);
  });

  it('counts a skill listed twice in one moment once, and ignores bad dates', () => {
    const moments = [
      { occurredAt: daysAgo(1), skillIds: ['walk', 'walk'] },
      { occurredAt: daysAgo(1), skillIds: ['five-senses'] },
      { occurredAt: 'not a date', skillIds: ['walk'] },
    ];
    expect(rankSkillsByUse(moments, now)).toEqual(['five-senses', 'walk']);
  });
});

describe('quickSkillIds', () => {
  it('offers one coping skill per default family when there is no history', () => {
    expect(quickSkillIds(skills, [], now, 4)).toEqual(['box-breathing', 'five-senses', 'walk', 'call-a-friend']);
  });

  it('puts history first, tops up with defaults, and skips skills that no longer exist', () => {
    const moments = [
      { occurredAt: daysAgo(1), skillIds: ['endless-scrolling', 'deleted-skill'] },
      { occurredAt: daysAgo(2), skillIds: ['endless-scrolling', 'five-senses'] },
    ];
    expect(quickSkillIds(skills, moments, now, 4)).toEqual(['endless-scrolling', 'five-senses', 'box-breathing', 'walk']);
  });

  it('never returns more than asked for', () => {
    const moments = skills.map((skill, index) => ({ occurredAt: daysAgo(index), skillIds: [skill.id] }));
    expect(quickSkillIds(skills, moments, now, 3)).toEqual(['box-breathing', 'slow-exhale', 'five-senses']);
  });
});
