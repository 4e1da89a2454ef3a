/**
 * Serves the built client (client/dist): hashed assets with long caching, and index.html for the
 * app's own routes (/, /b/<id>) so that a reload of a board link works.
 */
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function clientApp(distDir: string): Hono {
  const app = new Hono();
  const indexFile = join(distDir, 'index.html');
  const root = relative(process.cwd(), distDir) || '.';
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('cache-control', 'public, max-age=31536000, immutable');
  });
  app.use('/*', serveStatic({ root }));
  app.get('*', (c) => {
    if (!existsSync(indexFile)) return c.text('The client is not built: run `npm run build` (npm start does it for you).', 503);
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/sync/')) return c.json({ error: 'not found' }, 404);
    return c.html(readFileSync(indexFile, 'utf8'), 200, { 'cache-control': 'no-cache' });
  });
  return app;
}
