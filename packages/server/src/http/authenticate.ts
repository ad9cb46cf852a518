import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblem } from '../api-problem';
import { resumeSession } from '../services/sessions';
import { resolvePersonalToken } from '../services/tokens';
import type { AppContext } from './app-context';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './session-cookie';

/**
 * onRequest hook for routes that need a person: a personal access token (Authorization: Bearer)
 * or the session cookie. A token that is sent but not valid is refused even if a cookie would
 * work: the caller asked to be that token.
 */
export function authenticateWith(context: AppContext) {
  return async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const now = context.now();
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const secret = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
      const me = secret ? await resolvePersonalToken(context.storage, secret, now) : null;
      if (!me) throw new ApiProblem(401, 'unauthenticated', 'This access token is not valid. It may have been revoked; create a new one.');
      request.me = me;
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    const session = cookie ? await resumeSession(context.storage, cookie, now) : null;
    if (!cookie || !session) {
      if (cookie) clearSessionCookie(reply, context.config);
      throw new ApiProblem(401, 'unauthenticated', 'Please sign in first.');
    }
    if (session.extendedUntil) setSessionCookie(reply, context.config, cookie, session.extendedUntil, now);
    request.me = session.me;
  };
}
