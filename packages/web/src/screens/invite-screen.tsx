import { INVITE_VALID_DAYS, type SharedPerson } from '@mend/core';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiClientError, isApiError } from '../api/client';
import { useMe, useSignIn } from '../api/use-session';
import { useAcceptShareInvite, useRegisterTherapist } from '../api/use-therapist';
import { AccountForm } from '../components/account-form';
import { ScreenHeading } from '../components/screen-heading';
import { focusMainHeading } from '../layout/focus-heading';
import { scopeList } from '../lib/share-words';
import { LoadingScreen } from './gate-states';

const NOT_WORKING = `This invite doesn’t work any more. It may have been used already, withdrawn, or made more than ${INVITE_VALID_DAYS} days ago. Ask the person for a new one.`;

/** An unknown, used or expired code gets one calm answer; anything else as the server said it. */
function inviteProblem(error: unknown): unknown {
  if (isApiError(error, 404)) return new ApiClientError({ status: 404, code: error.code, message: NOT_WORKING });
  if (isApiError(error) && error.fields.code) return new ApiClientError({ status: error.status, code: error.code, message: `The invite code ${error.fields.code}.` });
  return error;
}

/** The code from a link's fragment, as typed in the address. */
function codeFromHash(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

/**
 * The code comes in the address's fragment (#…), which the browser never sends to a server or
 * puts in a referrer; it leaves this page only in the body of the request that uses it. Once read,
 * the address becomes plain /invite (replaced, so the code is not in the tab's history or on screen
 * for someone looking over a shoulder) and the code lives on in the history entry's state. A new
 * link opened in the same tab brings a new fragment, and with it a fresh screen.
 */
export function InviteScreen() {
  const location = useLocation();
  const navigate = useNavigate();
  const fromHash = location.hash.length > 1 ? codeFromHash(location.hash) : null;
  // Each opening of a link is its own screen, even the same link again after an answer.
  const link = fromHash === null ? readKeptLink(location.state) : { code: fromHash, opened: location.key };

  useEffect(() => {
    if (fromHash === null) return;
    const kept: KeptLink = { code: fromHash, opened: location.key };
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: { inviteLink: kept } });
  }, [fromHash, location.key, location.pathname, location.search, navigate]);

  return <InviteSteps key={link.opened} linkCode={link.code} />;
}

interface KeptLink {
  code: string;
  opened: string;
}

function readKeptLink(state: unknown): KeptLink {
  const kept = (state as { inviteLink?: Partial<KeptLink> } | null)?.inviteLink;
  return typeof kept?.code === 'string' && typeof kept.opened === 'string' ? { code: kept.code, opened: kept.opened } : { code: '', opened: 'typed' };
}

/** A therapist opens a person's invite: accept it, or first make a therapist account or sign in. */
function InviteSteps({ linkCode }: { linkCode: string }) {
  const me = useMe();
  const [code, setCode] = useState(linkCode);
  const [accepted, setAccepted] = useState<SharedPerson | null>(null);
  // A new account accepts the invite as it is made: nothing more to press.
  const [registered, setRegistered] = useState(false);

  if (me.isPending) return <LoadingScreen />;

  const codeField = (
    <div className="field">
      <label htmlFor="invite-code">Invite code</label>
      <p className="hint" id="invite-code-hint">Filled in from the link. If you were given the code on its own, type it here.</p>
      <input id="invite-code" type="text" autoComplete="off" autoCapitalize="none" spellCheck={false} aria-describedby="invite-code-hint"
        value={code} onChange={(event) => setCode(event.target.value)} />
    </div>
  );

  if (accepted) {
    return (
      <section className="screen screen-narrow">
        <ScreenHeading>You’re connected</ScreenHeading>
        <p>{accepted.name} shares their {scopeList(accepted.scopes)} with you. They can change or stop this at any time.</p>
        <p><Link className="button-primary" to={`/people/${accepted.personId}`}>Open {accepted.name}’s summary</Link></p>
        <p><Link to="/people">All the people who share with you</Link></p>
      </section>
    );
  }

  if (registered) {
    return (
      <section className="screen screen-narrow">
        <ScreenHeading>You’re connected</ScreenHeading>
        <p>Your therapist account is ready and the invite is accepted. The person can change what you see, or stop, at any time.</p>
        <p><Link className="button-primary" to="/people">See the people who share with you</Link></p>
      </section>
    );
  }

  if (me.data && me.data.role !== 'therapist') {
    return (
      <section className="screen screen-narrow">
        <ScreenHeading>This link is for your therapist</ScreenHeading>
        <p>
          An invite link lets a therapist see what you chose to share. You’re signed in with your own account, so there is
          nothing to do here. If you meant to invite your therapist, send them the link.
        </p>
        <p><Link to="/settings/sharing">See what you share, and with whom</Link></p>
      </section>
    );
  }

  if (me.data) return <AcceptInvite code={code} codeField={codeField} onAccepted={setAccepted} />;
  return <SignedOutInvite code={code} codeField={codeField} onRegistered={() => setRegistered(true)} />;
}

