import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { describeStoreContract } from './store.contract.ts';
import { createSqliteStore, type SqliteStoreOptions } from './sqlite.ts';
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

/** A store on a fresh file holding empty boards `ids`. */
async function storeWithBoards(options: Omit<SqliteStoreOptions, 'file'>, ids: string[]) {
  const dir = await tempDir();
  const file = join(dir, 'boards.sqlite');
  const store = createSqliteStore({ file, ...options });
  const tokenHashes = { facilitator: 'f', editor: 'e', commenter: 'c', viewer: 'v' };
  for (const id of ids) await store.createBoard({ id, title: id, city: '', createdAt: 1, tokenHashes }, new Uint8Array([0, 0]));
  return { dir, file, store };
}

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
    // long enough that no checkpoint can slip in between the append and the first look
    const { dir, file, store } = await storeWithBoards({ syncIntervalMs: 1000 }, ['b1']);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the board row, checkpointed
    await store.appendUpdate('b1', new Uint8Array([1, 2, 3]));
    // the database file alone, as after a power cut that lost whatever only the log held
    const rowsInFile = async () => {
      const copy = join(dir, `copy-${Math.random()}.sqlite`);
      await copyFile(file, copy);
      const db = new Database(copy, { readonly: true });
      const n = (db.prepare('SELECT (SELECT count(*) FROM doc_updates) + (SELECT count(*) FROM doc_recent) AS n').get() as { n: number }).n;
      db.close();
      return n;
    };
    expect(await rowsInFile()).toBe(0); // committed, but still only in the log
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await rowsInFile()).toBe(1);
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('appends in arrival order and moves them to the board-ordered log every settle interval, in order', async () => {
    const { dir, file, store } = await storeWithBoards({ settleIntervalMs: 300 }, ['b1', 'b2']);
    const spy = new Database(file, { readonly: true });
    const count = (table: string) => (spy.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    await Promise.all([
      store.appendUpdate('b1', new Uint8Array([1])), store.appendUpdate('b2', new Uint8Array([2])), store.appendUpdate('b1', new Uint8Array([3])),
    ]);
    expect([count('doc_recent'), count('doc_updates')]).toEqual([3, 0]);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect([count('doc_recent'), count('doc_updates')]).toEqual([0, 3]);
    const order = spy.prepare('SELECT board_id, hex(data) AS data FROM doc_updates ORDER BY seq').all();
    expect(order).toEqual([{ board_id: 'b1', data: '01' }, { board_id: 'b2', data: '02' }, { board_id: 'b1', data: '03' }]);
    // a read settles first, whatever the timer
    await store.appendUpdate('b1', new Uint8Array([4]));
    expect((await store.loadDoc('b1')).updates.slice(1).map((u) => [...u])).toEqual([[1], [3], [4]]);
    expect(count('doc_recent')).toBe(0);
    spy.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves nothing of a deleted board in the file or its log', async () => {
    const { dir, file, store } = await storeWithBoards({}, ['gone', 'kept']);
    const marker = (word: string) => new TextEncoder().encode(`${word}-${'x'.repeat(200)}`);
    await store.appendUpdate('gone', marker('SECRET-NOTE'));
    await store.appendUpdate('kept', marker('KEPT-NOTE'));
    await store.compact('gone', (updates) => Buffer.concat(updates)); // a snapshot too
    await store.appendUpdate('gone', marker('LATER-NOTE'));
    expect(await store.deleteBoard('gone')).toBe(true);
    const bytes = async () => Buffer.concat(await Promise.all([file, `${file}-wal`].map((f) => readFile(f).catch(() => Buffer.alloc(0))))).toString('latin1');
    const all = await bytes();
    for (const word of ['SECRET-NOTE', 'LATER-NOTE']) expect(all.includes(word), word).toBe(false);
    expect(all.includes('KEPT-NOTE')).toBe(true); // the other board is still there, in the file or its log
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('loads appends that a killed process left in arrival order', async () => {
    const { dir, file, store } = await storeWithBoards({}, ['b1']);
    await store.appendUpdate('b1', new Uint8Array([7]));
    // the database as the killed process left it: its file and log, copied while it still runs
    await copyFile(file, join(dir, 'copy.sqlite'));
    await copyFile(`${file}-wal`, join(dir, 'copy.sqlite-wal'));
    await store.close();
    const spy = new Database(join(dir, 'copy.sqlite'));
    expect((spy.prepare('SELECT count(*) AS n FROM doc_recent').get() as { n: number }).n).toBe(1);
    spy.close();
    const after = createSqliteStore({ file: join(dir, 'copy.sqlite') });
    expect((await after.loadDoc('b1')).updates.map((u) => [...u])).toEqual([[0, 0], [7]]);
    await after.close();
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
