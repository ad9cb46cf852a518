import type { AnswerShown, ShownAnswer } from '../../lib/practice-record';

function AnswerValue({ shown }: { shown: AnswerShown }) {
  switch (shown.type) {
    case 'text':
      return <p className="practice-answer-text">{shown.text}</p>;
    case 'list':
      return <ul className="practice-answer-list">{shown.entries.map((entry, index) => <li key={index}>{entry}</li>)}</ul>;
    case 'line':
      return <p className="practice-answer-line">{shown.text}</p>;
  }
}

/** Each answer under its step's title (a heading, so a screen reader can move between them) and prompt. */
export function PracticeAnswers({ answers }: { answers: readonly ShownAnswer[] }) {
  return (
    <ol className="practice-answers">
      {answers.map((answer) => (
        <li key={answer.stepId} className="practice-answer">
          <h3>{answer.title}</h3>
          {answer.prompt && <p className="practice-answer-prompt">{answer.prompt}</p>}
          <AnswerValue shown={answer.shown} />
        </li>
      ))}
    </ol>
  );
}
