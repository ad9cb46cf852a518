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

export const DEVICE_COOKIE = 'mend_device';
/** Browsers cap cookie lifetimes at 400 days; it is renewed at every sign-in. */
const DEVICE_COOKIE_SECONDS = 400 * 24 * 60 * 60;

/**
 * A random id for this browser, so a sign-in from somewhere new can go in the audit log. Not a
 * credential: it signs no one in. Kept across sign-outs, like the browser itself.
 */
export function setDeviceCookie(reply: FastifyReply, config: ServerConfig, value: string): void {
  reply.setCookie(DEVICE_COOKIE, value, { httpOnly: true, sameSite: 'strict', path: '/', secure: config.secureCookies, maxAge: DEVICE_COOKIE_SECONDS });
}
