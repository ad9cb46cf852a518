import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { TestProject } from 'vitest/node';
import { openStorage } from '../storage/open-storage';
import { createTestDatabase, testPostgresUrl } from './test-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, empty database that each test server's database is copied from. */
    postgresTemplate?: string;
  }
}

/**
 * Global setup of the vitest project `postgres`: migrates one empty database at the start, so each
 * of the project's many test servers copies it instead of running every migration again (about
 * half a second each on PostgreSQL). The servers still run the migrator, which finds nothing to do.
 */
export default async function setupPostgresTemplate(project: TestProject): Promise<() => Promise<void>> {
  if (!testPostgresUrl) throw new Error('The postgres project needs MEND_TEST_DATABASE_URL: scripts/start-test-postgres.sh starts a server and prints one');
  const template = await createTestDatabase(testPostgresUrl, 'mend_template');
  try {
    // An empty database holds no data keys, so the key given here leaves nothing behind in it.
    const storage = await openStorage({ databaseUrl: template.url, dataDir: os.tmpdir(), serverKey: randomBytes(32).toString('base64') });
    await storage.close();
  } catch (error) {
    await template.drop();
    throw error;
  }
  project.provide('postgresTemplate', template.name);
  return () => template.drop();
}
