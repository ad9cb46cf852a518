import { fourPointQuestionnaire } from './four-point-questionnaire';

/**
 * Mend's own short check on the four patterns the essays name, plus whether one of them is
 * becoming the only way. Each pattern is the sum of its three statements (3–12); "only way" is the
 * sum of the four statements that ask it (4–16).
 */
export const MALADAPTIVE_CHECK_ID = 'maladaptive-check';

export const maladaptiveCheckQuestionnaire = fourPointQuestionnaire({
  id: MALADAPTIVE_CHECK_ID,
  version: '1',
  title: 'Is my coping still working for me?',
  description:
    'A short check on four ways coping can quietly turn against us. A high score is not a failure: it is a sign you have been doing your best with the tools you have, and a pointer to where some healing could help.',
  stem: 'Over the last few weeks, how much has each of these been true of you?',
  statements: [
    { linkId: 'avoid-1', text: 'When a hard feeling shows up, I reach for my phone, a show or a game before I notice what it is.' },
    { linkId: 'avoid-2', text: 'I keep busy so that no quiet moment lets things catch up with me.' },
    { linkId: 'avoid-only', text: 'Distracting myself is about the only thing I do when I am struggling.' },
    { linkId: 'numb-1', text: 'I use alcohol, drugs or food to stop feeling something.' },
    { linkId: 'numb-2', text: 'After a hard day, numbing out is what I look forward to most.' },
    { linkId: 'numb-only', text: 'Numbing is about the only way I get any relief.' },
    { linkId: 'work-1', text: 'When I feel bad, I work or push myself harder.' },
    { linkId: 'work-2', text: 'Anything short of perfect feels like failing.' },
    { linkId: 'work-only', text: 'Getting things done, or getting them right, is about the only way I feel all right.' },
    { linkId: 'please-1', text: 'I say yes when I mean no, to keep other people happy.' },
    { linkId: 'please-2', text: 'I keep my needs or opinions to myself to avoid a clash.' },
    { linkId: 'please-only', text: 'Keeping others pleased is about the only way I feel safe.' },
  ],
  scales: [
    { id: 'avoidance', title: 'Avoidance and distraction', items: ['avoid-1', 'avoid-2', 'avoid-only'], families: ['avoidance', 'distraction'], helps: ['allowing-feelings', 'grounding'], areas: ['avoided-feelings'] },
    { id: 'numbing', title: 'Numbing with substances or food', items: ['numb-1', 'numb-2', 'numb-only'], families: ['numbing'], helps: ['soothing', 'regulation'], areas: ['nervous-system', 'avoided-feelings'] },
    { id: 'overworking', title: 'Overworking and perfectionism', items: ['work-1', 'work-2', 'work-only'], families: ['overworking'], helps: ['self-compassion'], areas: ['core-beliefs'] },
    { id: 'people-pleasing', title: 'People-pleasing and avoiding conflict', items: ['please-1', 'please-2', 'please-only'], families: ['people-pleasing'], helps: ['boundaries'], areas: ['boundaries'] },
    {
      id: 'only-way', title: 'Becoming the only way', items: ['avoid-only', 'numb-only', 'work-only', 'please-only'],
      note: 'When one strategy becomes the only way, it is worth adding another tool, not taking that one away.',
    },
  ],
});
