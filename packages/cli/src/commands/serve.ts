import cluster from 'node:cluster';
import { InvalidArgumentError, type Command } from 'commander';
import { openStorage, startServer, type ServerConfig } from '@mend/server';
import { CliError } from '../cli-error';
import { println, type CliIo } from '../io';
import { ServerProcesses } from '../serve-cluster';
import { isProcessCount, PROCESSES_RULE } from '../serve-processes';
import { runServerProcess } from '../serve-worker';
import { describeDataLocation, keyFileBesideDataNotice, keyFileCreatedNotice, serverConfig, type GlobalOptions } from '../settings';
import { startProblem } from '../start-problem';

interface ServeOptions extends GlobalOptions {
  port?: number;
  host?: string;
  processes?: number;
}

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('Run the Mend server (API and web app)')
    .option('--port <port>', 'port to listen on (default: PORT or 4321)', parsePort)
    .option('--host <host>', 'interface to listen on (default: MEND_HOST or localhost)')
    .option('--processes <count>', 'server processes sharing the port (default: MEND_PROCESSES or 1)', parseProcessesOption)
    .action(async (_options: ServeOptions, command: Command) => {
      const options = command.optsWithGlobals<ServeOptions>();
      const config = serverConfig(io, options);
      if (options.port !== undefined) config.port = options.port;
      if (options.host) config.host = options.host;
      // A process forked by the primary runs this same command line: it only serves.
      if (cluster.isWorker) return runServerProcess(config, io);

      const processes = options.processes ?? processesFromEnv(io.env);
      if (processes === 1) await serveInThisProcess(config, io);
      else await serveInProcesses(config, processes, io);
    });
}

async function serveInThisProcess(config: ServerConfig, io: CliIo): Promise<void> {
  const server = await startServer(config).catch((error: unknown) => {
    throw startProblem(config, error);
  });
  if (server.createdKeyFile) printKeyFileNotices(io, server.createdKeyFile, config);
  println(io.stdout, `Mend is running at ${server.url}`);
  printWhereAndHowToStop(io, config);

  const signal = await io.waitForShutdown();
  println(io.stderr, `Stopping (${signal})…`);
  await server.close();
  println(io.stderr, 'Mend has stopped.');
}

/**
 * The one-time work (migrations, making the server key) is done here, before any process is
 * forked, so N processes starting at once never race to migrate or to write two different keys.
 */
async function serveInProcesses(config: ServerConfig, count: number, io: CliIo): Promise<void> {
  const storage = await openStorage(config).catch((error: unknown) => {
    throw startProblem(config, error);
  });
  const createdKeyFile = storage.createdKeyFile;
  await storage.close();
  if (createdKeyFile) printKeyFileNotices(io, createdKeyFile, config);

  const processes = new ServerProcesses(count, io);
  const url = await processes.start().catch((error: unknown) => {
    throw startProblem(config, error);
  });
  println(io.stdout, `Mend is running at ${url} with ${count} processes`);
  printWhereAndHowToStop(io, config);

  const signal = await io.waitForShutdown();
  println(io.stderr, `Stopping (${signal})…`);
  await processes.stop();
  println(io.stderr, 'Mend has stopped.');
}

function printKeyFileNotices(io: CliIo, file: string, config: ServerConfig): void {
  println(io.stdout, keyFileCreatedNotice(file));
  const beside = keyFileBesideDataNotice(file, config.dataDir);
  if (beside) println(io.stdout, beside);
}

function printWhereAndHowToStop(io: CliIo, config: ServerConfig): void {
  println(io.stdout, `Your data is in ${describeDataLocation(config)}`);
  println(io.stdout, 'Press Ctrl+C to stop.');
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new InvalidArgumentError('must be a whole number from 0 to 65535.');
  return port;
}

function parseProcessesOption(raw: string): number {
  if (!isProcessCount(raw)) throw new InvalidArgumentError(`${PROCESSES_RULE}.`);
  return Number(raw.trim());
}

function processesFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.MEND_PROCESSES;
  if (raw === undefined || raw.trim() === '') return 1;
  if (!isProcessCount(raw)) throw new CliError(`MEND_PROCESSES ${PROCESSES_RULE}, not "${raw}".`);
  return Number(raw.trim());
}
