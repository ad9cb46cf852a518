import type { Share } from '@mend/core';
import { useRef, useState } from 'react';
import { useCancelShareInvite, useRevokeShare, useSharing } from '../../api/use-sharing';
import { longDay, scopeList } from '../../lib/share-words';
import { ShareRow } from './share-row';

/** Who sees what now, and invites nobody has used yet. */
export function CurrentShares() {
  const sharing = useSharing();
  const revoke = useRevokeShare();
  const withdraw = useCancelShareInvite();
  const [message, setMessage] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);

  const say = (words: string) => {
    setMessage(words);
    // The row that had focus is gone: the calm word takes it.
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  const stop = async (share: Share) => {
    await revoke.mutateAsync(share.id);
    say(`You’ve stopped sharing with ${share.therapist.name}. It takes effect at once. They can’t load anything new from now on. What they have already seen or printed stays with them.`);
  };

  return (
    <>
      <p ref={statusRef} role="status" tabIndex={-1} className="share-status">{message}</p>
      {sharing.isPending && <p>Loading…</p>}
      {sharing.isError && <p role="alert">{sharing.error.message}</p>}
      {sharing.data && (
        <>
          <section aria-labelledby="shares-heading">
            <h2 id="shares-heading">Who you share with</h2>
            {sharing.data.shares.length === 0 ? <p className="empty-state">You’re not sharing with anyone.</p> : (
              <ul className="share-list">
                {sharing.data.shares.map((share) => (
                  <ShareRow key={share.id} share={share} onStop={stop}
                    onChanged={(changed) => say(`Saved. ${changed.therapist.name} now sees your ${scopeList(changed.scopes)}, until ${longDay(changed.until)}. It takes effect at once.`)} />
                ))}
              </ul>
            )}
          </section>
          {sharing.data.invites.length > 0 && (
            <section aria-labelledby="invites-heading">
              <h2 id="invites-heading">Invites not used yet</h2>
              <ul className="share-list">
                {sharing.data.invites.map((invite) => (
                  <li key={invite.id} className="share-row">
                    <p>Made {longDay(invite.createdAt)}: your {scopeList(invite.scopes)}, until {longDay(invite.until)}. The code works until {longDay(invite.expiresAt)}.</p>
                    <button
                      type="button" className="button-secondary" disabled={withdraw.isPending}
                      onClick={() => withdraw.mutate(invite.id, { onSuccess: () => say('Invite withdrawn. Its code no longer works.') })}
                    >
                      Withdraw<span className="visually-hidden"> the invite made {longDay(invite.createdAt)}</span>
                    </button>
                  </li>
                ))}
              </ul>
              {withdraw.isError && <p role="alert">{withdraw.error.message}</p>}
            </section>
          )}
        </>
      )}
    </>
  );
}
