import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { describeStoreContract } from './store.contract.ts';
import { createSqliteStore } from './sqlite.ts';
import type { BoardStore } from './store.ts';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.ts';

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'leverboard-sqlite-'));
}

describeStoreContract('sqlite', async () => {
  const dir = await tempDir();
  // a directory that does not exist yet: the store creates it
  const file = join(dir, 'data', 'boards.sqlite');
  const open: BoardStore[] = [createSqliteStore({ file })];
  return {
    store: open[0],
    async reopen() {
      await open[0].close();
      open[0] = createSqliteStore({ file });
      return open[0];
    },
    async openAnother() {
      const another = createSqliteStore({ file });
      open.push(another);
      return another;
    },
    async cleanup() {
      for (const s of open) await s.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

describe('sqlite file', () => {
  it('is in WAL mode at the latest schema version', async () => {
    const dir = await tempDir();
    const file = join(dir, 'boards.sqlite');
    const store = createSqliteStore({ file });
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_MIGRATIONS.length);
    db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('brings committed updates into the database file itself within the sync interval', async () => {
    const dir = await tempDir();
    const file = join(dir, 'boards.sqlite');
    // long enough that no checkpoint can slip in between the append and the first look
    const store = createSqliteStore({ file, syncIntervalMs: 1000 });
    const tokenHashes = { facilitator: 'f', editor: 'e', commenter: 'c', viewer: 'v' };
    await store.createBoard({ id: 'b1', title: 'Kranj', city: 'Kranj', createdAt: 1, tokenHashes }, new Uint8Array([0, 0]));
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the board row, checkpointed
    await store.appendUpdate('b1', new Uint8Array([1, 2, 3]));
    // the database file alone, as after a power cut that lost whatever only the log held
    const rowsInFile = async () => {
      const copy = join(dir, `copy-${Math.random()}.sqlite`);
      await copyFile(file, copy);
      const db = new Database(copy, { readonly: true });
      const n = (db.prepare('SELECT count(*) AS n FROM doc_updates').get() as { n: number }).n;
      db.close();
      return n;
    };
    expect(await rowsInFile()).toBe(0); // committed, but still only in the log
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await rowsInFile()).toBe(1);
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a file written by a newer schema', async () => {
    const dir = await tempDir();
    const file = join(dir, 'boards.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${SQLITE_MIGRATIONS.length + 1}`);
    db.close();
    expect(() => createSqliteStore({ file })).toThrow(/newer/);
    await rm(dir, { recursive: true, force: true });
  });
});
