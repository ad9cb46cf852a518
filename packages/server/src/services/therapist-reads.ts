import type { Insights, Me, MomentListQuery, Practice, SafetyPlan, SessionPrep, SharedMomentPage } from '@mend/core';
import type { Storage } from '../storage/open-storage';
import { recordAuditEvent } from './audit-log';
import { insightsFor, type InsightsRequest } from './insights';
import { listMoments } from './moments';
import { listPractices } from './practices';
import { getSafetyPlan } from './safety-plan';
import { sessionPrepFor } from './session-prep';
import { renderSessionPrepPdf } from './session-prep-pdf';
import { therapistAccess, type TherapistAccess } from './therapist-access';

/**
 * What a therapist reads of a person, each read checked against the share as it stands and
 * written to the person's audit log (who read, and what) once the answer is ready: a read that
 * is refused or fails leaves no event, a read that is answered always has one.
 */

type ReadWhat = 'session-prep' | 'session-prep-pdf' | 'insights' | 'moments' | 'safety-plan' | 'practices';

async function noteRead(storage: Storage, access: TherapistAccess, what: ReadWhat, now: Date, extra: Record<string, string> = {}): Promise<void> {
  await recordAuditEvent(storage.db, access.person.id, { kind: 'therapist-read', detail: { therapist: access.therapist.name, what, ...extra } }, now);
}

export interface SessionPrepRead {
  from?: string | undefined;
  to?: string | undefined;
  timeZone?: string | undefined;
  format: 'json' | 'pdf';
}

export async function readSessionPrep(
  storage: Storage, me: Me, personId: string, query: SessionPrepRead, now: Date,
): Promise<{ prep: SessionPrep; pdf: Buffer | null }> {
  const access = await therapistAccess(storage.db, me, personId, 'summary', now);
  const { format, ...period } = query;
  const prep = await sessionPrepFor(storage, access.person, period, now);
  const pdf = format === 'pdf' ? await renderSessionPrepPdf(prep) : null;
  await noteRead(storage, access, pdf ? 'session-prep-pdf' : 'session-prep', now, { from: prep.from, to: prep.to });
  return { prep, pdf };
}

export async function readInsights(storage: Storage, me: Me, personId: string, query: InsightsRequest, now: Date): Promise<Insights> {
  const access = await therapistAccess(storage.db, me, personId, 'summary', now);
  const insights = await insightsFor(storage, access.person.id, query, now);
  await noteRead(storage, access, 'insights', now);
  return insights;
}

/** Without "notes", what the person wrote (trigger text and note) is left out; tags and numbers stay. */
export async function readMoments(storage: Storage, me: Me, personId: string, query: MomentListQuery, now: Date): Promise<SharedMomentPage> {
  const access = await therapistAccess(storage.db, me, personId, 'moments', now);
  const page = await listMoments(storage, access.person.id, query);
  const notesShared = access.scopes.includes('notes');
  const moments = notesShared ? page.moments : page.moments.map((moment) => ({ ...moment, trigger: null, note: null }));
  await noteRead(storage, access, 'moments', now);
  return { moments, nextCursor: page.nextCursor, notesShared };
}

export async function readSafetyPlan(storage: Storage, me: Me, personId: string, now: Date): Promise<SafetyPlan> {
  const access = await therapistAccess(storage.db, me, personId, 'safety-plan', now);
  const plan = await getSafetyPlan(storage, access.person.id);
  await noteRead(storage, access, 'safety-plan', now);
  return plan;
}

export async function readPractices(
  storage: Storage, me: Me, personId: string, query: Parameters<typeof listPractices>[2], now: Date,
): Promise<{ practices: Practice[] }> {
  const access = await therapistAccess(storage.db, me, personId, 'practices', now);
  const practices = await listPractices(storage, access.person.id, query);
  await noteRead(storage, access, 'practices', now);
  return practices;
}
