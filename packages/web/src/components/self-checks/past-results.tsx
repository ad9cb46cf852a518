import type { QuestionnaireResult } from '@mend/core';
import { useRef, useState } from 'react';
import { endpointUrl, isApiError } from '../../api/client';
import { useDeleteQuestionnaireResponse } from '../../api/use-self-checks';
import { focusMainHeading } from '../../layout/focus-heading';
import { dayWords } from '../../lib/self-check-words';
import { useConfirmStep } from '../use-confirm-step';

/** Each time the check was taken, newest first: its FHIR file to take elsewhere, and Delete. */
export function PastResults({ questionnaireId, results }: { questionnaireId: string; results: readonly QuestionnaireResult[] }) {
  const remove = useDeleteQuestionnaireResponse(questionnaireId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [deleted, setDeleted] = useState(false);

  const deleteOne = (responseId: string) => {
    const wasOnly = results.length <= 1;
    remove.mutate(responseId, {
      onSuccess: () => {
        setDeleted(true);
        // Its row is gone: focus goes to this list's heading, or to the screen's when it was the only result.
        if (wasOnly) focusMainHeading();
        else headingRef.current?.focus();
      },
    });
  };
  const errorFor = (responseId: string) => {
    if (!remove.isError || remove.variables !== responseId) return null;
    return isApiError(remove.error) && remove.error.status !== 0 ? remove.error.message : 'That didn’t work. Nothing was deleted; you can try again.';
  };

  return (
    <section aria-labelledby="past-results-heading">
      <h2 id="past-results-heading" ref={headingRef} tabIndex={-1}>Each time you took it</h2>
      <p role="status" className="status-line">{deleted ? 'Deleted.' : ''}</p>
      <p>A FHIR file is the standard form health records use, if you want to take a result to someone you trust.</p>
      <ul className="past-results">
        {results.map((result) => (
          <PastResult
            key={result.id} questionnaireId={questionnaireId} result={result} onDelete={() => deleteOne(result.id)}
            pending={remove.isPending && remove.variables === result.id} error={errorFor(result.id)}
          />
        ))}
      </ul>
    </section>
  );
}

interface PastResultProps {
  questionnaireId: string;
  result: QuestionnaireResult;
  onDelete: () => void;
  pending: boolean;
  error: string | null;
}

function PastResult({ questionnaireId, result, onDelete, pending, error }: PastResultProps) {
  const { confirming, ask, cancel, safeChoiceRef, openerRef } = useConfirmStep();
  const dayId = `taken-${result.id}`;
  const questionId = `delete-${result.id}`;
  return (
    <li className="past-result">
      <time id={dayId} dateTime={result.takenAt}>{dayWords(result.takenAt)}</time>
      {/* A plain link, so the browser sends the session cookie and saves the file itself. */}
      <a
        className="button-secondary" aria-describedby={dayId} download={`${questionnaireId}-${result.takenAt.slice(0, 10)}.fhir.json`}
        href={endpointUrl('questionnaireResponseFhir', { id: questionnaireId, responseId: result.id })}
      >
        Download as FHIR (JSON)
      </a>
      {!confirming ? (
        <button ref={openerRef} type="button" className="button-secondary" aria-describedby={dayId} onClick={ask}>Delete</button>
      ) : (
        <div className="confirm past-result-confirm" role="group" aria-labelledby={questionId}>
          <h3 id={questionId}>Delete the result of {dayWords(result.takenAt)}?</h3>
          <p>It goes for good, from its charts too. Your log stays as it is.</p>
          {error && <p role="alert" className="field-error">{error}</p>}
          <div className="inline-row">
            <button type="button" className="button-secondary" onClick={onDelete} disabled={pending}>Delete</button>
            <button ref={safeChoiceRef} type="button" className="button-primary" onClick={cancel}>Keep it</button>
          </div>
        </div>
      )}
    </li>
  );
}