function AcceptInvite({ code, codeField, onAccepted }: { code: string; codeField: ReactNode; onAccepted: (person: SharedPerson) => void }) {
  const accept = useAcceptShareInvite();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section className="screen screen-narrow">
      <ScreenHeading>An invite to see what someone shares</ScreenHeading>
      <p>Someone using Mend invited you to see parts of it. They choose what you see and for how long, and every time you look, it shows in their account activity.</p>
      <form noValidate onSubmit={(event) => {
        event.preventDefault();
        if (!code.trim()) return setProblem('Enter the invite code.');
        setProblem(null);
        accept.mutate(code.trim(), {
          onSuccess: (person) => {
            onAccepted(person);
            focusMainHeading();
          },
          onError: (error) => setProblem((inviteProblem(error) as Error).message),
        });
      }}>
        {codeField}
        <div className="form-alert" role="alert">{problem}</div>
        <button type="submit" className="button-primary" disabled={accept.isPending}>Accept</button>
      </form>
    </section>
  );
}

function SignedOutInvite({ code, codeField, onRegistered }: { code: string; codeField: ReactNode; onRegistered: () => void }) {
  const register = useRegisterTherapist();
  const signIn = useSignIn();
  const [signingIn, setSigningIn] = useState(false);
  const switchTo = (next: boolean) => {
    setSigningIn(next);
    focusMainHeading();
  };
  const help = <p>Mend is not an emergency service. Crisis lines are here without signing in: <Link to="/help">I need help now</Link>.</p>;

  if (signingIn) {
    return (
      <section className="screen screen-narrow">
        <ScreenHeading>Sign in to accept the invite</ScreenHeading>
        <p>Sign in with your therapist account; then you can accept.</p>
        <AccountForm creating={false} submitLabel="Sign in" onSubmit={async (credentials) => {
          await signIn.mutateAsync(credentials);
          focusMainHeading();
        }} />
        <p><button type="button" className="link-button" onClick={() => switchTo(false)}>I don’t have an account yet</button></p>
        {help}
      </section>
    );
  }

  return (
    <section className="screen screen-narrow">
      <ScreenHeading>An invite to see what someone shares</ScreenHeading>
      <p>
        Someone using Mend invited you, as their therapist, to see parts of it. Make a therapist account to accept. They choose
        what you see and for how long, and can stop at any time.
      </p>
      {codeField}
      <h2>Make a therapist account</h2>
      <AccountForm creating submitLabel="Create account and accept" onSubmit={async (credentials) => {
        if (!code.trim()) throw new ApiClientError({ status: 0, code: 'code', message: 'Enter the invite code first.' });
        await register.mutateAsync({ ...credentials, code: code.trim() }, { onSuccess: onRegistered }).catch((error: unknown) => Promise.reject(inviteProblem(error)));
        focusMainHeading();
      }} />
      <p>Already have a therapist account? <button type="button" className="link-button" onClick={() => switchTo(true)}>Sign in first</button></p>
      {help}
    </section>
  );
}
