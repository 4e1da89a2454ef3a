/**
 * A BoardStore that keeps everything in this process's memory: for tests of the room and the API,
 * where a real file adds nothing. It follows the same contract as the durable adapters, including
 * copying what it is given so a caller reusing its buffers cannot change stored history.
 */
import type { Role } from '../../shared/schema/index.ts';
import type { BoardRow, BoardStore, StoredDoc } from './store.ts';
import { assertRole, noSuchBoard } from './validate.ts';
import { sumBytes } from './bytes.ts';

interface MemoryBoard {
  row: BoardRow;
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
}

export function createMemoryStore(): BoardStore {
  const boards = new Map<string, MemoryBoard>();
  let closed = false;

  function open(): void {
    if (closed) throw new Error('store is closed');
  }

  const copyRow = (row: BoardRow): BoardRow => ({ ...row, tokenHashes: { ...row.tokenHashes } });

  return {
    async createBoard(board, initialUpdate) {
      open();
      if (boards.has(board.id)) throw new Error(`board ${board.id} already exists`);
      boards.set(board.id, { row: copyRow(board), snapshot: initialUpdate.slice(), updates: [] });
    },

    async getBoard(id) {
      open();
      const board = boards.get(id);
      return board && copyRow(board.row);
    },

    async setTokenHash(id, role: Role, hash) {
      open();
      assertRole(role);
      const board = boards.get(id);
      if (!board) return false;
      board.row.tokenHashes[role] = hash;
      return true;
    },

    async updateBoardInfo(id, info) {
      open();
      const board = boards.get(id);
      if (board) Object.assign(board.row, { title: info.title, city: info.city });
    },

    async deleteBoard(id) {
      open();
      return boards.delete(id);
    },

    async loadDoc(id): Promise<StoredDoc> {
      open();
      const board = boards.get(id);
      if (!board) return { updates: [], logBytes: 0 };
      const updates = board.snapshot ? [board.snapshot, ...board.updates] : [...board.updates];
      return { updates: updates.map((u) => u.slice()), logBytes: sumBytes(board.updates) };
    },

    async appendUpdate(id, update) {
      open();
      const board = boards.get(id);
      if (!board) throw noSuchBoard(id);
      board.updates.push(update.slice());
    },

    async compact(id, merge) {
      open();
      const board = boards.get(id);
      if (!board || board.updates.length === 0) return;
      const covered = board.updates.length;
      const merged = merge(board.snapshot ? [board.snapshot, ...board.updates] : [...board.updates]);
      board.snapshot = merged.slice();
      // merge is synchronous, so nothing can have been appended meanwhile; splice anyway to keep
      // the same "replace only what was read" rule as the durable adapters
      board.updates.splice(0, covered);
    },

    async close() {
      closed = true;
      boards.clear();
    },
  };
}

