import { Link } from 'react-router';
import { CurrentShares } from '../../components/sharing/current-shares';
import { InviteTherapist } from '../../components/sharing/invite-therapist';
import '../../components/sharing/sharing.css';
import { TherapistSuggestions } from '../../components/sharing/therapist-suggestions';
import { ScreenHeading } from '../../components/screen-heading';

/** Sharing with a therapist, entirely on the person's terms: what, for how long, and stopping whenever they like. */
export function SharingScreen() {
  return (
    <section className="screen">
      <ScreenHeading>Share with a therapist</ScreenHeading>
      <p className="lead">You choose what they see, and for how long. You can stop at any time.</p>
      <ul className="sharing-can-see">
        <li>A therapist sees only what you tick, and can’t change anything.</li>
        <li>They never see your settings, tokens, sign-ins or account activity, or anything you didn’t tick.</li>
        <li>Every time they look, it shows in your <Link to="/settings/activity">Account activity</Link>.</li>
      </ul>

      <TherapistSuggestions />

      <CurrentShares />

      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite a therapist</h2>
        <p>Only if and when you want to. Mend makes a link and a code that you give to your therapist yourself.</p>
        <InviteTherapist />
      </section>

      <p className="sharing-back"><Link to="/settings">Back to Settings</Link></p>
    </section>
  );
}
