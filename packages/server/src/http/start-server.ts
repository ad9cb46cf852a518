import type { AddressInfo } from 'node:net';
import type { ServerConfig } from '../config';
import { openStorage } from '../storage/open-storage';
import { buildApp } from './build-app';

export interface RunningServer {
  url: string;
  /** Set when this start made <dataDir>/server.key, so the caller can say so. */
  createdKeyFile?: string;
  close(): Promise<void>;
}

/** Opens storage (migrating it), builds the app and listens. Prints nothing: the caller does. */
export async function startServer(config: ServerConfig, options: { now?: () => Date } = {}): Promise<RunningServer> {
  const storage = await openStorage(config);
  try {
    const app = await buildApp(storage, config, options);
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      await app.close();
      throw error;
    }
    const { port } = app.server.address() as AddressInfo;
    return {
      url: `http://${displayHost(config.host)}:${port}`,
      ...(storage.createdKeyFile ? { createdKeyFile: storage.createdKeyFile } : {}),
      close: async () => {
        await app.close();
        await storage.close();
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}

/** A wildcard address is not somewhere to browse to; this machine is. */
function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
