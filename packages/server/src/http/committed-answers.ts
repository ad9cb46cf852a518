import type { FastifyInstance } from 'fastify';
import type { Storage } from '../storage/open-storage';

declare module 'fastify' {
  interface FastifyRequest {
    /** storage.failedCommits() when the request came in. */
    failedCommitsAtStart: number;
  }
}

/** What a client gets when the database could not commit while its request ran: safe to send again. */
export const NOT_SAVED_BODY = JSON.stringify({
  error: { code: 'not_saved', message: 'Mend could not save to its database just now. Nothing from this request was kept; please try again.', fields: {} },
});

/**
 * With SQLite's group commit (decision 010) a request may read writes of other requests that are
 * being committed together, a moment before they are on the disk. So no API answer leaves before
 * the writes being committed are settled, and an answer given while a commit failed is replaced by
 * 503 `not_saved`: it may show what was never kept. A client sends it again (the web app's outbox
 * does). Such a failure (a full disk, an I/O error) also fails every write in the group.
 */
export function holdAnswersUntilCommitted(app: FastifyInstance, storage: Storage): void {
  app.decorateRequest('failedCommitsAtStart', 0);
  app.addHook('onRequest', (request, _reply, done) => {
    request.failedCommitsAtStart = storage.failedCommits();
    done();
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) return payload;
    await storage.writesSettled();
    if (storage.failedCommits() === request.failedCommitsAtStart) return payload;
    request.log.error({ failedCommits: storage.failedCommits() }, 'a group commit failed while this request ran: answered 503');
    void reply.code(503).header('content-type', 'application/json; charset=utf-8').header('retry-after', '5');
    return NOT_SAVED_BODY;
  });
}
