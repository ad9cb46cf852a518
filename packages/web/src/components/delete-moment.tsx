import { useEffect, useRef, useState } from 'react';

interface DeleteMomentProps {
  onDelete: () => void;
  pending: boolean;
  error: string | null;
}

/** Deleting asks once more, with keeping it as the easy, focused choice. */
export function DeleteMoment({ onDelete, pending, error }: DeleteMomentProps) {
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    if (confirming) keepRef.current?.focus();
    else if (opened.current) startRef.current?.focus();
    opened.current = confirming || opened.current;
  }, [confirming]);

  if (!confirming) {
    return (
      <div className="danger-zone">
        <button ref={startRef} type="button" className="button-secondary" onClick={() => setConfirming(true)}>Delete</button>
      </div>
    );
  }
  return (
    <div className="danger-zone confirm" role="group" aria-labelledby="delete-question">
      <h2 id="delete-question">Delete this moment?</h2>
      <p>You can undo this straight afterwards.</p>
      {error && <p role="alert" className="field-error">{error}</p>}
      <div className="inline-row">
        <button type="button" className="button-secondary" onClick={onDelete} disabled={pending}>Delete</button>
        <button ref={keepRef} type="button" className="button-primary" onClick={() => setConfirming(false)}>Keep it</button>
      </div>
    </div>
  );
}
