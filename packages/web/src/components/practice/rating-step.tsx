import { describedBy, FieldError } from '../field-error';
import type { AnswerProps } from './step-types';

/** Up to eleven choices read best as buttons; a 0–100 scale is a slider with its number shown. */
const MOST_CHOICES = 11;

export function RatingStep(props: AnswerProps<'rating'>) {
  const { step } = props;
  return step.max - step.min + 1 <= MOST_CHOICES ? <RatingChoices {...props} /> : <RatingSlider {...props} />;
}

function RatingChoices({ step, value, onChange, error }: AnswerProps<'rating'>) {
  const errorId = `${step.id}-error`;
  const levels = Array.from({ length: step.max - step.min + 1 }, (_, index) => step.min + index);
  const ends = (level: number) => (level === step.min ? step.lowLabel : level === step.max ? step.highLabel : '');
  return (
    <fieldset className="practice-rating" data-field={step.id} aria-describedby={describedBy(error && errorId)}>
      <legend>{step.prompt}{step.optional && <span className="legend-note"> (optional)</span>}</legend>
      <FieldError id={errorId} message={error} />
      <div className="rating-choices">
        {levels.map((level) => (
          <label key={level} className="choice rating-choice">
            <input type="radio" name={step.id} value={level} checked={value === level} onChange={() => onChange(level)} />
            <span className="rating-number">{level}</span>
            {ends(level) && <span className="rating-end">{ends(level)}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function RatingSlider({ step, value, onChange, error }: AnswerProps<'rating'>) {
  const id = `${step.id}-range`;
  const endsId = `${step.id}-ends`;
  const errorId = `${step.id}-error`;
  const rated = typeof value === 'number';
  const middle = Math.round((step.min + step.max) / 2);
  // A slider always sits somewhere: until it is moved, it is not an answer, and says so.
  const shown = rated ? value : middle;

  return (
    <div className="field practice-rating" data-field={step.id}>
      <label htmlFor={id}>{step.prompt}{step.optional && <span className="legend-note"> (optional)</span>}</label>
      <FieldError id={errorId} message={error} />
      <p className="rating-value" aria-hidden="true">
        {rated ? <output htmlFor={id}>{shown}</output> : <span className="rating-unset">Not rated yet</span>}
      </p>
      <input
        id={id}
        type="range"
        className={rated ? 'rating-range' : 'rating-range rating-range-unset'}
        min={step.min}
        max={step.max}
        step={1}
        value={shown}
        aria-describedby={describedBy(endsId, error && errorId)}
        aria-valuetext={rated ? `${shown}` : 'not rated yet'}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <p className="rating-ends" id={endsId}>
        <span>{step.min}: {step.lowLabel}</span>
        <span>{step.max}: {step.highLabel}</span>
      </p>
    </div>
  );
}
