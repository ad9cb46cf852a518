import { useState } from 'react';
import { useCreateCalendarFeed, useDeleteCalendarFeed } from '../../api/use-calendar-feed';

/** Settings: a private iCalendar address of planned practice, for any calendar app. Shown once, like a token. */
export function CalendarFeedSettings() {
  const create = useCreateCalendarFeed();
  const remove = useDeleteCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const make = () => {
    setMessage('');
    create.mutate(undefined, { onSuccess: (feed) => setUrl(feed.url) });
  };

  const turnOff = () => {
    setMessage('');
    remove.mutate(undefined, {
      onSuccess: () => {
        setUrl(null);
        setMessage('The calendar feed is off. Its link no longer works.');
      },
    });
  };

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage('Copied.');
    } catch {
      setMessage('Copying didn’t work here; select the link and copy it by hand.');
    }
  };

  const problem = create.error ?? remove.error;
  return (
    <>
      <h3>Calendar feed</h3>
      <p>
        A private link that any calendar app can subscribe to. It shows the practice times planned on your path, and
        nothing about how you are. Anyone with the link can see those times, so keep it to yourself. Making a new link
        turns the old one off.
      </p>
      <div role="status" className="status-line">
        {url && (
          <div className="feed-once">
            <p>Here is your calendar link. Copy it now: Mend shows it only this once.</p>
            <p><code className="feed-url">{url}</code></p>
            <div className="inline-row">
              <button type="button" className="button-secondary" onClick={() => void copy(url)}>Copy link</button>
              <button type="button" className="button-secondary" onClick={() => setUrl(null)}>Done</button>
            </div>
            <p>To add it to a calendar app, look for subscribing to a calendar from the internet, then paste the link:</p>
            <ul className="feed-how">
              <li>Google Calendar (on the web): Other calendars, then From URL.</li>
              <li>Apple Calendar: File, then New Calendar Subscription.</li>
              <li>Outlook: Add calendar, then Subscribe from web.</li>
            </ul>
            <p className="hint">Calendar apps look for changes now and then, so a new plan can take a few hours to show.</p>
          </div>
        )}
        {message && <p>{message}</p>}
      </div>
      {problem && <p role="alert" className="form-alert">{problem.message}</p>}
      <div className="inline-row">
        <button type="button" className="button-secondary" disabled={create.isPending} onClick={make}>Make a calendar link</button>
        <button type="button" className="button-secondary" disabled={remove.isPending} onClick={turnOff}>Turn the feed off</button>
      </div>
    </>
  );
}
