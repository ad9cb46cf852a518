import type { ReactNode } from 'react';

/** An on/off choice as a button with aria-pressed; its accessible name is its text alone. */
export function ToggleButton({ pressed, onToggle, children }: { pressed: boolean; onToggle: () => void; children: ReactNode }) {
  return (
    <button type="button" className="toggle" aria-pressed={pressed} onClick={onToggle}>
      <span aria-hidden="true" className="toggle-mark">{pressed ? '✓' : '+'}</span>
      {children}
    </button>
  );
}

export function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((each) => each !== item) : [...list, item];
}
