import { Link } from 'react-router';
import { ScreenHeading } from '../components/screen-heading';

/** No h1 on purpose: the screen that follows brings its own, and focus waits for it. */
export function LoadingScreen() {
  return (
    <section className="screen screen-narrow">
      <p role="status" className="lead">Opening Mend…</p>
    </section>
  );
}

/** The server could not be reached or answered oddly. Help still works: it needs no server. */
export function ServerProblemScreen({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <section className="screen screen-narrow">
      <ScreenHeading>Mend can’t reach its server</ScreenHeading>
      <p role="alert">{error.message}</p>
      <p>Your entries are safe on the server. You can try again in a moment.</p>
      <p><button type="button" className="button-primary" onClick={onRetry}>Try again</button></p>
      <p>Crisis lines work without the server: <Link to="/help">see who you can call or text</Link>.</p>
    </section>
  );
}
