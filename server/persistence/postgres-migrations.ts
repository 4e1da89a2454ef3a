/**
 * The PostgreSQL schema, as numbered migrations (same tables as SQLite, see sqlite-migrations.ts).
 * Several server processes may start at once against one database, so migrating holds a
 * transaction-scoped advisory lock and records its progress in leverboard_schema.
 */
import type pg from 'pg';

/** an arbitrary constant naming "the Leverboard schema" among advisory locks */
const MIGRATION_LOCK = 0x1eb0a4d;

export const POSTGRES_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE boards (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    city TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    facilitator_hash TEXT NOT NULL,
    editor_hash TEXT NOT NULL,
    commenter_hash TEXT NOT NULL,
    viewer_hash TEXT NOT NULL
  );
  CREATE TABLE doc_updates (
    seq BIGSERIAL PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    data BYTEA NOT NULL
  );
  CREATE INDEX doc_updates_by_board ON doc_updates(board_id, seq);
  CREATE TABLE doc_snapshots (
    board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
    data BYTEA NOT NULL
  );
  `,
];

export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS leverboard_schema (version INTEGER NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM leverboard_schema');
    const version = rows[0]?.version ?? 0;
    if (version > POSTGRES_MIGRATIONS.length) {
      throw new Error(`database schema version ${version} is newer than this server (${POSTGRES_MIGRATIONS.length})`);
    }
    for (let v = version; v < POSTGRES_MIGRATIONS.length; v++) await client.query(POSTGRES_MIGRATIONS[v]);
    await client.query('DELETE FROM leverboard_schema');
    await client.query('INSERT INTO leverboard_schema (version) VALUES ($1)', [POSTGRES_MIGRATIONS.length]);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
