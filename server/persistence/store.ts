/**
 * The one storage interface. A board is a row of metadata (title, city, hashed role tokens) plus
 * its Yjs document kept as an append-only log of updates with an occasional merged snapshot.
 * Every adapter (memory, SQLite, PostgreSQL) passes the same contract suite (store.contract.ts).
 */
import type { Role } from '../../shared/schema/index.ts';

export interface BoardRow {
  id: string;
  title: string;
  city: string;
  createdAt: number;
  /** sha256 hex of each role's token; tokens themselves are never stored */
  tokenHashes: Record<Role, string>;
}

export interface StoredDoc {
  /** the snapshot (if any) followed by every update appended after it, in order */
  updates: Uint8Array[];
  /** total bytes of the log after the snapshot; the room compacts past a bound */
  logBytes: number;
}

export interface BoardStore {
  /** stores the row and `initialUpdate` as the board's first snapshot; rejects when the id is taken */
  createBoard(board: BoardRow, initialUpdate: Uint8Array): Promise<void>;
  getBoard(id: string): Promise<BoardRow | undefined>;
  /** replaces one role's token hash; returns false when the board does not exist */
  setTokenHash(id: string, role: Role, hash: string): Promise<boolean>;
  /** keeps title and city in step with the document's meta (for listings and the API) */
  updateBoardInfo(id: string, info: { title: string; city: string }): Promise<void>;
  /** deletes the board and all of its document; returns false when it did not exist */
  deleteBoard(id: string): Promise<boolean>;
  /** an unknown board loads as `{ updates: [], logBytes: 0 }` */
  loadDoc(id: string): Promise<StoredDoc>;
  /**
   * durably appends one accepted update (resolves once it is on disk). Appends made together may
   * share a commit. Rejects with NoSuchBoardError (validate.ts) when the board does not exist,
   * without affecting appends to other boards.
   */
  appendUpdate(id: string, update: Uint8Array): Promise<void>;
  /**
   * Replace the snapshot and the updates it covers by `merge(updates)`. Safe while other
   * processes append concurrently: only the rows that were read are replaced. Does nothing when
   * the board is unknown or has no log after its snapshot; changes nothing when `merge` throws.
   */
  compact(id: string, merge: (updates: Uint8Array[]) => Uint8Array): Promise<void>;
  /** waits for appends already made, then releases the file or connections */
  close(): Promise<void>;
}
