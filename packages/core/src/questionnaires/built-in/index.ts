import type { FhirQuestionnaire } from '../fhir-questionnaire';
import { copingStylesQuestionnaire } from './coping-styles';
import { maladaptiveCheckQuestionnaire } from './maladaptive-check';

export { COPING_STYLES_ID, copingStylesQuestionnaire } from './coping-styles';
export { MALADAPTIVE_CHECK_ID, maladaptiveCheckQuestionnaire } from './maladaptive-check';
export { BUILT_IN_URL_BASE, FOUR_POINT_ANSWERS } from './four-point-questionnaire';

/** The checks every Mend has, by id, in the order the page lists them. */
export const BUILT_IN_QUESTIONNAIRES: readonly { id: string; resource: FhirQuestionnaire }[] = [
  { id: copingStylesQuestionnaire.id!, resource: copingStylesQuestionnaire },
  { id: maladaptiveCheckQuestionnaire.id!, resource: maladaptiveCheckQuestionnaire },
];
