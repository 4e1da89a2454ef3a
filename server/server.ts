/**
 * Wires a whole server from a configuration: store, fan-out, rooms, the Hono app and the sync
 * endpoint on one HTTP server. main.ts builds the configuration from the environment; tests call
 * startServer directly with their own.
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app.ts';
import { createMetrics } from './metrics.ts';
import { clientApp } from './http/client-app.ts';
import { attachSyncEndpoint } from './http/sync-endpoint.ts';
import { RoomRegistry } from './sync/registry.ts';
import type { BoardStore } from './persistence/store.ts';
import type { PubSub } from './pubsub/pubsub.ts';
import { createSqliteStore } from './persistence/sqlite.ts';
import { createLocalPubSub } from './pubsub/local.ts';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** built client to serve; none for API-only servers */
  clientDist?: string;
  compactBytes?: number;
  maxBodyBytes?: number;
  maxMessageBytes?: number;
  pingIntervalMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  registry: RoomRegistry;
  store: BoardStore;
  /** flush every board to the store and stop */
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const log = config.log ?? (() => {});
  // PostgreSQL and Redis clients load only when configured.
  const store = config.databaseUrl
    ? await (await import('./persistence/postgres.ts')).createPostgresStore({ url: config.databaseUrl })
    : createSqliteStore({ file: join(config.dataDir, 'leverboard.sqlite') });
  const pubsub: PubSub = config.redisUrl
    ? await (await import('./pubsub/redis.ts')).createRedisPubSub({ url: config.redisUrl })
    : createLocalPubSub();
  let registry: RoomRegistry | undefined;
  const metrics = createMetrics(() => registry);
  registry = new RoomRegistry({
    store, pubsub, events: { ...metrics.events, error: (board, e) => { metrics.events.error?.(board, e); log(`board ${board}`, e); } },
    compactBytes: config.compactBytes ?? 4 * 1024 * 1024,
    maxBufferedBytes: 64 * 1024 * 1024,
    maxAwarenessStateBytes: 16 * 1024,
  });
  const app = createApp({
    store, registry, pubsub, metrics, log,
    maxBodyBytes: config.maxBodyBytes ?? 25 * 1024 * 1024,
    client: config.clientDist ? clientApp(config.clientDist) : undefined,
  });
  const server: Server = createServer(getRequestListener(app.fetch));
  const sync = attachSyncEndpoint(server, {
    store, registry, log,
    maxMessageBytes: config.maxMessageBytes ?? 32 * 1024 * 1024,
    pingIntervalMs: config.pingIntervalMs ?? 30_000,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const reg = registry;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    port, registry: reg, store,
    close() {
      closing ??= (async () => {
        sync.close();
        await reg.flushAll();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await pubsub.close();
        await store.close();
      })();
      return closing;
    },
  };
}
