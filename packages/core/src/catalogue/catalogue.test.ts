import { describe, expect, it } from 'vitest';
import { CatalogueSkillSchema, SKILL_FAMILIES, SkillIdSchema, type CatalogueSkill, type SkillKind } from '../schemas/skill';
import { COPING_SKILLS } from './coping-skills';
import { ESSAY_EXAMPLES } from './essay-examples';
import { HEALING_SKILLS } from './healing-skills';
import { CATALOGUE, CATALOGUE_VERSION, catalogueSkill } from './index';
import { MALADAPTIVE_PATTERNS } from './maladaptive-patterns';

const ofKind = (kind: SkillKind) => CATALOGUE.filter((skill) => skill.kind === kind);

const texts = (skill: CatalogueSkill) => [
  skill.name, skill.summary, skill.whenItFits, skill.whatItDoes, skill.whatItDoesNot, ...skill.steps,
];

describe('catalogue', () => {
  it('is version 2 and concatenates the three lists', () => {
    expect(CATALOGUE_VERSION).toBe(2);
    expect(CATALOGUE).toEqual([...COPING_SKILLS, ...HEALING_SKILLS, ...MALADAPTIVE_PATTERNS]);
    expect(COPING_SKILLS.every((skill) => skill.kind === 'coping')).toBe(true);
    expect(HEALING_SKILLS.every((skill) => skill.kind === 'healing')).toBe(true);
    expect(MALADAPTIVE_PATTERNS.every((skill) => skill.kind === 'maladaptive')).toBe(true);
  });

  it.each(CATALOGUE.map((skill) => [skill.id, skill] as const))('%s parses with CatalogueSkillSchema', (_id, skill) => {
    const result = CatalogueSkillSchema.safeParse(skill);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    // Parsing trims; stored texts are already clean, so parsing changes nothing.
    expect(result.data).toEqual(skill);
  });

  it('has unique slug ids', () => {
    const ids = CATALOGUE.map((skill) => skill.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(SkillIdSchema.safeParse(id).success, id).toBe(true);
  });

  it('has at least 50 skills: 24 coping, 18 healing, 12 maladaptive', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(50);
    expect(ofKind('coping').length).toBeGreaterThanOrEqual(24);
    expect(ofKind('healing').length).toBeGreaterThanOrEqual(18);
    expect(ofKind('maladaptive').length).toBeGreaterThanOrEqual(12);
  });

  it('uses only listed families, and every coping and healing family appears', () => {
    for (const skill of CATALOGUE) expect(SKILL_FAMILIES).toContain(skill.family);
    const families = (kind: SkillKind) => new Set(ofKind(kind).map((skill) => skill.family));
    expect([...families('coping')].sort()).toEqual(
      ['breathing', 'connection', 'distraction', 'expression', 'grounding', 'movement', 'perspective', 'soothing'],
    );
    expect([...families('healing')].sort()).toEqual(
      ['allowing-feelings', 'boundaries', 'core-beliefs', 'emotion-processing', 'grief', 'regulation', 'self-compassion', 'self-trust'],
    );
    expect([...families('maladaptive')].sort()).toEqual(
      ['avoidance', 'numbing', 'overworking', 'people-pleasing', 'self-harm', 'withdrawal'],
    );
  });

  it('finds a skill by id', () => {
    expect(catalogueSkill('box-breathing')?.family).toBe('breathing');
    expect(catalogueSkill('endless-scrolling')?.kind).toBe('maladaptive');
    expect(catalogueSkill('challenging-core-beliefs')?.kind).toBe('healing');
    expect(catalogueSkill('no-such-skill')).toBeUndefined();
  });
});

