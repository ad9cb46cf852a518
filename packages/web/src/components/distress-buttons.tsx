import { DISTRESS_ANCHORS } from '@mend/core';

interface DistressButtonsProps {
  /** Called with the level as soon as one is tapped: one tap is the whole answer. */
  onPick: (level: number) => void;
  disabled?: boolean;
}

/**
 * The compact 0–10 of DistressPicker, for a one-tap answer: a row of buttons showing the number.
 * Each button's name starts with the number, then its plain words ("3 Bothered, still fine"),
 * so the words are heard even where they are not shown.
 */
export function DistressButtons({ onPick, disabled = false }: DistressButtonsProps) {
  return (
    <ul className="distress-buttons">
      {DISTRESS_ANCHORS.map(({ level, label }) => (
        <li key={level}>
          <button type="button" className="distress-button" data-level={level} disabled={disabled} onClick={() => onPick(level)}>
            {level}<span className="visually-hidden"> {label}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
