import type { FastifyReply } from 'fastify';
import type { ServerConfig } from '../config';

export const SESSION_COOKIE = 'mend_session';

/**
 * HttpOnly: scripts cannot read it. SameSite=Strict: other sites cannot make the browser send
 * it. Secure when the operator says Mend is served over HTTPS.
 */
export function setSessionCookie(reply: FastifyReply, config: ServerConfig, token: string, expiresAt: Date, now: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: config.secureCookies,
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: ServerConfig): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/', secure: config.secureCookies });
}
