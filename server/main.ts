/**
 * The server's entry point and the only code that reads the environment:
 *   PORT (8787), HOST (0.0.0.0), DATA_DIR (./data), DATABASE_URL (PostgreSQL instead of SQLite),
 *   REDIS_URL (several processes serving the same boards), CLIENT_DIST (client/dist).
 * Flushes every board to the store on SIGINT/SIGTERM.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from './server.ts';

const env = process.env;
const clientDist = resolve(env.CLIENT_DIST ?? new URL('../client/dist', import.meta.url).pathname);

const log = (message: string, error?: unknown) => {
  const detail = error instanceof Error ? `: ${error.message}` : error ? `: ${String(error)}` : '';
  console.error(`[leverboard] ${message}${detail}`);
};

const server = await startServer({
  port: Number(env.PORT ?? 8787),
  host: env.HOST ?? '0.0.0.0',
  dataDir: resolve(env.DATA_DIR ?? './data'),
  databaseUrl: env.DATABASE_URL || undefined,
  redisUrl: env.REDIS_URL || undefined,
  clientDist: existsSync(clientDist) ? clientDist : undefined,
  log,
});
console.log(`Leverboard is running at http://localhost:${server.port} (storage: ${env.DATABASE_URL ? 'PostgreSQL' : resolve(env.DATA_DIR ?? './data')})`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: storing every board and stopping…`);
    server.close().then(() => process.exit(0), (e) => { log('shutdown failed', e); process.exit(1); });
  });
}
