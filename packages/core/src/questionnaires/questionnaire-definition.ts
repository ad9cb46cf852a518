/** A questionnaire as Mend uses it: read from a FHIR resource by readQuestionnaire. */

export interface AnswerChoice {
  code: string;
  display: string;
  score: number;
  /** The coding's system, kept for the QuestionnaireResponse; absent for valueInteger answers. */
  system?: string;
  /** The option was a valueInteger, not a valueCoding. */
  integer?: boolean;
}

export interface ChoiceQuestion {
  linkId: string;
  text: string;
  required: boolean;
  choices: AnswerChoice[];
  /** linkIds of the groups it sits in, outermost first. */
  groupPath: string[];
  /** Place in the questionnaire, counting every item in document order. */
  position: number;
}

export interface QuestionGroup {
  linkId: string;
  text: string;
  /** linkIds of the groups it sits in, outermost first. */
  groupPath: string[];
  /** Place in the questionnaire, counting every item in document order. */
  position: number;
}

export interface ScaleDefinition {
  id: string;
  title: string;
  itemLinkIds: string[];
  /** Skill families whose use in logged moments this scale can be set beside. */
  families: string[];
  /** Skill families that can help with it (linked from the result). */
  helpFamilies: string[];
  /** Healing areas that speak to it. */
  areaIds: string[];
  /** A line shown with the scale's result. */
  note?: string;
}

export interface CompositeDefinition {
  id: string;
  title: string;
  scaleIds: string[];
  /** Where the grouping comes from. */
  source?: string;
}

export interface QuestionnaireDefinition {
  url: string;
  version: string | null;
  title: string;
  description: string | null;
  copyright: string | null;
  /** Text items (FHIR `display`) by linkId, in order. */
  displays: { linkId: string; text: string; groupPath: string[]; position: number }[];
  groups: QuestionGroup[];
  questions: ChoiceQuestion[];
  scales: ScaleDefinition[];
  composites: CompositeDefinition[];
}
