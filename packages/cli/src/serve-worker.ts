import { once } from 'node:events';
import { startServer, type ServerConfig } from '@mend/server';
import type { CliIo } from './io';

/** What a server process tells the primary (over the cluster's IPC channel). */
export type WorkerMessage =
  | { type: 'mend-ready'; url: string }
  | { type: 'mend-start-failed'; error: { name: string; message: string; code?: string } };

/** What the primary tells a server process. */
export const STOP_MESSAGE = { type: 'mend-stop' } as const;

/**
 * One of the server processes behind `mend serve --processes N`: the same server as a single
 * `mend serve`, listening on the port the primary shares out. Prints nothing of its own: the
 * primary speaks for all of them, once.
 */
export async function runServerProcess(config: ServerConfig, io: CliIo): Promise<void> {
  // Ctrl+C at a terminal signals every process of the group; the primary also asks each one. Either
  // way, and when the primary is gone, finish the requests in flight and go. Listened for before
  // starting, so a stop asked during the start is not missed.
  const stop = Promise.race([io.waitForShutdown(), stopAsked(), once(process, 'disconnect')]);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(config);
  } catch (error) {
    const { name, message, code } = error as NodeJS.ErrnoException;
    await tell({ type: 'mend-start-failed', error: { name: name ?? 'Error', message: message ?? String(error), ...(code ? { code } : {}) } });
    process.exitCode = 1;
    process.disconnect?.();
    return;
  }
  await tell({ type: 'mend-ready', url: server.url });
  await stop;
  await server.close();
  if (process.connected) process.disconnect();
}

function tell(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send || !process.connected) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}

function stopAsked(): Promise<void> {
  return new Promise((resolve) => {
    const listen = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type !== STOP_MESSAGE.type) return;
      process.off('message', listen);
      resolve();
    };
    process.on('message', listen);
  });
}
