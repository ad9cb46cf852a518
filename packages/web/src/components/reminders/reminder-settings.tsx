import { CalendarFeedSettings } from './calendar-feed-settings';
import { NotificationSettings } from './notification-settings';
import './reminders.css';

/** Settings: how Mend reminds, outside Home's gentle banner. */
export function ReminderSettings() {
  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders and calendar</h2>
      <p>Home shows a gentle reminder on the days you planned to practise. You can also have these:</p>
      <NotificationSettings />
      <CalendarFeedSettings />
    </section>
  );
}
