/**
 * The SQLite schema, as numbered migrations. PRAGMA user_version records how many have run; a
 * migration is never edited once released, only followed by a new one.
 *
 * boards         one row per board: title and city (kept in step with the doc's meta for the API)
 *                and the sha256 of each role's token; never the tokens themselves.
 * doc_updates    the append-only log of accepted Yjs updates; AUTOINCREMENT so a seq is never
 *                reused after compaction deletes rows, keeping "after the snapshot" well defined.
 * doc_snapshots  at most one merged update per board, covering every log row it replaced.
 * doc_recent     (2) appends in arrival order, with no index: a commit writes to its last page
 *                only, instead of one index page per board it touches. Rows move into doc_updates
 *                (in order) every few seconds and before a board is read (sqlite.ts: settle).
 */
import type Database from 'better-sqlite3';

export const SQLITE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE boards (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    city TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    facilitator_hash TEXT NOT NULL,
    editor_hash TEXT NOT NULL,
    commenter_hash TEXT NOT NULL,
    viewer_hash TEXT NOT NULL
  );
  CREATE TABLE doc_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    data BLOB NOT NULL
  );
  CREATE INDEX doc_updates_by_board ON doc_updates(board_id, seq);
  CREATE TABLE doc_snapshots (
    board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
    data BLOB NOT NULL
  );
  `,
  `
  CREATE TABLE doc_recent (
    seq INTEGER PRIMARY KEY,
    board_id TEXT NOT NULL,
    data BLOB NOT NULL
  );
  `,
];

/** Brings the file up to the latest schema; refuses a file written by a newer version. */
export function migrateSqlite(db: Database.Database): void {
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SQLITE_MIGRATIONS.length) {
      throw new Error(`database schema version ${version} is newer than this server (${SQLITE_MIGRATIONS.length})`);
    }
    for (let v = version; v < SQLITE_MIGRATIONS.length; v++) db.exec(SQLITE_MIGRATIONS[v]);
    db.pragma(`user_version = ${SQLITE_MIGRATIONS.length}`);
  }).immediate();
}
