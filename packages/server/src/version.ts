import fs from 'node:fs';

/** The version of the whole app: the root package.json, which releases bump. */
export const MEND_VERSION: string = (
  JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
