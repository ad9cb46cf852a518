import type { TestProject } from 'vitest/node';

/**
 * Vitest global setup: says at the start and again at the end of every run whether the
 * PostgreSQL suite ran, so a green run on a machine without PostgreSQL is not mistaken for one
 * that checked both databases.
 */
export default function postgresNotice(project: TestProject): () => void {
  const selected = project.vitest.projects.some((each) => each.name === 'postgres');
  const line = noticeLine(process.env.MEND_TEST_DATABASE_URL, selected);
  print(line);
  return () => print(line);
}

function noticeLine(databaseUrl: string | undefined, postgresProjectSelected: boolean): string {
  if (!databaseUrl?.trim()) {
    return 'PostgreSQL suite NOT run: set MEND_TEST_DATABASE_URL (scripts/start-test-postgres.sh starts one) — see README';
  }
  if (!postgresProjectSelected) {
    return `PostgreSQL suite NOT run: the postgres project is not in this run (only the PostgreSQL tests of the files run use ${whereItIs(databaseUrl)})`;
  }
  return `PostgreSQL suite: running against ${whereItIs(databaseUrl)}`;
}

/** Host and port only: a URL may carry a password, which has no place in a test log. */
function whereItIs(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'the server in MEND_TEST_DATABASE_URL (not a URL this notice can read)';
  }
}

function print(line: string): void {
  process.stdout.write(`\n== ${line}\n\n`);
}
