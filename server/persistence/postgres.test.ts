import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../tests/support/postgres.ts';
import { describeStoreContract } from './store.contract.ts';
import { createPostgresStore } from './postgres.ts';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.ts';
import type { BoardStore } from './store.ts';

let server: TestPostgres;

beforeAll(async () => {
  server = await startPostgres();
});

afterAll(async () => {
  await server?.stop();
});

// every test gets its own database, so tests cannot see each other's boards
let databases = 0;
async function freshDatabase(): Promise<string> {
  const name = `contract_${++databases}`;
  const admin = new pg.Client(server.url);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return server.url.replace(/\/postgres$/, `/${name}`);
}

describeStoreContract('postgres', async () => {
  const url = await freshDatabase();
  const open: BoardStore[] = [await createPostgresStore({ url })];
  return {
    store: open[0],
    async reopen() {
      await open[0].close();
      open[0] = await createPostgresStore({ url });
      return open[0];
    },
    async openAnother() {
      const another = await createPostgresStore({ url });
      open.push(another);
      return another;
    },
    async cleanup() {
      for (const s of open) await s.close();
    },
  };
});

describe('postgres schema', () => {
  it('is created once when several processes start together', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all([1, 2, 3, 4].map(() => createPostgresStore({ url })));
    const client = new pg.Client(url);
    await client.connect();
    const { rows } = await client.query('SELECT version FROM leverboard_schema');
    await client.end();
    expect(rows).toEqual([{ version: POSTGRES_MIGRATIONS.length }]);
    for (const s of stores) await s.close();
  });
});
