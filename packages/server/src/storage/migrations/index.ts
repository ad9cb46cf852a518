import type { Migration } from 'kysely';
import * as initial from './0001-initial';
import * as followUps from './0002-follow-ups';
import * as safetyPlan from './0003-safety-plan';
import * as practiceAndPath from './0004-practice-and-path';
import * as awaitingClassification from './0005-awaiting-classification';
import * as fieldEncryption from './0006-field-encryption';
import * as signInProtection from './0007-sign-in-protection';
import * as auditLog from './0008-audit-log';
import * as momentVersions from './0009-moment-versions';
import * as sharing from './0010-sharing';
import * as skillFilingsVersion from './0011-skill-filings-version';
import * as questionnaires from './0012-questionnaires';

/**
 * Every migration, in order. Listed by hand (not read from disk) so they travel with the code
 * however it is bundled. Forward-only: there are no `down` functions; a mistake is fixed by a
 * new migration.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-follow-ups': followUps,
  '0003-safety-plan': safetyPlan,
  '0004-practice-and-path': practiceAndPath,
  '0005-awaiting-classification': awaitingClassification,
  '0006-field-encryption': fieldEncryption,
  '0007-sign-in-protection': signInProtection,
  '0008-audit-log': auditLog,
  '0009-moment-versions': momentVersions,
  '0010-sharing': sharing,
  '0011-skill-filings-version': skillFilingsVersion,
  '0012-questionnaires': questionnaires,
};
