import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useLogMoment } from '../api/use-log-moment';
import { useMe } from '../api/use-session';
import { useSkills } from '../api/use-skills';
import { MomentForm } from '../components/moment-form';
import { RefusedNote } from '../components/refused-note';
import { ScreenHeading } from '../components/screen-heading';
import { crisisOfferDue, openCrisisOffer } from '../lib/crisis-offer-store';
import { emptyMomentValues, momentToValues, toCreateBody } from '../lib/moment-values';
import { entryMoment, getEntry, removeEntry, type OutboxEntry } from '../offline/outbox';
import type { HistoryState } from './history-state';

/**
 * The full log, for when there is room to say more. With `?fix=<id>` it opens a moment kept on
 * this device that the server asked to change, so the person can put it right.
 */
export function LogScreen() {
  const create = useLogMoment();
  const navigate = useNavigate();
  const skills = useSkills();
  const fixing = useEntryToFix(useSearchParams()[0].get('fix'), useMe().data?.id);
  const [fresh] = useState(() => emptyMomentValues(new Date()));
  if (fixing === undefined) return <section className="screen"><p role="status">Opening it…</p></section>;
  const initial = fixing ? momentToValues(entryMoment(fixing)) : fresh;

  return (
    <section className="screen">
      <ScreenHeading>Log a moment</ScreenHeading>
      {fixing?.refused
        ? <RefusedNote refusal={fixing.refused} />
        : <p className="lead">Only how hard it was is needed. Everything else is there if it helps.</p>}
      <MomentForm
        key={fixing?.id ?? 'new'}
        initial={initial}
        submitLabel="Save"
        onSubmit={async (values) => {
          // A fixed moment is logged afresh, under a new id (the old one may be taken), and replaces the refused copy.
          const body = toCreateBody(values);
          const result = await create.mutateAsync(body);
          if (fixing) await removeEntry(fixing.id);
          // The shell shows the offer over History; it does not wait for the server's answer.
          if (crisisOfferDue(body, skills.data, result.crisisOffer)) openCrisisOffer();
          const state: HistoryState = result.delivered ? { saved: result.moment.id } : { waiting: result.waitingIn ?? 'device' };
          navigate('/history', { state });
        }}
      />
    </section>
  );
}

/** The outbox entry named in the address, if it is this person's: undefined while reading, null for none. */
function useEntryToFix(id: string | null, ownerId: string | undefined): OutboxEntry | null | undefined {
  const [entry, setEntry] = useState<OutboxEntry | null | undefined>(id ? undefined : null);
  useEffect(() => {
    if (!id) {
      setEntry(null);
      return;
    }
    // Wait for who is signed in: only their own entry opens.
    if (!ownerId) return;
    let live = true;
    // Read once: the form keeps what it opened with, even as the outbox changes underneath.
    void getEntry(id).then((found) => {
      if (live) setEntry(found && found.ownerId === ownerId ? found : null);
    });
    return () => {
      live = false;
    };
  }, [id, ownerId]);
  return entry;
}
