import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
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
    // The same as frame-ancestors 'none', for browsers that only know the older header.
    xFrameOptions: { action: 'deny' },
  };
}

/** Headers helmet does not set; sent on every answer, the web app's files and the API alike. */
export function addPermissionsPolicy(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('permissions-policy', PERMISSIONS_POLICY);
  });
}
