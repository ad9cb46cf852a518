import { useConfirmStep } from './use-confirm-step';

interface ConfirmDeleteProps {
  /** What is deleted, for the question: "Delete this moment?", "Delete this practice?". */
  what: string;
  /** One calm line under the question: whether it can be undone. */
  note: string;
  onDelete: () => void;
  pending: boolean;
  error: string | null;
}

/** Deleting asks once more, with keeping it as the easy, focused choice. */
export function ConfirmDelete({ what, note, onDelete, pending, error }: ConfirmDeleteProps) {
  const { confirming, ask, cancel, safeChoiceRef, openerRef } = useConfirmStep();

  if (!confirming) {
    return (
      <div className="danger-zone">
        <button ref={openerRef} type="button" className="button-secondary" onClick={ask}>Delete</button>
      </div>
    );
  }
  return (
    <div className="danger-zone confirm" role="group" aria-labelledby="delete-question">
      <h2 id="delete-question">Delete this {what}?</h2>
      <p>{note}</p>
      {error && <p role="alert" className="field-error">{error}</p>}
      <div className="inline-row">
        <button type="button" className="button-secondary" onClick={onDelete} disabled={pending}>Delete</button>
        <button ref={safeChoiceRef} type="button" className="button-primary" onClick={cancel}>Keep it</button>
      </div>
    </div>
  );
}
