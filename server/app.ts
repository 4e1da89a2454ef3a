/**
 * The HTTP side of the server as a Hono app, built from its dependencies (nothing read from the
 * environment here): the boards API, imports and exports, health, metrics and the client app.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { BoardStore } from './persistence/store.ts';
import type { PubSub } from './pubsub/pubsub.ts';
import type { RoomRegistry } from './sync/registry.ts';
import type { Metrics } from './metrics.ts';
import { boardsApi } from './api/boards.ts';
import { importApi } from './api/import.ts';
import { exportApi } from './api/export.ts';
import { BadRequest } from './api/json-body.ts';

export interface AppDeps {
  store: BoardStore;
  registry: RoomRegistry;
  pubsub: PubSub;
  metrics: Pick<Metrics, 'render'>;
  /** largest request body, in bytes */
  maxBodyBytes: number;
  /** serves the built client (optional: tests of the API need none) */
  client?: Hono;
  log?: (message: string, error?: unknown) => void;
}

export function createApp(deps: AppDeps) {
  const app = new Hono();
  app.use('*', secureHeaders({ referrerPolicy: 'no-referrer', crossOriginEmbedderPolicy: false, contentSecurityPolicy: {
    defaultSrc: ["'self'"], connectSrc: ["'self'", 'ws:', 'wss:'], imgSrc: ["'self'", 'data:', 'blob:'],
    styleSrc: ["'self'", "'unsafe-inline'"], scriptSrc: ["'self'"], objectSrc: ["'none'"], frameAncestors: ["'none'"],
  } }));
  app.use('/api/*', bodyLimit({
    maxSize: deps.maxBodyBytes,
    onError: (c) => c.json({ error: `the body is larger than ${Math.round(deps.maxBodyBytes / 1_048_576)} MB` }, 413),
  }));
  app.onError((err, c) => {
    if (err instanceof BadRequest) return c.json({ error: err.message }, err.status);
    deps.log?.(`${c.req.method} ${c.req.path} failed`, err);
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: 'not found' }, 404));

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/metrics', async (c) => {
    const { body, contentType } = await deps.metrics.render();
    return c.text(body, 200, { 'content-type': contentType });
  });
  app.get('/api/time', (c) => c.json({ now: Date.now() }));
  app.route('/api/boards', boardsApi(deps));
  app.route('/api/boards', importApi(deps));
  app.route('/api/boards', exportApi(deps));
  if (deps.client) app.route('/', deps.client);
  return app;
}

export type AppType = ReturnType<typeof createApp>;
