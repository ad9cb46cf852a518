import type { AnswerChoice, QuestionnaireDefinition } from './questionnaire-definition';

/** What a person chose, by item linkId: the answer's code ("3"), or its number for integer answers. */
export type QuestionnaireAnswers = Readonly<Record<string, string | number>>;

export interface ScoreResult {
  id: string;
  title: string;
  /** null when an item it needs was left unanswered. */
  score: number | null;
  min: number;
  max: number;
}

export interface QuestionnaireScores {
  scales: ScoreResult[];
  composites: ScoreResult[];
}

export type ScoredAnswers =
  | { ok: true; chosen: Map<string, AnswerChoice>; scores: QuestionnaireScores }
  | { ok: false; problems: Record<string, string> };

/**
 * Checks answers against the questionnaire (every required item answered, every answer one of
 * its options, no item it does not have), then scores it: a scale is the sum of its items'
 * scores, a composite the sum of its scales. Problems are named `answers.<linkId>`.
 */
export function scoreAnswers(definition: QuestionnaireDefinition, answers: QuestionnaireAnswers): ScoredAnswers {
  const problems: Record<string, string> = {};
  const chosen = new Map<string, AnswerChoice>();
  const questions = new Map(definition.questions.map((question) => [question.linkId, question]));
  for (const linkId of Object.keys(answers)) {
    if (!questions.has(linkId)) problems[`answers.${linkId}`] = 'is not a question of this questionnaire';
  }
  for (const question of definition.questions) {
    const given = Object.hasOwn(answers, question.linkId) ? answers[question.linkId] : undefined;
    if (given === undefined) {
      if (question.required) problems[`answers.${question.linkId}`] = 'needs an answer';
      continue;
    }
    const choice = question.choices.find((option) => option.code === String(given));
    if (!choice) {
      problems[`answers.${question.linkId}`] = `${JSON.stringify(given)} is not one of its answers: choose ${question.choices.map((option) => option.code).join(', ')}`;
      continue;
    }
    chosen.set(question.linkId, choice);
  }
  if (Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, chosen, scores: scoresOf(definition, chosen) };
}

function scoresOf(definition: QuestionnaireDefinition, chosen: ReadonlyMap<string, AnswerChoice>): QuestionnaireScores {
  const questions = new Map(definition.questions.map((question) => [question.linkId, question]));
  const scales = definition.scales.map((scale): ScoreResult => {
    let score: number | null = 0;
    let min = 0;
    let max = 0;
    for (const linkId of scale.itemLinkIds) {
      const scores = questions.get(linkId)!.choices.map((choice) => choice.score);
      min += Math.min(...scores);
      max += Math.max(...scores);
      const choice = chosen.get(linkId);
      score = choice && score !== null ? score + choice.score : null;
    }
    return { id: scale.id, title: scale.title, score, min, max };
  });
  const byId = new Map(scales.map((scale) => [scale.id, scale]));
  const composites = definition.composites.map((composite): ScoreResult => {
    const parts = composite.scaleIds.map((id) => byId.get(id)!);
    const score = parts.every((part) => part.score !== null) ? parts.reduce((sum, part) => sum + part.score!, 0) : null;
    return {
      id: composite.id,
      title: composite.title,
      score,
      min: parts.reduce((sum, part) => sum + part.min, 0),
      max: parts.reduce((sum, part) => sum + part.max, 0),
    };
  });
  return { scales, composites };
}
