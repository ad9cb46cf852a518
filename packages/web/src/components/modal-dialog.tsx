import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  className: string;
  /** The id of the dialog's heading: it names the dialog and takes focus when it opens. */
  headingId: string;
  /** Escape, and whatever the dialog's own buttons call. */
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A native modal <dialog>, open while mounted: showModal keeps focus inside and makes the page
 * behind inert; Escape calls onCancel instead of closing behind React's back.
 */
export function ModalDialog({ className, headingId, onCancel, children }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    document.getElementById(headingId)?.focus();
    return () => {
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    };
  }, [headingId]);

  return (
    <dialog
      ref={dialogRef} className={className} aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
