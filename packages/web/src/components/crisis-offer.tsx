import { helpForCountry, telHref } from '@mend/core';
import { ModalDialog } from './modal-dialog';
import { Link } from 'react-router';
import { focusMainHeading } from '../layout/focus-heading';
import { closeCrisisOffer, useCrisisOfferOpen } from '../lib/crisis-offer-store';
import { initialHelpCountry } from '../lib/help-country';
import { CrisisLineCard } from './crisis-line-card';
import { OtherCountryHelp } from './other-country-help';
import { PlanFirstSteps } from './safety-plan/plan-first-steps';
import { useDevicePlan } from './safety-plan/use-shown-plan';

/** The shell's host for the offer: nothing until a screen opens it. */
export function CrisisOfferHost() {
  return useCrisisOfferOpen() ? <CrisisOffer onClose={closeAndRefocus} /> : null;
}

/** The dialog gives focus back to what had it; when that is gone (the form that saved), to the screen's heading. */
function closeAndRefocus(): void {
  closeCrisisOffer();
  requestAnimationFrame(() => {
    if (document.activeElement === document.body || !document.activeElement) focusMainHeading();
  });
}

/**
 * A calm, full-screen offer of the person's own plan and the crisis lines of their country,
 * after a moment that sounds like a crisis. Never blocking: Close and Escape always work, and
 * nothing in it needs the network.
 */
export function CrisisOffer({ onClose }: { onClose: () => void }) {
  const { plan, skillName } = useDevicePlan();
  const help = helpForCountry(initialHelpCountry());

  return (
    <ModalDialog className="crisis-offer" headingId="crisis-offer-heading" onCancel={onClose}>
      <div className="crisis-offer-body">
        <h2 id="crisis-offer-heading" tabIndex={-1}>You don’t have to get through this on your own</h2>
        <p className="lead">What you just logged sounds like a lot to carry. If it would help, here is what you planned for a moment like this, and people you can reach right now.</p>

        {plan && <PlanFirstSteps plan={plan} skillName={skillName} idPrefix="offer" />}

        <section aria-labelledby="offer-lines">
          <h3 id="offer-lines">Talk to someone now</h3>
          {help ? (
            <ul className="line-list">{help.lines.map((line) => <CrisisLineCard key={line.name} line={line} />)}</ul>
          ) : (
            <OtherCountryHelp />
          )}
          <p>
            If you are in immediate danger:{' '}
            {(help?.emergency ?? ['112']).map((number) => <a key={number} className="big-link" href={telHref(number)}>Call {number}</a>)}
          </p>
        </section>

        <div className="big-links">
          <Link className="big-link big-link-quiet" to="/safety-plan" onClick={onClose}>Open my safety plan</Link>
          <button type="button" className="button-primary" onClick={onClose}>Close</button>
        </div>
        <p className="not-emergency">Mend is not an emergency service and can’t send anyone to you. The people above can help.</p>
      </div>
    </ModalDialog>
  );
}
