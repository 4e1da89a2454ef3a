/**
 * The default store: one SQLite file (better-sqlite3), WAL with synchronous=NORMAL. A commit is in
 * the operating system's hands on return, so a crash or kill of the server process loses nothing;
 * the disk itself is synced by a checkpoint at most `syncIntervalMs` after a commit, so a power cut
 * can cost at most that much of the latest edits (which every browser still holding the board sends
 * back when it reconnects). Syncing each commit (synchronous=FULL) stopped the event loop for an
 * fsync per batch: 1.9 s of the 23 s of bench scenario (a), 3 s of (b).
 * Appends arriving together share one commit (append-batcher.ts), into `doc_recent`: a table in
 * arrival order with no index, so a commit writes to its last page only. Appending straight to the
 * board-ordered log dirtied one index page per board in the batch — with 200 busy boards, most of
 * the store's time. Every `settleIntervalMs`, and before a board is read, compacted or deleted,
 * the recent rows move to `doc_updates` in one transaction (settle), touching each board's index
 * page once for all of its rows.
 * Everything here is synchronous under the hood, so each method is one transaction with nothing
 * from this process interleaving.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ROLES, type Role } from '../../shared/schema/index.ts';
import type { BoardRow, BoardStore, StoredDoc } from './store.ts';
import { createAppendBatcher, type PendingAppend } from './append-batcher.ts';
import { migrateSqlite } from './sqlite-migrations.ts';
import { assertRole, noSuchBoard } from './validate.ts';
import { sumBytes, toBuffer, toBytes } from './bytes.ts';

export interface SqliteStoreOptions {
  /** path of the database file; its directory is created when missing */
  file: string;
  /** longest time a commit waits for the disk sync (a checkpoint); 1 s by default */
  syncIntervalMs?: number;
  /** how often recent appends move into the board-ordered log; 5 s by default */
  settleIntervalMs?: number;
}

interface BoardRecord {
  id: string;
  title: string;
  city: string;
  created_at: number;
  facilitator_hash: string;
  editor_hash: string;
  commenter_hash: string;
  viewer_hash: string;
}

