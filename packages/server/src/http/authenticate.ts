import { ENDPOINT_SCOPES, type EndpointName, type Me } from '@mend/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblem } from '../api-problem';
import { resumeSession } from '../services/sessions';
import { resolvePersonalToken } from '../services/tokens';
import type { AppContext } from './app-context';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './session-cookie';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session a signed-in request came with; null for a personal access token. */
    session: { id: string; locked: boolean } | null;
    /**
     * The signed-in person's skill_filings_version as the sign-in lookup read it: with it, their
     * own skill filings may come from memory (skill-filings-cache.ts). Undefined before sign-in.
     */
    skillFilingsVersion: number | undefined;
  }
}

/** Sent by the web app on requests it makes by itself (polls), which must not keep a session in use. */
const BACKGROUND_HEADER = 'x-mend-background';

/** What a locked session may still do: unlock, or lock again. Signing out and public endpoints need no sign-in. */
const ALLOWED_WHEN_LOCKED: ReadonlySet<EndpointName> = new Set(['unlockApp', 'lockApp']);

/**
 * A therapist's account exists to read what people share with it. It keeps its own account
 * settings (password, sessions, app lock, idle sign-out in preferences), but writes no data of
 * its own: otherwise an invite would be a way round a closed sign-up to a full account.
 */
const THERAPIST_MAY_WRITE: ReadonlySet<EndpointName> = new Set(['updatePreferences']);

function refusedToTherapist(name: EndpointName): boolean {
  const needs = ENDPOINT_SCOPES[name];
  return (needs === 'write' || needs === 'import' || needs === 'export') && !THERAPIST_MAY_WRITE.has(name);
}

/**
 * onRequest hook for routes that need a person: a personal access token (Authorization: Bearer)
 * or the session cookie. A token that is sent but not valid is refused even if a cookie would
 * work: the caller asked to be that token. A token may only do what its scopes allow, and never
 * what is session-only (the account itself). A session may be signed out for being idle, or be
 * locked by the app-lock PIN.
 */
export function authenticateWith(context: AppContext, name: EndpointName) {
  const needs = ENDPOINT_SCOPES[name];
  return async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const now = context.now();
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const secret = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
      const token = secret ? await resolvePersonalToken(context.storage, secret, now) : null;
      if (!token) throw new ApiProblem(401, 'unauthenticated', 'This access token is not valid. It may have been revoked; create a new one.');
      if (needs === 'session-only') {
        throw new ApiProblem(403, 'token_not_allowed', 'An access token cannot do this. Sign in to Mend in a browser to do it.');
      }
      if (needs !== 'public' && !token.scopes.includes(needs)) {
        throw new ApiProblem(403, 'missing_scope', `This access token does not have the "${needs}" scope. Create a token with it to do this.`, {
          authorization: `needs the "${needs}" scope`,
        });
      }
      refuseTherapistWrites(token.me, name);
      request.me = token.me;
      request.skillFilingsVersion = token.skillFilingsVersion;
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    const countsAsUse = request.headers[BACKGROUND_HEADER] !== '1';
    const session = cookie ? await resumeSession(context.storage, cookie, now, context.config.idleSignOutMinutes, { countsAsUse }) : null;
    if (!cookie || !session) {
      if (cookie) clearSessionCookie(reply, context.config);
      throw new ApiProblem(401, 'unauthenticated', 'Please sign in first.');
    }
    if (session.state === 'idle') {
      clearSessionCookie(reply, context.config);
      throw new ApiProblem(401, 'signed_out_idle', `You were signed out after ${describeMinutes(session.minutes)} without use. Please sign in again.`);
    }
    if (session.locked && !ALLOWED_WHEN_LOCKED.has(name)) {
      throw new ApiProblem(423, 'app_locked', 'Mend is locked on this device. Enter your PIN to carry on.');
    }
    refuseTherapistWrites(session.me, name);
    if (session.extendedUntil) setSessionCookie(reply, context.config, cookie, session.extendedUntil, now);
    request.me = session.me;
    request.skillFilingsVersion = session.skillFilingsVersion;
    request.session = { id: session.id, locked: session.locked };
  };
}

function refuseTherapistWrites(me: Me, name: EndpointName): void {
  if (me.role === 'therapist' && refusedToTherapist(name)) {
    throw new ApiProblem(403, 'therapist_account', 'A therapist account reads what people share with it; it does not keep data of its own.');
  }
}

function describeMinutes(minutes: number): string {
  if (minutes % 60 !== 0) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const hours = minutes / 60;
  return hours === 1 ? 'an hour' : `${hours} hours`;
}
