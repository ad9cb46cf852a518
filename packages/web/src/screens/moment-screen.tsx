import { MomentSchema, type Moment } from '@mend/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError, type ApiClientError } from '../api/client';
import { queryKeys } from '../api/keys';
import { useDeleteMoment, useMoment, useUpdateMoment } from '../api/use-moments';
import { ConfirmDelete } from '../components/confirm-delete';
import { MomentForm } from '../components/moment-form';
import { ScreenHeading } from '../components/screen-heading';
import { momentToValues, rebaseEdit, toPatchBody, type MomentValues } from '../lib/moment-values';
import type { HistoryState } from './history-state';

/** One moment: edit any field, add how it went afterwards, or delete it. */
export function MomentScreen() {
  const { id = '' } = useParams();
  const moment = useMoment(id);
  const update = useUpdateMoment(id);
  const remove = useDeleteMoment();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  /** The person's edit carried over onto a newer version after a 409, for the form to start from. */
  const [carried, setCarried] = useState<{ version: number; values: MomentValues } | null>(null);
  const initial = useMemo(() => (moment.data ? momentToValues(moment.data) : null), [moment.data]);
  const baseVersion = moment.data?.version ?? 1;
  const keptEdit = carried?.version === baseVersion ? carried.values : null;
  const formStart = keptEdit ?? initial;

  /** The moment as it is now: from the 409's body when it holds it, else asked once more. */
  const newestVersion = async (error: ApiClientError): Promise<Moment | undefined> => {
    const parsed = MomentSchema.safeParse(error.current);
    if (!parsed.success) return (await moment.refetch()).data;
    queryClient.setQueryData(queryKeys.moment(id), parsed.data);
    return parsed.data;
  };

  const deleteIt = () => {
    const deleted = moment.data;
    if (!deleted) return;
    remove.mutate(id, {
      onSuccess: () => {
        const state: HistoryState = { deleted };
        navigate('/history', { state });
      },
    });
  };

  return (
    <section className="screen">
      <ScreenHeading>Edit moment</ScreenHeading>
      <p ref={statusRef} role="status" tabIndex={-1} className="status-line">{message}</p>
      {moment.isPending && <p>Loading this moment…</p>}
      {moment.isError && (
        <div>
          <p>{isApiError(moment.error, 404) ? 'This moment isn’t here any more. It may have been deleted.' : moment.error.message}</p>
          <p><Link to="/history">See all moments</Link></p>
        </div>
      )}
      {moment.data && initial && formStart && (
        <>
          <MomentForm
            // A new version, or the person's edit carried onto it, starts the form afresh.
            key={`${moment.data.version}${keptEdit ? '-kept' : ''}`}
            initial={formStart}
            submitLabel="Save changes"
            withFollowUps
            onSubmit={async (values) => {
              const patch = toPatchBody(initial, values);
              const changed = Object.keys(patch).length > 0;
              try {
                // The version the form was filled from: a save made elsewhere since gets 409, never overwritten.
                if (changed) await update.mutateAsync({ ...patch, baseVersion });
                setMessage(changed ? 'Changes saved.' : 'Nothing changed, so nothing to save.');
              } catch (error) {
                if (!isApiError(error, 409)) throw error;
                // A new version re-keys the form: it shows the moment as it is now, with what the
                // person changed put back on top, so Save again keeps their change.
                const newest = await newestVersion(error);
                if (newest) setCarried({ version: newest.version, values: rebaseEdit(initial, values, momentToValues(newest)) });
                setMessage('This moment was changed elsewhere — here is how it looks now, with your changes kept. Save again to add them.');
              }
              statusRef.current?.focus();
            }}
          />
          <ConfirmDelete
            what="moment"
            note="You can undo this straight afterwards."
            onDelete={deleteIt}
            pending={remove.isPending}
            error={remove.isError ? remove.error.message : null}
          />
        </>
      )}
    </section>
  );
}
