import type { QuestionnaireDetail } from '@mend/core';
import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useQuestionnaire, useSaveQuestionnaireResponse } from '../../api/use-self-checks';
import { ScreenHeading } from '../../components/screen-heading';
import { QuestionFieldset } from '../../components/self-checks/question-fieldset';
import '../../components/self-checks/self-checks.css';
import { clearSelfCheckDraft, readSelfCheckDraft, writeSelfCheckDraft } from '../../lib/self-check-draft';
import { answeredWords, missingWords, NEEDS_AN_ANSWER } from '../../lib/self-check-words';

export interface SelfCheckResultsState {
  /** Just saved: the results screen says so. */
  saved: true;
}

/** Taking one self-check: every statement with its answers, kept in a draft until it is saved. */
export function TakeSelfCheckScreen() {
  const { id = '' } = useParams();
  const questionnaire = useQuestionnaire(id);
  return (
    <section className="screen take-self-check">
      <ScreenHeading>{questionnaire.data?.title ?? 'Self-check'}</ScreenHeading>
      {questionnaire.isPending && <p role="status">Loading the questions…</p>}
      {questionnaire.isError && (
        <div>
          <p role="alert">{isApiError(questionnaire.error, 404) ? 'This self-check isn’t here.' : questionnaire.error.message}</p>
          <p><Link to="/self-checks">Back to Self-checks</Link></p>
        </div>
      )}
      {questionnaire.data && <SelfCheckForm questionnaire={questionnaire.data} />}
    </section>
  );
}

type Problems = Record<string, string>;

function SelfCheckForm({ questionnaire }: { questionnaire: QuestionnaireDetail }) {
  const formRef = useRef<HTMLFormElement>(null);
  const navigate = useNavigate();
  const save = useSaveQuestionnaireResponse(questionnaire.id);
  const [answers, setAnswers] = useState(() => readSelfCheckDraft(questionnaire));
  const [problems, setProblems] = useState<Problems>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const { questions } = questionnaire;
  const answered = questions.filter((question) => answers[question.linkId] !== undefined).length;

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = questions.findIndex((question) => problems[question.linkId]);
    const fieldset = first >= 0 ? formRef.current?.querySelector(`[data-question="${first + 1}"]`) : null;
    const target = fieldset?.querySelector<HTMLInputElement>('input:checked') ?? fieldset?.querySelector<HTMLInputElement>('input');
    if (target) target.focus();
    else formRef.current?.querySelector<HTMLElement>('.form-alert')?.focus();
    // Once per attempt to save, after the problems are on screen.
  }, [focusRequest]);

  const choose = (linkId: string, code: string) => {
    const next = { ...answers, [linkId]: code };
    setAnswers(next);
    writeSelfCheckDraft(questionnaire.id, questionnaire.version, next);
    if (problems[linkId]) {
      const { [linkId]: _answered, ...rest } = problems;
      setProblems(rest);
    }
  };

  const show = (found: Problems, message: string) => {
    setProblems(found);
    setAlert(message);
    setFocusRequest((count) => count + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = questions.flatMap((question, index) => (question.required && answers[question.linkId] === undefined ? [{ question, number: index + 1 }] : []));
    if (missing.length) {
      return show(Object.fromEntries(missing.map(({ question }) => [question.linkId, NEEDS_AN_ANSWER])), missingWords(missing.map(({ number }) => number)));
    }
    setAlert(null);
    save.mutate({ answers }, {
      onSuccess: () => {
        clearSelfCheckDraft(questionnaire.id);
        const state: SelfCheckResultsState = { saved: true };
        navigate(`/self-checks/${encodeURIComponent(questionnaire.id)}/results`, { state });
      },
      onError: (error) => {
        const found: Problems = {};
        for (const [field, message] of Object.entries(isApiError(error, 400) ? error.fields : {})) {
          const linkId = field.startsWith('answers.') ? field.slice('answers.'.length) : null;
          if (linkId !== null && questions.some((question) => question.linkId === linkId)) found[linkId] ??= message.charAt(0).toUpperCase() + message.slice(1);
        }
        const kept = 'Your answers are kept here; you can try again.';
        show(found, Object.keys(found).length ? 'Some answers need another look.' : `${error.message} ${kept}`);
      },
    });
  };

  return (
    <form ref={formRef} className="self-check-form" onSubmit={submit} noValidate>
      {questionnaire.description && <p className="lead">{questionnaire.description}</p>}
      {questionnaire.intro.map((text) => <p key={text} className="self-check-intro">{text}</p>)}
      <p className="hint">There are no right or wrong answers. What you choose is kept in this tab until you save.</p>
      {questions.map((question, index) => {
        const section = question.section !== null && question.section !== questions[index - 1]?.section ? question.section : null;
        return (
          <Fragment key={question.linkId}>
            {section && <h2>{section}</h2>}
            <QuestionFieldset
              question={question} number={index + 1} value={answers[question.linkId]}
              onChange={(code) => choose(question.linkId, code)} error={problems[question.linkId]}
            />
          </Fragment>
        );
      })}
      <div className="form-alert" role="alert" tabIndex={-1}>{alert}</div>
      <p className="self-check-progress">{answeredWords(answered, questions.length)}</p>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>{save.isPending ? 'Saving…' : 'See my results'}</button>
      </div>
      {questionnaire.copyright && <p className="hint">{questionnaire.copyright}</p>}
    </form>
  );
}
