import { Link } from 'react-router';
import { ScreenHeading } from '../components/screen-heading';

export function NotFoundScreen() {
  return (
    <section className="screen screen-narrow">
      <ScreenHeading>This page isn’t here</ScreenHeading>
      <p>The address may have changed. <Link to="/">Go to the start</Link>.</p>
    </section>
  );
}
