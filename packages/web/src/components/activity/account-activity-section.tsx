import { Link } from 'react-router';

/** Settings' way to the audit log. */
export function AccountActivitySection() {
  return (
    <section aria-labelledby="activity-heading">
      <h2 id="activity-heading">Account activity</h2>
      <p>Every export, import, deletion, access token and sign-in from a new device, so you can check it was you.</p>
      <p><Link className="button-secondary" to="/settings/activity">See account activity</Link></p>
    </section>
  );
}
