import type { CreatedShareInvite } from '@mend/core';
import { INVITE_VALID_DAYS } from '@mend/core';
import { useRef, useState } from 'react';
import { useCreateShareInvite } from '../../api/use-sharing';
import { longDay, scopeList } from '../../lib/share-words';
import { ShareTermsForm } from './share-terms-form';

/** Invite a therapist: choose what and how long, then the code and link, shown this once. */
export function InviteTherapist() {
  const create = useCreateShareInvite();
  const [created, setCreated] = useState<CreatedShareInvite | null>(null);
  const [message, setMessage] = useState('');
  // A new form after each invite, so the ticks start empty again.
  const [round, setRound] = useState(0);
  const onceRef = useRef<HTMLDivElement>(null);

  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(`${what} copied.`);
    } catch {
      setMessage('Copying didn’t work here; select it and copy it by hand.');
    }
  };

  return (
    <>
      {/* The code is outside the live region: a screen reader reads it when focus lands on it, once, not again as an announcement. */}
      {created && (
        <div ref={onceRef} tabIndex={-1} className="token-once invite-once">
          <p>
            Here is your invite. Give the link or the code to your therapist, however suits you. They will see your {scopeList(created.scopes)} until {longDay(created.until)}.
          </p>
          <p><strong>Copy it now: Mend shows it only this once.</strong> It works once, within {INVITE_VALID_DAYS} days (until {longDay(created.expiresAt)}).</p>
          <p className="invite-label">Link</p>
          <p><code className="token-value">{created.url}</code></p>
          <p className="invite-label">Code</p>
          <p><code className="token-value">{created.code}</code></p>
          <div className="inline-row">
            <button type="button" className="button-secondary" onClick={() => void copy('Link', created.url)}>Copy link</button>
            <button type="button" className="button-secondary" onClick={() => void copy('Code', created.code)}>Copy code</button>
            <button type="button" className="button-secondary" onClick={() => { setCreated(null); setMessage(''); }}>Done</button>
          </div>
        </div>
      )}
      <p role="status" className="status-line">{message}</p>
      <ShareTermsForm
        key={round}
        initialScopes={[]}
        initialDuration="3m"
        submitLabel="Make an invite"
        pending={create.isPending}
        onSubmit={async (terms) => {
          const invite = await create.mutateAsync(terms);
          setCreated(invite);
          setMessage('');
          setRound((count) => count + 1);
          requestAnimationFrame(() => onceRef.current?.focus());
        }}
      />
    </>
  );
}
