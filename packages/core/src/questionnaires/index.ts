export * from './fhir-questionnaire';
export * from './questionnaire-definition';
export * from './read-questionnaire';
export * from './score-answers';
export * from './questionnaire-response';
export * from './questionnaire-detail';
export * from './alongside-log';
export * from './built-in/index';
