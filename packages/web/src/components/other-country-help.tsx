import { FIND_A_HELPLINE } from '@mend/core';

/** For a country Mend has no checked line for: how to find one, without guessing. */
export function OtherCountryHelp() {
  return (
    <div className="other-country">
      <h3>{FIND_A_HELPLINE.title}</h3>
      <ol className="steps">
        {FIND_A_HELPLINE.steps.map((step) => <li key={step}>{step}</li>)}
      </ol>
      <p>
        <a className="big-link" href={FIND_A_HELPLINE.directoryUrl}>Open {FIND_A_HELPLINE.directoryName}</a>
      </p>
    </div>
  );
}
