import type { Share } from '@mend/core';
import { useState } from 'react';
import { useUpdateShare } from '../../api/use-sharing';
import { longDay, scopeList } from '../../lib/share-words';
import { useConfirmStep } from '../use-confirm-step';
import { ShareTermsForm } from './share-terms-form';

interface ShareRowProps {
  share: Share;
  onStop: (share: Share) => Promise<unknown>;
  onChanged: (share: Share) => void;
}

/** One therapist the person shares with: what, until when, "Change" (the same form, filled in) and "Stop sharing" (asks once more). */
export function ShareRow({ share, onStop, onChanged }: ShareRowProps) {
  const update = useUpdateShare();
  const [changing, setChanging] = useState(false);
  const [stopping, setStopping] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { confirming, ask, cancel, safeChoiceRef, openerRef } = useConfirmStep();
  const name = share.therapist.name;
  const headingId = `share-${share.id}`;

  return (
    <li className="share-row">
      <h3 id={headingId}>{name}</h3>
      <p>Sees your {scopeList(share.scopes)}, until {longDay(share.until)}.</p>
      {changing ? (
        <ShareTermsForm
          initialScopes={share.scopes}
          keepUntil={share.until}
          submitLabel="Save changes"
          pending={update.isPending}
          onCancel={() => setChanging(false)}
          onSubmit={async (terms) => {
            const changed = await update.mutateAsync({ id: share.id, terms });
            setChanging(false);
            onChanged(changed);
          }}
        />
      ) : confirming ? (
        <div className="danger-zone confirm" role="group" aria-labelledby={`${headingId}-stop`}>
          <h4 id={`${headingId}-stop`}>Stop sharing with {name}?</h4>
          <p>They can’t load anything new from now on. What they have already seen or printed stays with them. You can invite them again whenever you like.</p>
          {problem && <p role="alert" className="field-error">{problem}</p>}
          <div className="inline-row">
            <button
              type="button" className="button-secondary" disabled={stopping}
              onClick={() => {
                setStopping(true);
                onStop(share).catch((error: unknown) => {
                  setProblem(error instanceof Error ? error.message : 'That didn’t work. Please try again.');
                  setStopping(false);
                });
              }}
            >
              Stop sharing
            </button>
            {/* Both look the same: neither choice is pushed. Focus starts on the one that changes nothing (useConfirmStep). */}
            <button ref={safeChoiceRef} type="button" className="button-secondary" onClick={cancel}>Keep sharing</button>
          </div>
        </div>
      ) : (
        <div className="inline-row">
          <button type="button" className="button-secondary" onClick={() => setChanging(true)}>
            Change<span className="visually-hidden"> what {name} sees</span>
          </button>
          <button ref={openerRef} type="button" className="button-secondary" onClick={ask}>
            Stop sharing<span className="visually-hidden"> with {name}</span>
          </button>
        </div>
      )}
    </li>
  );
}
