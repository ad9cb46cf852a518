import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from '../config';

const NOT_BUILT = [
  "Mend's server is running, but the web app has not been built yet.",
  '',
  'Run `npm run build`, then start the server again.',
  'The API is at /api/v1 (its description: /api/v1/openapi.json).',
  '',
].join('\n');

/**
 * Serves the built single-page app when there is one. Paths the server does not know and that do
 * not look like files get index.html, so the app's own routes survive a reload.
 */
export async function registerWebApp(app: FastifyInstance, config: ServerConfig): Promise<void> {
  const root = config.webDist;
  const built = root !== undefined && fs.existsSync(path.join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      // The build leaves .br and .gz copies beside each text file; the one the browser accepts is sent.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        // Vite puts content-hashed files under assets/: they can be kept forever.
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        void reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler(async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      return reply.code(404).send({
        error: { code: 'not_found', message: `Mend has no API route ${request.method} ${pathname}. See /api/v1/openapi.json.`, fields: {} },
      });
    }
    const isPageRequest = (request.method === 'GET' || request.method === 'HEAD') && !path.posix.extname(pathname);
    if (isPageRequest && built) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    if (isPageRequest && pathname === '/') {
      return reply.type('text/plain; charset=utf-8').send(NOT_BUILT);
    }
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
  });
}
