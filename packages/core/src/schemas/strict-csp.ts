import { z } from 'zod';

/**
 * zod compiles object parsers with `new Function` when it can, and probes for that with
 * `Function('')`. A page under a Content-Security-Policy without 'unsafe-eval' (Mend's) reports
 * that probe as a violation. The web app calls this once at start: schemas then parse without
 * generated code (a little slower, and it is only the browser's few responses).
 */
export function parseWithoutGeneratedCode(): void {
  z.config({ jitless: true });
}
