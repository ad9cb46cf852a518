import { BackupProblem } from '@mend/server';
import { CliError } from './cli-error';

/** PostgreSQL has its own tools for this, made for it: say which. */
export function refuseOnPostgres(config: { databaseUrl?: string }, command: 'backup' | 'restore'): void {
  if (!config.databaseUrl) return;
  const tool = command === 'backup' ? 'pg_dump --format=custom --file=mend.dump "$DATABASE_URL"' : 'pg_restore --clean --dbname="$DATABASE_URL" mend.dump';
  throw new CliError(`mend ${command} works on the SQLite database only. This Mend uses PostgreSQL (DATABASE_URL): use ${tool} instead (see docs/backup.md).`);
}

/** A missing file, a running server or a file that is not Mend's become plain words. */
export async function withBackupProblems<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupProblem || (error instanceof Error && error.name === 'BackupProblem')) throw new CliError(error.message);
    throw error;
  }
}
