import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../api/client';
import { useDeleteMoment, useMoment, useUpdateMoment } from '../api/use-moments';
import { ConfirmDelete } from '../components/confirm-delete';
import { MomentForm } from '../components/moment-form';
import { ScreenHeading } from '../components/screen-heading';
import { momentToValues, toPatchBody } from '../lib/moment-values';
import type { HistoryState } from './history-state';

/** One moment: edit any field, add how it went afterwards, or delete it. */
export function MomentScreen() {
  const { id = '' } = useParams();
  const moment = useMoment(id);
  const update = useUpdateMoment(id);
  const remove = useDeleteMoment();
  const navigate = useNavigate();
  const [message, setMessage] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const initial = useMemo(() => (moment.data ? momentToValues(moment.data) : null), [moment.data]);
  const baseVersion = moment.data?.version ?? 1;

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
      {moment.data && initial && (
        <>
          <MomentForm
            key={moment.data.version}
            initial={initial}
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
                // A new version re-keys the form, so it shows the moment as it is now.
                await moment.refetch();
                setMessage('This moment was changed elsewhere — here is how it looks now. You can make your change again.');
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
