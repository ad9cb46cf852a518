/** A path whose plan is due all day today, on this machine's clock. */
export function duePathFixture(overrides: Record<string, unknown> = {}, plan: Record<string, unknown> = {}) {
  return {
    version: 2,
    areas: [{ areaId: 'core-beliefs', layer: 0, startedAt: '2026-10-01T10:00:00.000Z', layerStartedAt: '2026-10-01T10:00:00.000Z', deepestLayer: 0, deepestLayerAt: null }],
    pace: { practicesPerWeek: 3 },
    paused: false,
    pausedAt: null,
    plan: { weekdays: [0, 1, 2, 3, 4, 5, 6], time: '00:00', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, notify: true, ...plan },
    updatedAt: '2026-10-01T10:00:00.000Z',
    next: {
      areaId: 'core-beliefs', layer: 0, skillId: 'naming-the-inner-critic', exerciseId: 'naming-the-critic',
      kind: 'healing', ready: true, readyFrom: null, reason: 'Whenever you’re ready.',
    },
    readiness: [],
    practicesThisWeek: 0,
    ...overrides,
  };
}

export function practiceFixture(overrides: Record<string, unknown> = {}) {
  return {
    id: 'p1', skillId: 'naming-the-inner-critic', exerciseId: null, startedAt: new Date().toISOString(), durationSeconds: 300,
    distressBefore: null, distressAfter: null, notes: null, steppedBack: false, answers: {}, pathAreaId: 'core-beliefs',
    kind: 'healing', createdAt: new Date().toISOString(),
    ...overrides,
  };
}
