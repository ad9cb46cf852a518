import type { AccountRef, Me, ShareScope } from '@mend/core';
import { ApiProblem, notFound } from '../api-problem';
import type { Db } from '../storage/database';
import { findShareBetween } from '../storage/shares-store';

/** What a therapist may see of one person, as it stands at this request. */
export interface TherapistAccess {
  person: AccountRef;
  therapist: AccountRef;
  scopes: ShareScope[];
}

/** Only a therapist account may use the /therapist/* endpoints. */
export function requireTherapist(me: Me): AccountRef {
  if (me.role !== 'therapist') {
    throw new ApiProblem(403, 'not_a_therapist', 'This is for therapist accounts: a therapist gets one with an invite from a person who shares with them.');
  }
  return { id: me.id, name: me.name };
}

const SCOPE_WORDS: Record<ShareScope, string> = {
  summary: 'their summary ("summary")',
  moments: 'their moments ("moments")',
  notes: 'what they wrote in their moments ("notes")',
  'safety-plan': 'their safety plan ("safety-plan")',
  practices: 'their practices ("practices")',
};

/**
 * Read from the database on every request, so a change or a revoke counts from the next request,
 * whichever server process answers it. No running share — never shared, revoked, run out,
 * another therapist's person, an id nobody has — is one and the same 404, so the answer says
 * nothing about whether the person exists or ever shared. A running share without what is
 * needed says which scope is missing: the therapist knows whom they work with already.
 */
export async function therapistAccess(db: Db, me: Me, personId: string, needs: ShareScope | 'any', now: Date): Promise<TherapistAccess> {
  const therapist = requireTherapist(me);
  const share = await findShareBetween(db, personId, therapist.id);
  if (!share || share.until <= now.toISOString()) throw notFound('person sharing with you');
  if (needs !== 'any' && !share.scopes.includes(needs)) {
    throw new ApiProblem(403, 'not_shared', `${share.person.name} has not shared ${SCOPE_WORDS[needs]} with you.`);
  }
  return { person: share.person, therapist, scopes: share.scopes };
}
