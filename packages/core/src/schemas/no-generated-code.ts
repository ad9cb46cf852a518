import { z } from 'zod';

/**
 * Imported for its effect, before anything else that builds a schema (the web app's first
 * import). zod compiles object parsers with `new Function` when it can, deciding when each schema
 * is built, and probes for it with `Function('')`; under Mend's Content-Security-Policy (no
 * 'unsafe-eval') that probe is reported as a violation. Without generated code the browser's few
 * parses are a little slower, which it does not notice. The server keeps the fast path.
 */
z.config({ jitless: true });
