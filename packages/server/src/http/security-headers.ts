import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { ServerConfig } from '../config';

/**
 * A CSP that lets the built SPA run (its own scripts, styles, images, data: icons, calls to this
 * server) and nothing else. HTTPS-only headers are sent only when the operator says Mend is
 * served over HTTPS: upgrade-insecure-requests would break a plain-HTTP install on a home network.
 */
export function helmetOptions(config: ServerConfig): FastifyHelmetOptions {
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
  };
}
