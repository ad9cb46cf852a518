import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { ServerConfig } from '../config';

/**
 * Mend needs none of the device's sensors or payment: a script that got in somehow (or a page
 * that frames it, which frame-ancestors already forbids) still cannot ask for them. Only
 * features Chromium and Firefox recognise, so the console stays free of warnings.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'usb',
].map((feature) => `${feature}=()`).join(', ');

/**
 * A CSP that lets the built SPA run (its own scripts, styles, images, data: icons, calls to this
 * server) and nothing else. HTTPS-only headers are sent only when the operator says Mend is
 * served over HTTPS: upgrade-insecure-requests would break a plain-HTTP install on a home network.
 */
function helmetOptions(config: ServerConfig): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // Style attributes cannot run code; charting and motion libraries set them.
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.secureCookies && { upgradeInsecureRequests: [] }),
      },
    },
    strictTransportSecurity: config.secureCookies ? { maxAge: 15_552_000, includeSubDomains: false } : false,
    // A mental-health app's URLs should not leak to other sites.
    referrerPolicy: { policy: 'no-referrer' },
    // The same as frame-ancestors 'none', for browsers that only know the older header.
    xFrameOptions: { action: 'deny' },
  };
}

/**
 * Every header above, worked out once: they depend only on the configuration, never on the
 * request (no CSP nonces), so running helmet's middleware again for every request (which
 * @fastify/helmet does) would give the same headers at a cost. Helmet writes them to a recording
 * stand-in for a response; Permissions-Policy, which helmet does not set, is added.
 */
export function securityHeaders(config: ServerConfig): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failed: unknown;
  let done = false;
  helmet(helmetOptions(config))({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failed = error;
    done = true;
  });
  if (!done) throw new Error('helmet did not finish setting headers synchronously');
  if (failed) throw failed;
  headers['permissions-policy'] = PERMISSIONS_POLICY;
  return headers;
}

/** Sent on every answer, the web app's files and the API alike, errors included. */
export function addSecurityHeaders(app: FastifyInstance, config: ServerConfig): void {
  const headers = securityHeaders(config);
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
}
