/**
 * The scale-out store: PostgreSQL through a pg Pool, shared by every server process.
 *
 * Why it is safe with several processes:
 * - loadDoc reads snapshot and log in ONE statement, so a compaction committing in between cannot
 *   make it see the old snapshot without the rows that compaction folded in.
 * - compact locks the board row FOR UPDATE. An append's foreign-key check holds a KEY SHARE lock
 *   on that row until it commits, which FOR UPDATE waits for; so compaction sees every append that
 *   started before it, later ones wait for it, and it deletes exactly the rows it merged.
 * - appends arriving together go in one multi-row INSERT (one round trip, one commit); a board
 *   deleted meanwhile fails only its own appends.
 */
import pg from 'pg';
import type { Role } from '../../shared/schema/index.ts';
import type { BoardRow, BoardStore, StoredDoc } from './store.ts';
import { createAppendBatcher } from './append-batcher.ts';
import { migratePostgres } from './postgres-migrations.ts';
import { assertRole, noSuchBoard } from './validate.ts';
import { sumBytes, toBuffer, toBytes } from './bytes.ts';

export interface PostgresStoreOptions {
  url: string;
  /** connections in the pool (default 10) */
  maxConnections?: number;
}

interface BoardRecord {
  id: string;
  title: string;
  city: string;
  created_at: string;
  facilitator_hash: string;
  editor_hash: string;
  commenter_hash: string;
  viewer_hash: string;
}

const HASH_COLUMN: Record<Role, string> = {
  facilitator: 'facilitator_hash',
  editor: 'editor_hash',
  commenter: 'commenter_hash',
  viewer: 'viewer_hash',
};

export async function createPostgresStore({ url, maxConnections = 10 }: PostgresStoreOptions): Promise<BoardStore> {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  // an idle client losing its connection must not crash the process; the pool replaces it
  pool.on('error', () => undefined);
  try {
    await migratePostgres(pool);
  } catch (e) {
    await pool.end();
    throw e;
  }

  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  const batcher = createAppendBatcher(async (batch) => {
    try {
      await pool.query(
        `INSERT INTO doc_updates (board_id, data)
         SELECT u.board_id, u.data FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS u(board_id, data, ord)
         ORDER BY u.ord`,
        [batch.map((p) => p.board), batch.map((p) => toBuffer(p.update))],
      );
    } catch (e) {
      if (!isForeignKeyViolation(e)) throw e;
      // one append to a deleted board fails the whole statement: retry one by one so only
      // the appends to that board fail
      for (const p of batch) {
        try {
          await pool.query('INSERT INTO doc_updates (board_id, data) VALUES ($1, $2)', [p.board, toBuffer(p.update)]);
          p.resolve();
        } catch (e) {
          p.reject(isForeignKeyViolation(e) ? noSuchBoard(p.board) : e);
        }
      }
      return;
    }
    for (const p of batch) p.resolve();
  });

  return {
    async createBoard(board, initialUpdate) {
      const r = toRecord(board);
      await transaction(async (client) => {
        await client.query(
          `INSERT INTO boards (id, title, city, created_at, facilitator_hash, editor_hash, commenter_hash, viewer_hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [r.id, r.title, r.city, r.created_at, r.facilitator_hash, r.editor_hash, r.commenter_hash, r.viewer_hash],
        );
        await client.query('INSERT INTO doc_snapshots (board_id, data) VALUES ($1, $2)', [board.id, toBuffer(initialUpdate)]);
      });
    },

    async getBoard(id) {
      const { rows } = await pool.query<BoardRecord>('SELECT * FROM boards WHERE id = $1', [id]);
      return rows[0] && fromRecord(rows[0]);
    },

    async setTokenHash(id, role, hash) {
      assertRole(role);
      const result = await pool.query(`UPDATE boards SET ${HASH_COLUMN[role]} = $1 WHERE id = $2`, [hash, id]);
      return (result.rowCount ?? 0) > 0;
    },

    async updateBoardInfo(id, info) {
      await pool.query('UPDATE boards SET title = $1, city = $2 WHERE id = $3', [info.title, info.city, id]);
    },

    async deleteBoard(id) {
      // the log and snapshot go with the row (ON DELETE CASCADE)
      const result = await pool.query('DELETE FROM boards WHERE id = $1', [id]);
      return (result.rowCount ?? 0) > 0;
    },

    async loadDoc(id): Promise<StoredDoc> {
      const { rows } = await pool.query<{ part: number; data: Buffer }>(
        `SELECT 0 AS part, 0::bigint AS seq, data FROM doc_snapshots WHERE board_id = $1
         UNION ALL
         SELECT 1 AS part, seq, data FROM doc_updates WHERE board_id = $1
         ORDER BY part, seq`,
        [id],
      );
      const log = rows.filter((r) => r.part === 1).map((r) => toBytes(r.data));
      const snapshot = rows.filter((r) => r.part === 0).map((r) => toBytes(r.data));
      return { updates: [...snapshot, ...log], logBytes: sumBytes(log) };
    },

    appendUpdate(id, update) {
      return batcher.append(id, update);
    },

    async compact(id, merge) {
      await transaction(async (client) => {
        const board = await client.query('SELECT 1 FROM boards WHERE id = $1 FOR UPDATE', [id]);
        if (board.rowCount === 0) return;
        const { rows } = await client.query<{ seq: string; data: Buffer }>(
          'SELECT seq, data FROM doc_updates WHERE board_id = $1 ORDER BY seq', [id],
        );
        if (rows.length === 0) return;
        const snapshot = await client.query<{ data: Buffer }>('SELECT data FROM doc_snapshots WHERE board_id = $1', [id]);
        const parts = rows.map((r) => toBytes(r.data));
        if (snapshot.rows[0]) parts.unshift(toBytes(snapshot.rows[0].data));
        const merged = merge(parts);
        await client.query(
          `INSERT INTO doc_snapshots (board_id, data) VALUES ($1, $2)
           ON CONFLICT (board_id) DO UPDATE SET data = excluded.data`,
          [id, toBuffer(merged)],
        );
        // exactly the rows merged above, never one that committed after they were read
        await client.query('DELETE FROM doc_updates WHERE board_id = $1 AND seq = ANY($2::bigint[])', [id, rows.map((r) => r.seq)]);
      });
    },

    async close() {
      await batcher.drain();
      await pool.end();
    },
  };
}

function isForeignKeyViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === '23503';
}

function toRecord(board: BoardRow): BoardRecord {
  return {
    id: board.id,
    title: board.title,
    city: board.city,
    created_at: String(board.createdAt),
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
    createdAt: Number(row.created_at),
    tokenHashes: {
      facilitator: row.facilitator_hash,
      editor: row.editor_hash,
      commenter: row.commenter_hash,
      viewer: row.viewer_hash,
    },
  };
}
