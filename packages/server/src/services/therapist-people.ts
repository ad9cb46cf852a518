import type { Me, SharedPeople } from '@mend/core';
import type { Storage } from '../storage/open-storage';
import { listActiveSharesOfTherapist } from '../storage/shares-store';
import { requireTherapist } from './therapist-access';
import { sharedPersonOf } from './therapist-invites';

/** Who shares with this therapist now. Not a read of anyone's data: names and terms only, so no audit event. */
export async function sharedPeople(storage: Storage, me: Me, now: Date): Promise<SharedPeople> {
  const therapist = requireTherapist(me);
  const shares = await listActiveSharesOfTherapist(storage.db, therapist.id, now.toISOString());
  return { people: await Promise.all(shares.map((share) => sharedPersonOf(storage.db, share))) };
}