describe('essay coverage', () => {
  it('has unique slug keys for the essay examples', () => {
    const keys = ESSAY_EXAMPLES.map((example) => example.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(ESSAY_EXAMPLES.map((example) => [example.key, example] as const))(
    '%s is covered by a skill of the same kind',
    (key, example) => {
      const covering = CATALOGUE.filter((skill) => skill.covers.includes(key));
      expect(covering.map((skill) => skill.kind)).toContain(example.kind);
    },
  );

  it('only covers keys that exist (no typos)', () => {
    const keys = new Set(ESSAY_EXAMPLES.map((example) => example.key));
    for (const skill of CATALOGUE) {
      for (const key of skill.covers) expect(keys.has(key), `${skill.id} covers unknown "${key}"`).toBe(true);
    }
  });
});

describe('care and safety', () => {
  it('points to crisis help from self-harm urges, and only there', () => {
    const crisis = CATALOGUE.filter((skill) => skill.pointsToCrisisHelp);
    expect(crisis.map((skill) => skill.id)).toEqual(['self-harm-urges']);
    const [selfHarm] = crisis;
    expect(selfHarm?.kind).toBe('maladaptive');
    expect(selfHarm?.family).toBe('self-harm');
    expect(texts(selfHarm!).join(' ')).toMatch(/crisis line/i);
    expect(texts(selfHarm!).join(' ')).toMatch(/not an emergency service/i);
  });

  it('marks some healing skills as best done with a therapist, and no others', () => {
    const withTherapist = CATALOGUE.filter((skill) => skill.withTherapist);
    expect(withTherapist.length).toBeGreaterThanOrEqual(2);
    for (const skill of withTherapist) expect(skill.kind).toBe('healing');
    expect(catalogueSkill('processing-emotional-memories')?.withTherapist).toBe(true);
  });

  it('has sensible distress ranges', () => {
    for (const skill of CATALOGUE) {
      expect(skill.distressRange.min, skill.id).toBeLessThanOrEqual(skill.distressRange.max);
    }
  });

  it('offers grounding and breathing for high distress', () => {
    for (const skill of CATALOGUE.filter((s) => s.family === 'grounding' || s.family === 'breathing')) {
      expect(skill.distressRange.max, skill.id).toBeGreaterThanOrEqual(8);
    }
  });

  it('keeps healing work for a settled state: inside the window, distress at most 6', () => {
    for (const skill of ofKind('healing')) {
      expect(skill.arousal, skill.id).toContain('window');
      expect(skill.distressRange.max, skill.id).toBeLessThanOrEqual(6);
    }
  });

  it('offers coping skills for numbness (hypo), not only for being wound up', () => {
    const forHypo = ofKind('coping').filter((skill) => skill.arousal.includes('hypo')).map((skill) => skill.id);
    expect(forHypo).toEqual(expect.arrayContaining(['cold-water', 'shake-it-out', 'burst-of-movement']));
  });

  it('guides every coping and healing skill in 3 to 7 steps', () => {
    for (const skill of [...ofKind('coping'), ...ofKind('healing')]) {
      expect(skill.steps.length, skill.id).toBeGreaterThanOrEqual(3);
      expect(skill.steps.length, skill.id).toBeLessThanOrEqual(7);
    }
  });

  it('gives maladaptive patterns no steps, or gentle "if you notice" ones', () => {
    for (const skill of ofKind('maladaptive')) {
      expect(skill.steps.length, skill.id).toBeLessThanOrEqual(7);
      if (skill.steps.length > 0 && !skill.pointsToCrisisHelp) expect(skill.steps[0], skill.id).toMatch(/^If you notice/);
    }
  });

  it('tells every healing skill\'s reader that stepping back into coping is okay', () => {
    for (const skill of ofKind('healing')) expect(skill.whatItDoesNot, skill.id).toMatch(/coping/i);
  });

  const MORALISING = /\b(bad|should|wrong|weak|weakness|failure|failing|lazy|addict|addiction)\b/i;

  it.each(ofKind('maladaptive').map((skill) => [skill.id, skill] as const))(
    '%s does not moralise',
    (_id, skill) => {
      for (const text of texts(skill)) expect(text).not.toMatch(MORALISING);
    },
  );

  it('does not moralise anywhere else in the catalogue either', () => {
    for (const skill of CATALOGUE) {
      for (const text of texts(skill)) expect(text, skill.id).not.toMatch(MORALISING);
    }
  });

  it('makes no diagnosis', () => {
    for (const skill of CATALOGUE) {
      for (const text of texts(skill)) expect(text, skill.id).not.toMatch(/\b(disorder|diagnos\w*|PTSD|you have (depression|anxiety))\b/i);
    }
  });

  it('ends every sentence-like text with punctuation', () => {
    for (const skill of CATALOGUE) {
      for (const text of [skill.summary, skill.whenItFits, skill.whatItDoes, skill.whatItDoesNot, ...skill.steps]) {
        expect(text, skill.id).toMatch(/[.?!"]$/);
      }
    }
  });
});
