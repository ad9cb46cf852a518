import { fourPointQuestionnaire } from './four-point-questionnaire';

/**
 * Coping styles: 28 statements in Mend's own words, on the structure of the Brief COPE
 * (Carver 1997: 14 scales of two items, no reversed items, no total). Answers 1–4, each scale the
 * sum of its two items (2–8). Facts and sources: shared/reference/brief-cope.md, docs/self-checks.md.
 */
const STATEMENTS: Record<number, string> = {
  1: 'I kept my mind on other things (a show, my phone, chores) so I would think about it less.',
  2: 'I put my energy into doing something about what was happening.',
  3: 'I told myself it was not really happening.',
  4: 'I drank or used something to take the edge off.',
  5: 'I let someone close to me comfort me.',
  6: 'I stopped trying, because nothing seemed likely to work.',
  7: 'I took a concrete step, however small, to make things better.',
  8: 'I acted as if nothing had changed, even to myself.',
  9: 'I let what I felt spill out in words.',
  10: 'I asked someone who knows more for advice or practical help.',
  11: 'I reached for alcohol or another substance to get through it.',
  12: 'I looked at it from an angle that made it feel less bleak.',
  13: 'I was hard on myself about it.',
  14: 'I worked out what to do next, one step at a time.',
  15: 'I talked to someone and felt understood.',
  16: 'I stepped back from dealing with it at all.',
  17: 'I found something worthwhile in what happened.',
  18: 'I joked about it.',
  19: 'I did other things so I would not dwell on it.',
  20: 'I accepted that this is how things are right now.',
  21: 'I showed how upset I was.',
  22: 'I turned to my faith, a spiritual practice or my sense of meaning.',
  23: 'I got help or guidance from other people on what to do.',
  24: 'I learned to live alongside it.',
  25: 'I thought carefully about how to handle it.',
  26: 'I thought it was my own fault.',
  27: 'I prayed, meditated or reflected on something bigger than me.',
  28: 'I found something to laugh at in it.',
};

const COOPER_2008 =
  'Cooper, Katona & Livingston (2008), J Nerv Ment Dis 196:838, as tabled in BMC Medical Education (2021) doi:10.1186/s12909-021-02734-4';

const items = (...numbers: number[]) => numbers.map(String);

export const COPING_STYLES_ID = 'coping-styles';

export const copingStylesQuestionnaire = fourPointQuestionnaire({
  id: COPING_STYLES_ID,
  version: '1',
  title: 'Coping styles',
  description:
    'How you have been coping lately, in 28 statements. The statements are Mend\'s own words on the structure of the Brief COPE (Carver, 1997), so your scores are for comparing with yourself over time, not with published norms.',
  stem: 'Think of the hard things of the last few weeks. How much has each of these been true of you?',
  statements: Object.entries(STATEMENTS).map(([linkId, text]) => ({ linkId, text })),
  scales: [
    {
      id: 'self-distraction', title: 'Self-distraction', items: items(1, 19), families: ['distraction', 'avoidance'], helps: ['allowing-feelings'], areas: ['avoided-feelings'],
      note: 'Some groupings count self-distraction as avoidant, yet on purpose and for a while it is a sound crisis skill: it is on your safety plan for a reason.',
    },
    { id: 'active-coping', title: 'Active coping', items: items(2, 7) },
    { id: 'denial', title: 'Denial', items: items(3, 8), helps: ['allowing-feelings'], areas: ['avoided-feelings'] },
    { id: 'substance-use', title: 'Substance use', items: items(4, 11), families: ['numbing'], helps: ['soothing', 'regulation'], areas: ['nervous-system'] },
    { id: 'emotional-support', title: 'Emotional support', items: items(5, 15), families: ['connection'] },
    { id: 'instrumental-support', title: 'Practical support', items: items(10, 23), areas: ['trust-after-betrayal'] },
    { id: 'behavioural-disengagement', title: 'Giving up trying', items: items(6, 16), families: ['withdrawal'], helps: ['connection', 'self-compassion'], areas: ['core-beliefs'] },
    { id: 'venting', title: 'Venting', items: items(9, 21), families: ['expression'] },
    { id: 'positive-reframing', title: 'Positive reframing', items: items(12, 17), families: ['perspective'] },
    { id: 'planning', title: 'Planning', items: items(14, 25) },
    { id: 'humour', title: 'Humour', items: items(18, 28) },
    { id: 'acceptance', title: 'Acceptance', items: items(20, 24), families: ['allowing-feelings'], areas: ['avoided-feelings'] },
    { id: 'religion', title: 'Faith and meaning', items: items(22, 27) },
    { id: 'self-blame', title: 'Self-blame', items: items(13, 26), helps: ['self-compassion'], areas: ['core-beliefs'] },
  ],
  composites: [
    { id: 'problem-focused', title: 'Problem-focused', scales: ['active-coping', 'planning', 'instrumental-support'], source: COOPER_2008 },
    {
      id: 'emotion-focused', title: 'Emotion-focused',
      scales: ['acceptance', 'emotional-support', 'positive-reframing', 'humour', 'religion'], source: COOPER_2008,
    },
    {
      id: 'avoidant', title: 'Avoidant',
      scales: ['denial', 'self-distraction', 'substance-use', 'behavioural-disengagement', 'venting', 'self-blame'], source: COOPER_2008,
    },
  ],
});
