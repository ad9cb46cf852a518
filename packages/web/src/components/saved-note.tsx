import type { LogMomentResult } from '../api/use-log-moment';

/** What the person reads right after Save: saved, and, if it waits, where it is and what happens next. */
export function SavedNote({ result }: { result: Pick<LogMomentResult, 'delivered' | 'waitingIn'> }) {
  if (result.delivered) return <p className="saved-message">Saved. You can add more to it whenever you like.</p>;
  if (result.waitingIn === 'tab') {
    return (
      <>
        <p className="saved-message">Saved in this tab for now.</p>
        <p>This browser won’t let Mend keep it on the device, so leave this tab open. Mend will send it as soon as it can reach the server.</p>
      </>
    );
  }
  return (
    <>
      <p className="saved-message">Saved on this device.</p>
      <p>Mend will send it as soon as it can reach the server. You can add more detail once it’s there.</p>
    </>
  );
}
