import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCreateMoment } from '../api/use-moments';
import { MomentForm } from '../components/moment-form';
import { ScreenHeading } from '../components/screen-heading';
import { emptyMomentValues, toCreateBody } from '../lib/moment-values';
import type { HistoryState } from './history-state';

/** The full log, for when there is room to say more. */
export function LogScreen() {
  const create = useCreateMoment();
  const navigate = useNavigate();
  const [initial] = useState(() => emptyMomentValues(new Date()));
  return (
    <section className="screen">
      <ScreenHeading>Log a moment</ScreenHeading>
      <p className="lead">Only how hard it was is needed. Everything else is there if it helps.</p>
      <MomentForm
        initial={initial}
        submitLabel="Save"
        onSubmit={async (values) => {
          const moment = await create.mutateAsync(toCreateBody(values));
          const state: HistoryState = { saved: moment.id };
          navigate('/history', { state });
        }}
      />
    </section>
  );
}
