import { InvalidArgumentError, type Command } from 'commander';
import { startServer, type ServerConfig } from '@mend/server';
import { CliError } from '../cli-error';
import { println, type CliIo } from '../io';
import { cannotOpen, describeDataLocation, keyFileBesideDataNotice, keyFileCreatedNotice, serverConfig, type GlobalOptions } from '../settings';

interface ServeOptions extends GlobalOptions {
  port?: number;
  host?: string;
}

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('Run the Mend server (API and web app)')
    .option('--port <port>', 'port to listen on (default: PORT or 4321)', parsePort)
    .option('--host <host>', 'interface to listen on (default: MEND_HOST or localhost)')
    .action(async (_options: ServeOptions, command: Command) => {
      const options = command.optsWithGlobals<ServeOptions>();
      const config = serverConfig(io, options);
      if (options.port !== undefined) config.port = options.port;
      if (options.host) config.host = options.host;

      const server = await startServer(config).catch((error: unknown) => {
        throw startProblem(config, error);
      });
      if (server.createdKeyFile) {
        println(io.stdout, keyFileCreatedNotice(server.createdKeyFile));
        const beside = keyFileBesideDataNotice(server.createdKeyFile, config.dataDir);
        if (beside) println(io.stdout, beside);
      }
      println(io.stdout, `Mend is running at ${server.url}`);
      println(io.stdout, `Your data is in ${describeDataLocation(config)}`);
      println(io.stdout, 'Press Ctrl+C to stop.');

      const signal = await io.waitForShutdown();
      println(io.stderr, `Stopping (${signal})…`);
      await server.close();
      println(io.stderr, 'Mend has stopped.');
    });
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new InvalidArgumentError('must be a whole number from 0 to 65535.');
  return port;
}

function startProblem(config: ServerConfig, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new CliError(`Port ${config.port} is already in use. Choose another one with --port.`);
  if (code === 'EACCES') return new CliError(`Not allowed to listen on port ${config.port}. Ports below 1024 need extra rights; try --port 4321.`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new CliError(`Cannot listen on host "${config.host}": it is not an address of this machine.`);
  if (error instanceof Error && error.name === 'KeyProblem') return new CliError(error.message);
  // A database that cannot be reached or migrated is the operator's to fix; anything else is a bug.
  if (error instanceof Error && /database/i.test(error.message)) return cannotOpen(config, error);
  return error instanceof Error ? error : new Error(String(error));
}
