import type { HealingArea, Path } from '@mend/core';

/** Two areas of three layers each; grief's deepest is best with a therapist. */
export const areasFixture: HealingArea[] = [
  {
    id: 'core-beliefs', name: 'Core beliefs', summary: 'The old rules about yourself, looked at kindly.', deepLayersWithTherapist: false,
    layers: [
      { name: 'Noticing', summary: 'Catch the belief when it speaks.', skillIds: ['naming-the-inner-critic'] },
      { name: 'Questioning', summary: 'Weigh it against what you know.', skillIds: ['challenging-core-beliefs'] },
      { name: 'Rewriting', summary: 'Try a kinder belief on.', skillIds: ['compassionate-letter'] },
    ],
  },
  {
    id: 'grief', name: 'Grief', summary: 'Room for what was lost.', deepLayersWithTherapist: true,
    layers: [
      { name: 'Making room', summary: 'Let it be there for a moment.', skillIds: ['sitting-with-a-feeling'] },
      { name: 'Remembering', summary: 'Hold a memory gently.', skillIds: ['grief-and-memory'] },
      { name: 'Continuing bonds', summary: 'Carry what mattered forward.', skillIds: ['letter-to-what-was-lost'] },
    ],
  },
];

export function pathFixture(overrides: Partial<Path> = {}): Path {
  return {
    version: 4,
    areas: [{ areaId: 'core-beliefs', layer: 0, startedAt: '2026-10-01T10:00:00.000Z', layerStartedAt: '2026-10-01T10:00:00.000Z', deepestLayer: 0, deepestLayerAt: null }],
    pace: { practicesPerWeek: 2 },
    paused: false,
    pausedAt: null,
    plan: null,
    updatedAt: '2026-10-01T10:00:00.000Z',
    next: {
      areaId: 'core-beliefs', layer: 0, skillId: 'naming-the-inner-critic', exerciseId: 'naming-the-critic',
      kind: 'healing', ready: true, readyFrom: null, reason: 'Whenever you’re ready.',
    },
    readiness: [{
      areaId: 'core-beliefs', hasDeeperLayer: true, practicesInLayer: 2, practicesWanted: 2, steadyWeeks: true, offerDeeper: true,
      reason: 'You practised this layer twice and your last two weeks were mostly steady.',
    }],
    practicesThisWeek: 0,
    ...overrides,
  };
}
