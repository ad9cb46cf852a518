import { Link } from 'react-router';
import { useAuditLog } from '../../api/use-audit-log';
import '../../components/activity/activity.css';
import { ScreenHeading } from '../../components/screen-heading';
import { auditEventWords } from '../../lib/audit-words';

/** In the person's own time zone (the browser's), with the date, so an entry can be checked against memory. */
const whenWords = (iso: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** What was done with the account, newest first: so a person can check nobody else took their data. */
export function AccountActivityScreen() {
  const pages = useAuditLog();
  const events = pages.data?.pages.flatMap((page) => page.events) ?? [];
  return (
    <section className="screen">
      <ScreenHeading>Account activity</ScreenHeading>
      <p>
        Exports, imports, deletions, access tokens, sign-ins from a new device, sharing and every look by a therapist you share with, newest first. Kept for two years.
        If something here wasn’t you, <Link to="/settings">change your password and sign out everywhere</Link> in Settings.
      </p>
      {pages.isPending && <p role="status">Loading your account activity…</p>}
      {pages.isError && <p role="alert">{pages.error.message}</p>}
      {pages.isSuccess && events.length === 0 && <p className="empty-state">Nothing yet. When you export, import, delete or add a token, it shows here.</p>}
      {events.length > 0 && (
        <ul className="activity-list">
          {events.map((event) => (
            <li key={event.id}>
              <span className="activity-words">{auditEventWords(event)}</span>{' '}
              <time className="activity-time" dateTime={event.at}>{whenWords(event.at)}</time>
            </li>
          ))}
        </ul>
      )}
      {pages.hasNextPage && (
        <p>
          <button type="button" className="button-secondary" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
            {pages.isFetchingNextPage ? 'Loading…' : 'Show more'}
          </button>
        </p>
      )}
      <p><Link to="/settings">Back to Settings</Link></p>
    </section>
  );
}
