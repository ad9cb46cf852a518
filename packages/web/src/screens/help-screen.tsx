import { FIND_A_HELPLINE, helpForCountry, telHref } from '@mend/core';
import { useState } from 'react';
import { CountrySelect } from '../components/country-select';
import { CrisisLineCard } from '../components/crisis-line-card';
import { OtherCountryHelp } from '../components/other-country-help';
import { SafetyPlanSlot } from '../components/safety-plan-slot';
import { ScreenHeading } from '../components/screen-heading';
import { initialHelpCountry, OTHER_COUNTRY, rememberHelpCountry } from '../lib/help-country';

/**
 * Help now. Works signed out and with the server down: it reads only data bundled with the app,
 * never the network.
 */
export function HelpScreen() {
  const [country, setCountry] = useState(initialHelpCountry);
  const help = country === OTHER_COUNTRY ? null : helpForCountry(country);
  const emergency = help ? help.emergency : ['112'];

  const choose = (next: string) => {
    setCountry(next);
    rememberHelpCountry(next);
  };

  return (
    <section className="screen help-screen">
      <ScreenHeading title="Help now">You don’t have to carry this alone</ScreenHeading>
      <p className="lead">Just the next few minutes. There are people who will listen, right now.</p>

      <SafetyPlanSlot />

      <CountrySelect id="help-country" label="Country" value={country} onChange={choose} />

      <section className="danger-now" aria-labelledby="danger-heading">
        <h2 id="danger-heading">If you are in immediate danger</h2>
        <p>{help ? `Call emergency services (${help.countryName}):` : FIND_A_HELPLINE.steps[0]}</p>
        <div className="big-links">
          {emergency.map((number) => <a key={number} className="big-link" href={telHref(number)}>Call {number}</a>)}
        </div>
      </section>

      <section aria-labelledby="lines-heading">
        <h2 id="lines-heading">Talk to someone now</h2>
        {help ? (
          <>
            <ul className="line-list">
              {help.lines.map((line) => <CrisisLineCard key={line.name} line={line} />)}
            </ul>
            <p className="line-source">
              Elsewhere, or want more choices: <a href={FIND_A_HELPLINE.directoryUrl}>{FIND_A_HELPLINE.directoryName}</a>.
            </p>
          </>
        ) : (
          <OtherCountryHelp />
        )}
      </section>

      <p className="not-emergency">
        Mend is not an emergency service. It can’t see what you write and it can’t send anyone to you; the people above can help.
      </p>
    </section>
  );
}
