import { Link } from 'react-router';
import { useSharedPeople } from '../../api/use-therapist';
import { ScreenHeading } from '../../components/screen-heading';
import '../../components/therapist/therapist.css';
import { longDay, scopeList } from '../../lib/share-words';

/** A therapist's home: the people who share with them now, what each shares, and until when. */
export function PeopleScreen() {
  const people = useSharedPeople();
  return (
    <section className="screen">
      <ScreenHeading>People who share with you</ScreenHeading>
      <p>Each person chooses what you see and for how long, and can change it or stop at any time. Every time you look, they can see that you did.</p>
      {people.isPending && <p role="status">Loading…</p>}
      {people.isError && <p role="alert">{people.error.message}</p>}
      {people.data?.length === 0 && (
        <p className="empty-state">Nobody shares with you right now. When someone invites you, open the link they give you.</p>
      )}
      {people.data && people.data.length > 0 && (
        <ul className="people-list">
          {people.data.map((person) => (
            <li key={person.personId} className="person-row">
              <h2><Link to={`/people/${person.personId}`}>{person.name}</Link></h2>
              <p>Shares their {scopeList(person.scopes)}, until {longDay(person.until)}.</p>
              <p className="hint">
                Since {longDay(person.sharedSince)}
                {person.openSuggestions > 0 && <> · {person.openSuggestions === 1 ? 'one suggestion' : `${person.openSuggestions} suggestions`} not answered yet</>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
