import { SHARE_SCOPES, type EndpointName } from '@mend/core';
import { exportDocument, exportedMoment, maladaptiveCheckAnswers, uniqueName } from './factories';
import { TEST_PASSWORD } from './test-client';

/** One person's things, made by `seedPerson`, that examples point at. */
export interface PersonIds {
  userId: string;
  name: string;
  password: string;
  momentId: string;
  /** The moment's version as last read: an edit must start from it. */
  momentVersion: number;
  practiceId: string;
  /** A completed coping-styles check. */
  questionnaireResponseId: string;
  ownSkillId: string;
  tokenId: string;
  /** A second session of the person's (another browser), not the one the tests use. */
  sessionId: string;
  /** The secret part of the calendar feed's address. */
  calendarKey: string;
  /** An invite of the person's not used yet, and a share of theirs with a therapist. */
  inviteId: string;
  shareId: string;
  /** A suggestion that therapist made to the person, not answered yet. */
  suggestionId: string;
  /** A code of the person's no therapist has used yet: fresh before each request that uses one up. */
  inviteCode: string;
}

/**
 * A request that should succeed for the person `ids` describes. Params and bodies are functions of
 * the ids, so the same example asks for one person's things with another person's session.
 */
export interface EndpointExample {
  params?: (ids: PersonIds) => Record<string, string>;
  query?: Record<string, string>;
  /** JSON, or the text itself for a text/csv endpoint. */
  body?: (ids: PersonIds) => unknown;
  /**
   * A success changes the caller's own sign-in or account (locks, signs out, deletes): tests run
   * these last, in this order, and sign in again after one that ended the session.
   */
  disruptive?: number;
  /**
   * Sent by the therapist the person shares with (role "therapist"), not by the person: the
   * /therapist/* endpoints answer only a therapist's account. Params still name the person's things.
   */
  byTherapist?: true;
  /** The params name something every account has (a questionnaire), nothing of the person's: B's request works on B's own data. */
  sharedParams?: true;
}

export type ExampleName = EndpointName | 'calendarFeed';

/** The app-lock PIN examples set and unlock with. */
export const APP_LOCK_PIN = '2468';

const id = (ids: PersonIds) => ({ id: ids.momentId });
/** The person a therapist reads: the same person whose things the other examples name. */
const person = (ids: PersonIds) => ({ personId: ids.userId });

/**
 * An example request for every operation in the OpenAPI document. Typed over the whole contract:
 * a new endpoint does not compile until it has one, and the access matrix and the fuzzer fail at
 * run time for an operation they find no example for.
 */
