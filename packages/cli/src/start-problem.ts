import type { ServerConfig } from '@mend/server';
import { CliError } from './cli-error';
import { cannotOpen } from './settings';

/** Why `mend serve` could not start, in words the operator can act on; anything unexpected stays an error (a bug). */
export function startProblem(config: ServerConfig, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new CliError(`Port ${config.port} is already in use. Choose another one with --port.`);
  if (code === 'EACCES') return new CliError(`Not allowed to listen on port ${config.port}. Ports below 1024 need extra rights; try --port 4321.`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new CliError(`Cannot listen on host "${config.host}": it is not an address of this machine.`);
  if (error instanceof Error && error.name === 'KeyProblem') return new CliError(error.message);
  // A database that cannot be reached or migrated is the operator's to fix; anything else is a bug.
  if (error instanceof Error && /database/i.test(error.message)) return cannotOpen(config, error);
  return error instanceof Error ? error : new Error(String(error));
}
