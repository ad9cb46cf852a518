/**
 * The answers chosen so far in one self-check, kept in this tab's sessionStorage on every change,
 * so a reload or a failed save loses nothing. Cleared once the check is saved; sign-out clears
 * it too (every `mend.` key goes, `lib/forget-device-data.ts`).
 */
export interface SelfCheckDraft {
  version: 1;
  questionnaireId: string;
  /** The check's version the answers were given to: a draft for another version is dropped. */
  questionnaireVersion: string | null;
  /** The chosen answer's code by item linkId. */
  answers: Record<string, string>;
}

const PREFIX = 'mend.self-check-draft.';

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** The answers kept for this check and version, only those that are still one of a question's choices. */
export function readSelfCheckDraft(
  questionnaire: { id: string; version: string | null; questions: { linkId: string; choices: { code: string }[] }[] },
): Record<string, string> {
  try {
    const text = storage()?.getItem(PREFIX + questionnaire.id);
    if (!text) return {};
    const draft = JSON.parse(text) as Partial<SelfCheckDraft>;
    if (draft.version !== 1 || draft.questionnaireId !== questionnaire.id || draft.questionnaireVersion !== questionnaire.version) return {};
    const stored = typeof draft.answers === 'object' && draft.answers !== null ? draft.answers : {};
    const answers: Record<string, string> = {};
    for (const question of questionnaire.questions) {
      const code = stored[question.linkId];
      if (typeof code === 'string' && question.choices.some((choice) => choice.code === code)) answers[question.linkId] = code;
    }
    return answers;
  } catch {
    return {};
  }
}

export function writeSelfCheckDraft(questionnaireId: string, questionnaireVersion: string | null, answers: Record<string, string>): void {
  if (Object.keys(answers).length === 0) return clearSelfCheckDraft(questionnaireId);
  const draft: SelfCheckDraft = { version: 1, questionnaireId, questionnaireVersion, answers };
  try {
    storage()?.setItem(PREFIX + questionnaireId, JSON.stringify(draft));
  } catch {
    // Storage full or turned off: the answers stay on screen, just not across a reload.
  }
}

export function clearSelfCheckDraft(questionnaireId: string): void {
  try {
    storage()?.removeItem(PREFIX + questionnaireId);
  } catch {
    // Nothing to clear.
  }
}
