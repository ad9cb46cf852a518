import type { FastifyInstance } from 'fastify';
import { pingStorage } from '../../storage/open-storage';
import { MEND_VERSION } from '../../version';
import type { AppContext } from '../app-context';
import { addEndpoint } from './endpoint';

export function registerHealthRoutes(app: FastifyInstance, context: AppContext): void {
  addEndpoint(app, context, 'health', async () => {
    await pingStorage(context.storage);
    return { status: 'ok' as const, version: MEND_VERSION, database: context.storage.dialect };
  });
}
