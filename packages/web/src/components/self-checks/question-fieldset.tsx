import type { QuestionnaireDetail } from '@mend/core';
import { describedBy, FieldError } from '../field-error';

type Question = QuestionnaireDetail['questions'][number];

interface QuestionFieldsetProps {
  question: Question;
  /** 1-based, shown before the statement and used to name it in messages. */
  number: number;
  value: string | undefined;
  onChange: (code: string) => void;
  error: string | undefined;
}

/** One statement as native radios: arrow keys move between answers, each answer a big target. */
export function QuestionFieldset({ question, number, value, onChange, error }: QuestionFieldsetProps) {
  const name = `question-${number}`;
  const errorId = `${name}-error`;
  return (
    <fieldset className="self-check-question" data-question={number} aria-describedby={describedBy(error && errorId)}>
      <legend><span className="question-number">{number}.</span> {question.text}</legend>
      <FieldError id={errorId} message={error} />
      <div className="answer-options">
        {question.choices.map((choice) => (
          <label key={choice.code} className="choice answer-choice">
            <input type="radio" name={name} value={choice.code} checked={value === choice.code} onChange={() => onChange(choice.code)} />
            <span>{choice.display}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
