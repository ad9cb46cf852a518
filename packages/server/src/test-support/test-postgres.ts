import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL tests run only when MEND_TEST_DATABASE_URL points at a server where this user may
 * create databases (scripts/start-test-postgres.sh makes one).
 */
export const testPostgresUrl = process.env.MEND_TEST_DATABASE_URL;

export interface TestDatabase {
  /** The new database's URL, for `databaseUrl`. */
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file, so runs never see each other's rows. From `template`
 * it starts as a copy of that database (one already migrated: copying is quicker than migrating).
 */
export async function createTestDatabase(adminUrl: string, prefix = 'mend_test', template?: string): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  if (template !== undefined && !/^[a-z0-9_]+$/.test(template)) throw new Error(`Not a test database's name: "${template}"`);
  await asAdmin(adminUrl, `create database ${name}${template ? ` template ${template}` : ''}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => asAdmin(adminUrl, `drop database if exists ${name}`) };
}

async function asAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
