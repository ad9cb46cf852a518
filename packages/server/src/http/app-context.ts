import type {} from '@fastify/cookie'; // brings request.cookies and reply.setCookie into the types
import type { Me } from '@mend/core';
import type { ServerConfig } from '../config';
import type { Storage } from '../storage/open-storage';

/** What every route module needs: where data lives, how the server is set up, what time it is. */
export interface AppContext {
  storage: Storage;
  config: ServerConfig;
  now: () => Date;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person; set by the authenticate hook on routes that need one. */
    me: Me | null;
  }
}
