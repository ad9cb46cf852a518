import { smsHref, telHref, type CrisisLine } from '@mend/core';

/** One line: who they are, big call / text buttons, hours, and where the number comes from. */
export function CrisisLineCard({ line }: { line: CrisisLine }) {
  const sourceIsLink = /^https?:\/\//.test(line.source);
  return (
    <li className="line-card">
      <h3>{line.name}</h3>
      <p>{line.description}</p>
      <p className="line-hours">Hours: {line.hours}</p>
      <div className="big-links">
        {line.call && <a className="big-link" href={telHref(line.call)}>Call {line.call}</a>}
        {line.text && (
          <a className="big-link" href={smsHref(line.text.number, line.text.body)}>
            {line.text.label ?? `Text ${line.text.number}`}
          </a>
        )}
        {line.chatUrl && <a className="big-link big-link-quiet" href={line.chatUrl}>Chat online with {line.name}</a>}
      </div>
      {!line.confirmed && (
        <p className="line-unconfirmed">
          Not yet confirmed from the service’s own website. If it doesn’t connect, use the directory below.
        </p>
      )}
      <p className="line-source">
        Source: {sourceIsLink ? <a href={line.source}>{line.source}</a> : line.source} · last checked {line.lastChecked}
      </p>
    </li>
  );
}
