import type { QuestionnaireDetail, QuestionnaireResult } from '@mend/core';
import type { ReactNode } from 'react';
import { scoreWords } from '../../lib/self-check-words';

type Score = QuestionnaireResult['scales'][number];

/** Where a score sits in its range, for the bar beside its number. */
const shareOf = (score: Score) => (score.score === null || score.max === score.min ? 0 : (score.score - score.min) / (score.max - score.min));

function ScoreLine({ score, children }: { score: Score; children?: ReactNode }) {
  return (
    <li className="score-line">
      <div className="score-head">
        <span className="score-title">{score.title}</span>
        <span className="score-value">{scoreWords(score)}</span>
      </div>
      <div className="score-bar" aria-hidden="true"><span style={{ width: `${Math.round(shareOf(score) * 100)}%` }} /></div>
      {children}
    </li>
  );
}

/** The newest result: each scale's score out of its top, its note, and the groupings with where they come from. */
export function LatestScores({ result, questionnaire }: { result: QuestionnaireResult; questionnaire: QuestionnaireDetail }) {
  const scaleOf = (id: string) => questionnaire.scales.find((scale) => scale.id === id);
  return (
    <>
      <section aria-labelledby="scales-heading">
        <h2 id="scales-heading">Your scores</h2>
        <ul className="score-list">
          {result.scales.map((score) => {
            const note = scaleOf(score.id)?.note;
            return <ScoreLine key={score.id} score={score}>{note && <p className="hint">{note}</p>}</ScoreLine>;
          })}
        </ul>
      </section>
      {result.composites.length > 0 && (
        <section aria-labelledby="composites-heading">
          <h2 id="composites-heading">Grouped together</h2>
          <p>Some studies add scales into broader groups. These are the same scores, added up their way.</p>
          <ul className="score-list">
            {result.composites.map((score) => {
              const composite = questionnaire.composites.find((each) => each.id === score.id);
              const scales = (composite?.scaleIds ?? []).map((id) => scaleOf(id)?.title ?? id);
              return (
                <ScoreLine key={score.id} score={score}>
                  {scales.length > 0 && <p className="hint">Adds up: {scales.join(', ')}.</p>}
                  {composite?.source && <p className="hint">Grouping from {composite.source}.</p>}
                </ScoreLine>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
