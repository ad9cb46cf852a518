import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Vitest 5's reporter uses Map.groupBy (Node 21+) when it prints a failure; on Node 20 it would
// crash instead of showing what failed.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<T, K>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

/**
 * The server's integration tests a second time, each test server on a fresh PostgreSQL database
 * (test-support/test-server.ts reads MEND_TEST_STORAGE). Only when MEND_TEST_DATABASE_URL names a
 * server to make those databases on; vitest.postgres-notice.ts says plainly when it is not set.
 */
const postgresProject: TestProjectInlineConfiguration = {
  test: {
    name: 'postgres',
    include: [
      'packages/server/src/http/**/*.test.ts',
      'packages/server/src/services/csv-export.test.ts',
      'packages/server/src/services/daylio-import.test.ts',
    ],
    exclude: [
      ...configDefaults.exclude,
      // They read the server's SQLite file through a second connection to see what a request wrote
      // (a new test that does so belongs here too: on PostgreSQL there is no file to open).
      'packages/server/src/http/access-matrix.test.ts',
      'packages/server/src/http/fuzz-requests.test.ts',
      'packages/server/src/http/routes/account-routes.test.ts',
      'packages/server/src/http/routes/calendar-routes.test.ts',
      'packages/server/src/http/routes/therapist-routes.test.ts',
      'packages/server/src/http/routes/token-routes.test.ts',
      // SQLite-specific: /health says sqlite, and storage is opened on the data directory directly.
      'packages/server/src/http/start-server.test.ts',
      // They already run on PostgreSQL themselves (two server instances on one database, a burst on each database).
      'packages/server/src/http/concurrency.test.ts',
      'packages/server/src/http/sign-in-burst.test.ts',
    ],
    environment: 'node',
    env: { MEND_TEST_STORAGE: 'postgres' },
    globalSetup: ['./packages/server/src/test-support/postgres-template.ts'],
  },
};

export default defineConfig({
  test: {
    globalSetup: ['./vitest.postgres-notice.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      ...(process.env.MEND_TEST_DATABASE_URL ? [postgresProject] : []),
    ],
  },
});