export const ENDPOINT_EXAMPLES: Record<ExampleName, EndpointExample> = {
  health: {},
  setupStatus: {},
  register: { body: () => ({ name: uniqueName('someone-new'), password: TEST_PASSWORD }) },
  login: { body: (ids) => ({ name: ids.name, password: ids.password }) },
  logout: { disruptive: 3 },
  logoutEverywhere: { disruptive: 4 },
  lockApp: { disruptive: 1 },
  unlockApp: { body: () => ({ pin: APP_LOCK_PIN }), disruptive: 2 },
  changePassword: { body: (ids) => ({ currentPassword: ids.password, newPassword: ids.password }) },
  setAppLock: { body: (ids) => ({ password: ids.password, pin: APP_LOCK_PIN, lockAfterMinutes: 30 }) },
  listSessions: {},
  endSession: { params: (ids) => ({ id: ids.sessionId }) },
  crisisLines: { query: { country: 'gb' } },
  me: {},
  deleteAccount: { body: (ids) => ({ password: ids.password }), disruptive: 5 },
  listTokens: {},
  createToken: { body: () => ({ name: 'another token', scopes: ['read'] }) },
  revokeToken: { params: (ids) => ({ id: ids.tokenId }) },
  listSkills: {},
  createSkill: { body: () => ({ name: 'a walk by the canal', kind: 'coping', family: 'movement', summary: 'slow', steps: ['go out'] }) },
  classifySkill: { params: (ids) => ({ id: ids.ownSkillId }), body: () => ({ kind: 'healing', family: 'self-compassion' }) },
  resetClassification: { params: (ids) => ({ id: ids.ownSkillId }) },
  listMoments: { query: { limit: '50' } },
  createMoment: { body: () => ({ distressBefore: 6, distressAfter: 3, arousal: 'hyper', emotions: ['anxious'], trigger: 'a loud room', triggerTags: ['noise'], note: 'went outside' }) },
  getMoment: { params: id },
  updateMoment: { params: id, body: (ids) => ({ baseVersion: ids.momentVersion, distressAfter: 2 }) },
  deleteMoment: { params: id },
  pendingFollowUps: {},
  answerFollowUp: { params: id, body: () => ({ distress: 3 }) },
  skipFollowUp: { params: id },
  getPreferences: {},
  updatePreferences: { body: () => ({ followUpDelayMinutes: 60, country: 'GB' }) },
  insights: { query: { timeZone: 'Europe/Dublin' } },
  getSafetyPlan: {},
  saveSafetyPlan: {
    body: () => ({
      warningSigns: ['not sleeping'], calmingSkillIds: ['box-breathing'], calmingIdeas: ['a warm shower'], distractions: ['the park'],
      helpers: [{ name: 'Sam', phone: '+44 20 7946 0000', note: null }], professionals: [], saferSurroundings: ['give the pills to Sam'],
      reasons: ['my cat'], photo: null,
    }),
  },
  safetyPlanHistory: {},
  suggestions: { query: { distress: '5', arousal: 'hyper', trigger: 'work' } },
  listPractices: { query: { limit: '10' } },
  getPractice: { params: (ids) => ({ id: ids.practiceId }) },
  createPractice: { body: () => ({ skillId: 'box-breathing', exerciseId: 'box-breathing', startedAt: '2026-11-01T09:00:00.000Z', durationSeconds: 120, answers: {} }) },
  deletePractice: { params: (ids) => ({ id: ids.practiceId }) },
  listQuestionnaires: {},
  getQuestionnaire: { params: () => ({ id: 'coping-styles' }), sharedParams: true },
  createQuestionnaireResponse: { params: () => ({ id: 'maladaptive-check' }), body: () => ({ answers: maladaptiveCheckAnswers(2) }), sharedParams: true },
  listQuestionnaireResponses: { params: () => ({ id: 'coping-styles' }), sharedParams: true },
  questionnaireResponseFhir: { params: (ids) => ({ id: 'coping-styles', responseId: ids.questionnaireResponseId }) },
  deleteQuestionnaireResponse: { params: (ids) => ({ id: 'coping-styles', responseId: ids.questionnaireResponseId }) },
  getPath: {},
  savePath: { body: () => ({ areas: [{ areaId: 'boundaries', layer: 0 }], pace: { practicesPerWeek: 2 }, paused: false, plan: null }) },
  createCalendarFeed: {},
  deleteCalendarFeed: {},
  progress: { query: { timeZone: 'UTC' } },
  listTags: {},
  exportData: { query: { format: 'json' } },
  importData: { body: (ids) => exportDocumentFor(ids) },
  importDaylio: {
    query: { timeZone: 'UTC' },
    body: () => 'full_date,date,weekday,time,mood,activities,note_title,note\n2026-10-01,x,x,07:00,good,walk | reading,,slept well',
  },
  auditLog: { query: { limit: '20' } },
  sharing: {},
  createShareInvite: { body: () => ({ scopes: ['summary', 'moments'], until: '2027-01-01T00:00:00.000Z' }) },
  cancelShareInvite: { params: (ids) => ({ id: ids.inviteId }) },
  updateShare: { params: (ids) => ({ id: ids.shareId }), body: () => ({ scopes: SHARE_SCOPES, until: '2027-02-01T00:00:00.000Z' }) },
  revokeShare: { params: (ids) => ({ id: ids.shareId }) },
  listTherapistSuggestions: {},
  answerTherapistSuggestion: { params: (ids) => ({ id: ids.suggestionId }), body: () => ({ answer: 'declined' }) },
  registerTherapist: { body: (ids) => ({ name: uniqueName('a-therapist'), password: TEST_PASSWORD, code: ids.inviteCode }) },
  acceptShareInvite: { body: (ids) => ({ code: ids.inviteCode }), byTherapist: true },
  sharedPeople: { byTherapist: true },
  sharedSessionPrep: { params: person, query: { format: 'json', timeZone: 'Europe/Dublin' }, byTherapist: true },
  sharedInsights: { params: person, query: { timeZone: 'Europe/Dublin' }, byTherapist: true },
  sharedMoments: { params: person, query: { limit: '20' }, byTherapist: true },
  sharedSafetyPlan: { params: person, byTherapist: true },
  sharedPractices: { params: person, query: { limit: '10' }, byTherapist: true },
  suggestToPerson: { params: person, body: () => ({ kind: 'area', targetId: 'boundaries', message: 'when you feel ready' }), byTherapist: true },
  sentSuggestions: { params: person, byTherapist: true },
  calendarFeed: { params: (ids) => ({ key: ids.calendarKey }) },
};

/** A small export document (format v1) carrying one moment, to import. */
function exportDocumentFor(ids: PersonIds): unknown {
  return exportDocument({ account: { name: ids.name }, moments: [exportedMoment({ id: 'imported-1' })] });
}

/** "/moments/:id" or the OpenAPI "/moments/{id}" with the example's params filled in. */
export function examplePath(openApiPath: string, params: Record<string, string>): string {
  return openApiPath.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`${openApiPath}: the example has no value for {${key}}`);
    return encodeURIComponent(value);
  });
}