export function createSqliteStore({ file, syncIntervalMs = 1000, settleIntervalMs = 5000 }: SqliteStoreOptions): BoardStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // SQLite's own default page cache (2 MB) instead of better-sqlite3's 16 MB: a board is read from
  // here once, when its room opens, and written at the end of its tables, so a larger cache held
  // pages nothing read again. Under bench scenario (b) the server's peak RSS went from 181–184 to
  // 166–184 MiB (median 172), with cold loads and (d)'s updates/s unchanged
  db.pragma('cache_size = -2000');
  // what is deleted is overwritten, not left in free pages: a deleted board's content is gone from
  // the file, as are the log rows a compaction replaces. It has a price: settling 10,000 appends of
  // 200 boards took 1.1–1.8 times as long with it (zeroing the recent table's freed pages) in a
  // micro-benchmark (under bench scenario (b) a settle stops the server for 20–30 ms every 5 s)
  db.pragma('secure_delete = ON');
  migrateSqlite(db);

  // prepared once: better-sqlite3 statements are reusable and parsing is the costly part
  const sql = {
    insertBoard: db.prepare(`INSERT INTO boards (id, title, city, created_at, facilitator_hash, editor_hash, commenter_hash, viewer_hash)
      VALUES (@id, @title, @city, @created_at, @facilitator_hash, @editor_hash, @commenter_hash, @viewer_hash)`),
    getBoard: db.prepare<[string], BoardRecord>('SELECT * FROM boards WHERE id = ?'),
    setHash: Object.fromEntries(
      ROLES.map((role) => [role, db.prepare(`UPDATE boards SET ${role}_hash = ? WHERE id = ?`)]),
    ) as Record<Role, Database.Statement<[string, string]>>,
    updateInfo: db.prepare<[string, string, string]>('UPDATE boards SET title = ?, city = ? WHERE id = ?'),
    deleteBoard: db.prepare<[string]>('DELETE FROM boards WHERE id = ?'),
    deleteUpdates: db.prepare<[string]>('DELETE FROM doc_updates WHERE board_id = ?'),
    deleteSnapshot: db.prepare<[string]>('DELETE FROM doc_snapshots WHERE board_id = ?'),
    getSnapshot: db.prepare<[string], { data: Buffer }>('SELECT data FROM doc_snapshots WHERE board_id = ?'),
    putSnapshot: db.prepare<[string, Buffer]>(`INSERT INTO doc_snapshots (board_id, data) VALUES (?, ?)
      ON CONFLICT (board_id) DO UPDATE SET data = excluded.data`),
    getUpdates: db.prepare<[string], { seq: number; data: Buffer }>('SELECT seq, data FROM doc_updates WHERE board_id = ? ORDER BY seq'),
    deleteUpTo: db.prepare<[string, number]>('DELETE FROM doc_updates WHERE board_id = ? AND seq <= ?'),
    // the EXISTS keeps one append for a deleted board from failing the whole batch's transaction
    append: db.prepare<{ board: string; data: Buffer }>(`INSERT INTO doc_recent (board_id, data)
      SELECT @board, @data WHERE EXISTS (SELECT 1 FROM boards WHERE id = @board)`),
    anyRecent: db.prepare('SELECT 1 FROM doc_recent LIMIT 1').pluck(),
    // deleting a board deletes its recent rows too; the EXISTS makes sure no row can block settling
    moveRecent: db.prepare(`INSERT INTO doc_updates (board_id, data) SELECT board_id, data FROM doc_recent AS r
      WHERE EXISTS (SELECT 1 FROM boards WHERE id = r.board_id) ORDER BY seq`),
    clearRecent: db.prepare('DELETE FROM doc_recent'),
    deleteRecent: db.prepare<[string]>('DELETE FROM doc_recent WHERE board_id = ?'),
  };

  /** Move the recent appends, in arrival order, to the board-ordered log (inside a transaction). */
  const settle = () => {
    if (sql.anyRecent.get() === undefined) return;
    sql.moveRecent.run();
    sql.clearRecent.run();
  };
  const settleTx = db.transaction(settle);
  settleTx.immediate(); // appends a killed process left behind

  const createTx = db.transaction((row: BoardRecord, initial: Buffer) => {
    sql.insertBoard.run(row);
    sql.putSnapshot.run(row.id, initial);
  });

  const deleteTx = db.transaction((id: string) => {
    sql.deleteRecent.run(id);
    sql.deleteUpdates.run(id);
    sql.deleteSnapshot.run(id);
    return sql.deleteBoard.run(id).changes > 0;
  });

  const loadTx = db.transaction((id: string) => {
    settle();
    return { snapshot: sql.getSnapshot.get(id), updates: sql.getUpdates.all(id) };
  });

  const compactTx = db.transaction((id: string, merge: (updates: Uint8Array[]) => Uint8Array) => {
    settle();
    const rows = sql.getUpdates.all(id);
    if (rows.length === 0) return;
    const snapshot = sql.getSnapshot.get(id);
    const parts = rows.map((r) => toBytes(r.data));
    if (snapshot) parts.unshift(toBytes(snapshot.data));
    sql.putSnapshot.run(id, toBuffer(merge(parts)));
    sql.deleteUpTo.run(id, rows[rows.length - 1].seq);
  });

  const appendTx = db.transaction((batch: PendingAppend[]) =>
    batch.map((p) => sql.append.run({ board: p.board, data: toBuffer(p.update) }).changes > 0),
  );

  // Local clients have an update already; only the publish to other processes waits for the
  // window. 16 ms rather than 4 cut the event loop's time in commits by ~30 % with 200 busy
  // boards, when rows still went to the indexed log; fewer commits still mean fewer log writes.
  const batcher = createAppendBatcher((batch) => {
    const stored = appendTx(batch);
    // only now is the batch committed (in the OS; on disk with the next checkpoint)
    batch.forEach((p, i) => (stored[i] ? p.resolve() : p.reject(noSuchBoard(p.board))));
  }, { windowMs: 16 });
  // a checkpoint syncs the log, copies it into the database file and syncs that; with nothing
  // new in the log it touches nothing
  const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
  const checkpointTruncate = db.prepare('PRAGMA wal_checkpoint(TRUNCATE)');
  const syncTimer = setInterval(() => checkpoint.run(), syncIntervalMs);
  syncTimer.unref();
  const settleTimer = setInterval(() => {
    // a busy database (another process writing for longer than busy_timeout) is tried again next
    // time; every read settles first anyway, and reports such an error to its caller
    try { settleTx.immediate(); } catch { /* next tick */ }
  }, settleIntervalMs);
  settleTimer.unref();

  return {
    async createBoard(board, initialUpdate) {
      createTx(toRecord(board), toBuffer(initialUpdate));
    },

    async getBoard(id) {
      const row = sql.getBoard.get(id);
      return row && fromRecord(row);
    },

    async setTokenHash(id, role, hash) {
      assertRole(role);
      return sql.setHash[role].run(hash, id).changes > 0;
    },

    async updateBoardInfo(id, info) {
      sql.updateInfo.run(info.title, info.city, id);
    },

    async deleteBoard(id) {
      const deleted = deleteTx(id);
      // the log still holds the pages as they were before: copy the overwritten ones into the file
      // and empty the log (a reader in another process may keep it from emptying: it is overwritten as it is reused)
      if (deleted) checkpointTruncate.run();
      return deleted;
    },

    async loadDoc(id): Promise<StoredDoc> {
      const { snapshot, updates } = loadTx.immediate(id);
      const log = updates.map((r) => toBytes(r.data));
      return { updates: snapshot ? [toBytes(snapshot.data), ...log] : log, logBytes: sumBytes(log) };
    },

    appendUpdate(id, update) {
      return batcher.append(id, update);
    },

    async compact(id, merge) {
      compactTx.immediate(id, merge);
    },

    async close() {
      await batcher.drain();
      clearInterval(syncTimer);
      clearInterval(settleTimer);
      if (!db.open) return;
      try {
        settleTx.immediate();
      } finally {
        db.close(); // closing checkpoints, and syncs, everything
      }
    },
  };
}

function toRecord(board: BoardRow): BoardRecord {
  return {
    id: board.id,
    title: board.title,
    city: board.city,
    created_at: board.createdAt,
    facilitator_hash: board.tokenHashes.facilitator,
    editor_hash: board.tokenHashes.editor,
    commenter_hash: board.tokenHashes.commenter,
    viewer_hash: board.tokenHashes.viewer,
  };
}

function fromRecord(row: BoardRecord): BoardRow {
  return {
    id: row.id,
    title: row.title,
    city: row.city,
    createdAt: row.created_at,
    tokenHashes: {
      facilitator: row.facilitator_hash,
      editor: row.editor_hash,
      commenter: row.commenter_hash,
      viewer: row.viewer_hash,
    },
  };
}
