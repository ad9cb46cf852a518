/** Query keys in one place, so invalidation after a change hits everything it should. */
export const queryKeys = {
  me: ['me'] as const,
  setupStatus: ['setup-status'] as const,
  moments: ['moments'] as const,
  momentPages: ['moments', 'pages'] as const,
  recentMoments: ['moments', 'recent'] as const,
  moment: (id: string) => ['moments', 'one', id] as const,
  skills: ['skills'] as const,
  tags: ['tags'] as const,
  tokens: ['tokens'] as const,
  sessions: ['sessions'] as const,
  pendingFollowUps: ['follow-ups', 'pending'] as const,
  preferences: ['preferences'] as const,
  safetyPlan: ['safety-plan'] as const,
  safetyPlanHistory: ['safety-plan', 'history'] as const,
  insights: ['insights'] as const,
  insightsIn: (timeZone: string) => ['insights', timeZone] as const,
  /** Self-checks: the list (with when each was last taken), one check's questions, its results. */
  questionnaires: ['questionnaires'] as const,
  questionnaire: (id: string) => ['questionnaires', 'one', id] as const,
  questionnaireResponses: (id: string) => ['questionnaires', 'responses', id] as const,
};
