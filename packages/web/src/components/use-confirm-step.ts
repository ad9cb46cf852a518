import { useEffect, useRef, useState } from 'react';

/**
 * An action that asks once more. Open: the safe choice ("Keep it", "Stay signed in") has focus.
 * Closed again: focus goes back to the button that opened the question, never to the page's top.
 */
export function useConfirmStep() {
  const [confirming, setConfirming] = useState(false);
  const safeChoiceRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    if (confirming) safeChoiceRef.current?.focus();
    else if (opened.current) openerRef.current?.focus();
    opened.current = confirming || opened.current;
  }, [confirming]);

  return {
    confirming,
    ask: () => setConfirming(true),
    cancel: () => setConfirming(false),
    safeChoiceRef,
    openerRef,
  };
}
