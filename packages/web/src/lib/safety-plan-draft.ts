import type { SafetyContact, SafetyPlanContent } from '@mend/core';

/**
 * The editor's working copy of a plan: each list part as text with one entry per line (quick to
 * write and to fix, with a keyboard or a screen reader), contacts as rows of plain strings.
 */
export interface ContactDraft {
  name: string;
  phone: string;
  note: string;
}

export interface SafetyPlanDraft {
  warningSigns: string;
  calmingSkillIds: string[];
  calmingIdeas: string;
  distractions: string;
  helpers: ContactDraft[];
  professionals: ContactDraft[];
  saferSurroundings: string;
  reasons: string;
  photo: string | null;
}

export const LINE_PARTS = ['warningSigns', 'calmingIdeas', 'distractions', 'saferSurroundings', 'reasons'] as const;
export type LinePart = (typeof LINE_PARTS)[number];
export type DraftField = keyof SafetyPlanDraft;

export function toDraft(plan: SafetyPlanContent): SafetyPlanDraft {
  const contact = (entry: SafetyContact): ContactDraft => ({ name: entry.name, phone: entry.phone ?? '', note: entry.note ?? '' });
  return {
    warningSigns: plan.warningSigns.join('\n'),
    calmingSkillIds: [...plan.calmingSkillIds],
    calmingIdeas: plan.calmingIdeas.join('\n'),
    distractions: plan.distractions.join('\n'),
    helpers: plan.helpers.map(contact),
    professionals: plan.professionals.map(contact),
    saferSurroundings: plan.saferSurroundings.join('\n'),
    reasons: plan.reasons.join('\n'),
    photo: plan.photo,
  };
}

/** Blank lines and blank contact rows are dropped; an empty phone or note is "none". */
export function fromDraft(draft: SafetyPlanDraft): SafetyPlanContent {
  const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
  const contacts = (rows: ContactDraft[]) =>
    rows
      .filter((row) => row.name.trim() || row.phone.trim() || row.note.trim())
      .map((row) => ({ name: row.name.trim(), phone: row.phone.trim() || null, note: row.note.trim() || null }));
  return {
    warningSigns: lines(draft.warningSigns),
    calmingSkillIds: [...draft.calmingSkillIds],
    calmingIdeas: lines(draft.calmingIdeas),
    distractions: lines(draft.distractions),
    helpers: contacts(draft.helpers),
    professionals: contacts(draft.professionals),
    saferSurroundings: lines(draft.saferSurroundings),
    reasons: lines(draft.reasons),
    photo: draft.photo,
  };
}

/** "helpers.0.phone" → "helpers": the editor field a server problem belongs to. */
export function draftFieldOf(path: string): DraftField | null {
  const head = path.split('.')[0];
  const fields: DraftField[] = [...LINE_PARTS, 'calmingSkillIds', 'helpers', 'professionals', 'photo'];
  return fields.find((field) => field === head) ?? null;
}

/** What the server would refuse, said next to the field before anything is sent. */
export function draftProblems(draft: SafetyPlanDraft): Partial<Record<DraftField, string>> {
  const problems: Partial<Record<DraftField, string>> = {};
  const content = fromDraft(draft);
  for (const part of ['helpers', 'professionals'] as const) {
    if (content[part].some((contact) => !contact.name)) problems[part] = 'Each person or service needs a name.';
  }
  for (const part of LINE_PARTS) {
    const max = part === 'reasons' ? 500 : 300;
    if (draft[part].split('\n').some((line) => line.trim().length > max)) problems[part] = `Each line can be at most ${max} characters.`;
  }
  return problems;
}
