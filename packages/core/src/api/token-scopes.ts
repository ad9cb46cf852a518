import type { TokenScope } from '../schemas/account';
import type { EndpointName } from './contract';


/**
 * Which scope each endpoint needs from a token. `session-only`: never with a token (the account
 * itself: its tokens, sign-ins, deletion). `public`: no sign-in at all. Typed over every endpoint
 * in the contract, so a new endpoint cannot be added without deciding this.
 */
export const ENDPOINT_SCOPES: Record<EndpointName, TokenScope | 'session-only' | 'public'> = {
  health: 'public',
  setupStatus: 'public',
  register: 'public',
  login: 'public',
  logout: 'public',
  crisisLines: 'public',
  me: 'read',
  logoutEverywhere: 'session-only',
  lockApp: 'session-only',
  unlockApp: 'session-only',
  changePassword: 'session-only',
  setAppLock: 'session-only',
  listSessions: 'session-only',
  endSession: 'session-only',
  deleteAccount: 'session-only',
  listTokens: 'session-only',
  createToken: 'session-only',
  revokeToken: 'session-only',
  listSkills: 'read',
  createSkill: 'write',
  classifySkill: 'write',
  resetClassification: 'write',
  listMoments: 'read',
  createMoment: 'write',
  getMoment: 'read',
  updateMoment: 'write',
  deleteMoment: 'write',
  pendingFollowUps: 'read',
  answerFollowUp: 'write',
  skipFollowUp: 'write',
  getPreferences: 'read',
  updatePreferences: 'write',
  insights: 'read',
  getSafetyPlan: 'read',
  saveSafetyPlan: 'write',
  safetyPlanHistory: 'read',
  suggestions: 'read',
  listPractices: 'read',
  getPractice: 'read',
  createPractice: 'write',
  deletePractice: 'write',
  getPath: 'read',
  savePath: 'write',
  createCalendarFeed: 'session-only',
  deleteCalendarFeed: 'session-only',
  progress: 'read',
  listTags: 'read',
  exportData: 'export',
  importData: 'import',
  importDaylio: 'import',
  // Who did what with the account is the account's own business, like its tokens: not for a token.
  auditLog: 'session-only',
};
