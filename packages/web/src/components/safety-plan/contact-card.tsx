import { smsHref, telHref, type SafetyContact } from '@mend/core';

/** Someone from the plan, with big call and text buttons when there is a number. */
export function ContactCard({ contact }: { contact: SafetyContact }) {
  return (
    <li className="line-card contact-card">
      <p className="contact-name">{contact.name}{contact.phone && <span className="contact-phone"> · {contact.phone}</span>}</p>
      {contact.note && <p className="hint">{contact.note}</p>}
      {contact.phone && (
        <div className="big-links">
          <a className="big-link" href={telHref(contact.phone)}>Call {contact.name}</a>
          <a className="big-link big-link-quiet" href={smsHref(contact.phone)}>Text {contact.name}</a>
        </div>
      )}
    </li>
  );
}
