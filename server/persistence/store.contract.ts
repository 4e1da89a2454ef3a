/**
 * The one behaviour every BoardStore adapter must show. Each adapter's test file calls
 * describeStoreContract with a factory; documents are real Yjs docs built with shared/board, and
 * "same content" means equal snapshotBoard output.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addIntervention, deleteIntervention, initBoard, snapshotBoard, updateIntervention } from '../../shared/board/index.ts';
import type { BoardRow, BoardStore } from './store.ts';

export interface StoreFixture {
  store: BoardStore;
  /** closes whatever the fixture opened and removes its data */
  cleanup(): Promise<void>;
  /** closes `store` and opens the same data again, as a restarted server would (durable stores only) */
  reopen?(): Promise<BoardStore>;
  /** a second, independent handle on the same data, as another server process would hold */
  openAnother?(): Promise<BoardStore>;
}

const merge = (updates: Uint8Array[]): Uint8Array => Y.mergeUpdates(updates);

function boardRow(overrides: Partial<BoardRow> = {}): BoardRow {
  return {
    id: randomUUID(),
    title: 'Kranj climate city contract',
    city: 'Kranj',
    createdAt: 1_700_000_000_123,
    tokenHashes: {
      facilitator: randomBytes(32).toString('hex'),
      editor: randomBytes(32).toString('hex'),
      commenter: randomBytes(32).toString('hex'),
      viewer: randomBytes(32).toString('hex'),
    },
    ...overrides,
  };
}

/** A live board document whose every change is handed to `onUpdate`, as the room does. */
function liveBoard(title = 'Kranj'): { doc: Y.Doc; initial: Uint8Array; changes: Uint8Array[] } {
  const doc = new Y.Doc();
  initBoard(doc, { title, city: 'Kranj' }, 1_700_000_000_000);
  const initial = Y.encodeStateAsUpdate(doc);
  const changes: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => changes.push(u));
  return { doc, initial, changes };
}

function docFrom(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  Y.transact(doc, () => { for (const u of updates) Y.applyUpdate(doc, u); });
  return doc;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** Grows the doc by about `bytes` of card descriptions (each within the schema's 20 000 limit). */
function addBulk(doc: Y.Doc, bytes: number, prefix: string): void {
  for (let i = 0; i * 15_000 < bytes; i++) {
    addIntervention(doc, { title: `${prefix} ${i}`, description: randomBytes(11_250).toString('base64') });
  }
}

function editAFewTimes(doc: Y.Doc, n: number, prefix: string): void {
  for (let i = 0; i < n; i++) {
    const added = addIntervention(doc, { title: `${prefix} ${i}`, field: 'energy', levers: ['technology'] });
    if (i % 3 === 1) updateIntervention(doc, added.id, { status: 'planned', reductionTco2e: i * 10 });
    if (i % 5 === 4) deleteIntervention(doc, added.id);
  }
}

export function describeStoreContract(name: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`BoardStore contract: ${name}`, () => {
    let fixture: StoreFixture | null = null;
    let store: BoardStore;

    async function open(): Promise<BoardStore> {
      fixture = await makeStore();
      store = fixture.store;
      return store;
    }

    afterEach(async () => {
      await fixture?.cleanup();
      fixture = null;
    });

    describe('boards', () => {
      it('creates a board and returns its row', async () => {
        await open();
        const row = boardRow();
        await store.createBoard(row, new Uint8Array([0, 0]));
        expect(await store.getBoard(row.id)).toEqual(row);
      });

      it('answers undefined for a board that does not exist', async () => {
        await open();
        expect(await store.getBoard(randomUUID())).toBeUndefined();
      });

      it('refuses a second board with the same id and keeps the first', async () => {
        await open();
        const row = boardRow();
        await store.createBoard(row, new Uint8Array([0, 0]));
        await expect(store.createBoard({ ...boardRow(), id: row.id, title: 'impostor' }, new Uint8Array([0, 0]))).rejects.toThrow();
        expect(await store.getBoard(row.id)).toEqual(row);
      });

      it('rotates one role\'s token hash and leaves the others', async () => {
        await open();
        const row = boardRow();
        await store.createBoard(row, new Uint8Array([0, 0]));
        const hash = randomBytes(32).toString('hex');
        expect(await store.setTokenHash(row.id, 'editor', hash)).toBe(true);
        expect((await store.getBoard(row.id))?.tokenHashes).toEqual({ ...row.tokenHashes, editor: hash });
      });

      it('reports a token rotation for an unknown board as false', async () => {
        await open();
        expect(await store.setTokenHash(randomUUID(), 'viewer', 'ab'.repeat(32))).toBe(false);
      });

      it('refuses a role that does not exist', async () => {
        await open();
        const row = boardRow();
        await store.createBoard(row, new Uint8Array([0, 0]));
        await expect(store.setTokenHash(row.id, 'owner' as never, 'ab'.repeat(32))).rejects.toThrow(/role/);
        expect(await store.getBoard(row.id)).toEqual(row);
      });

      it('keeps title and city in step with the document', async () => {
        await open();
        const row = boardRow();
        await store.createBoard(row, new Uint8Array([0, 0]));
        await store.updateBoardInfo(row.id, { title: 'Kranj 2030', city: 'Kranj (SI)' });
        expect(await store.getBoard(row.id)).toEqual({ ...row, title: 'Kranj 2030', city: 'Kranj (SI)' });
        await expect(store.updateBoardInfo(randomUUID(), { title: 'x', city: 'y' })).resolves.toBeUndefined();
      });

      it('deletes a board with its whole document, and only that board', async () => {
        await open();
        const gone = liveBoard('gone');
        const kept = liveBoard('kept');
        const goneRow = boardRow();
        const keptRow = boardRow();
        await store.createBoard(goneRow, gone.initial);
        await store.createBoard(keptRow, kept.initial);
        editAFewTimes(gone.doc, 4, 'gone');
        editAFewTimes(kept.doc, 4, 'kept');
        for (const u of gone.changes) await store.appendUpdate(goneRow.id, u);
        for (const u of kept.changes) await store.appendUpdate(keptRow.id, u);
        await store.compact(goneRow.id, merge);
        editAFewTimes(gone.doc, 2, 'after');
        await store.appendUpdate(goneRow.id, gone.changes[gone.changes.length - 1]);

        expect(await store.deleteBoard(goneRow.id)).toBe(true);
        expect(await store.getBoard(goneRow.id)).toBeUndefined();
        expect(await store.loadDoc(goneRow.id)).toEqual({ updates: [], logBytes: 0 });
        expect(await store.deleteBoard(goneRow.id)).toBe(false);
        await expect(store.appendUpdate(goneRow.id, new Uint8Array([0, 0]))).rejects.toThrow(/no such board/);

        expect(await store.getBoard(keptRow.id)).toEqual(keptRow);
        expect(snapshotBoard(docFrom((await store.loadDoc(keptRow.id)).updates))).toEqual(snapshotBoard(kept.doc));
      });

      it('answers false when deleting a board that does not exist', async () => {
        await open();
        expect(await store.deleteBoard(randomUUID())).toBe(false);
      });

      it('can create a board again under an id that was deleted', async () => {
        await open();
        const row = boardRow();
        await store.createBoard(row, new Uint8Array([0, 0]));
        await store.appendUpdate(row.id, new Uint8Array([1, 2, 3]));
        await store.deleteBoard(row.id);
        const again = { ...boardRow(), id: row.id };
        await store.createBoard(again, new Uint8Array([0, 0]));
        expect(await store.getBoard(row.id)).toEqual(again);
        expect(await store.loadDoc(row.id)).toEqual({ updates: [new Uint8Array([0, 0])], logBytes: 0 });
      });
    });

    describe('document log', () => {
      it('loads an unknown board as an empty log', async () => {
        await open();
        expect(await store.loadDoc(randomUUID())).toEqual({ updates: [], logBytes: 0 });
      });

      it('loads the initial state first, then every append in order, counting only the appends', async () => {
        await open();
        const row = boardRow();
        const { doc, initial, changes } = liveBoard();
        await store.createBoard(row, initial);
        editAFewTimes(doc, 30, 'card');
        // appended without waiting in between, as the room does: they share commits
        await Promise.all(changes.map((u) => store.appendUpdate(row.id, u)));
        const stored = await store.loadDoc(row.id);
        expect(stored.updates).toHaveLength(changes.length + 1);
        expect(sameBytes(stored.updates[0], initial)).toBe(true);
        stored.updates.slice(1).forEach((u, i) => expect(sameBytes(u, changes[i])).toBe(true));
        expect(stored.logBytes).toBe(changes.reduce((n, u) => n + u.byteLength, 0));
        expect(snapshotBoard(docFrom(stored.updates))).toEqual(snapshotBoard(doc));
      });

      it('returns Uint8Arrays', async () => {
        await open();
        const row = boardRow();
        await store.createBoard(row, new Uint8Array([0, 0]));
        await store.appendUpdate(row.id, new Uint8Array([7, 8, 9]));
        const { updates } = await store.loadDoc(row.id);
        for (const u of updates) expect(u).toBeInstanceOf(Uint8Array);
        expect(Array.from(updates[1])).toEqual([7, 8, 9]);
      });

      it('fails an append to an unknown board without failing appends made alongside it', async () => {
        await open();
        const row = boardRow();
        await store.createBoard(row, new Uint8Array([0, 0]));
        const results = await Promise.allSettled([
          store.appendUpdate(row.id, new Uint8Array([1])),
          store.appendUpdate(randomUUID(), new Uint8Array([2])),
          store.appendUpdate(row.id, new Uint8Array([3])),
        ]);
        expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
        expect((await store.loadDoc(row.id)).updates.slice(1).map((u) => Array.from(u))).toEqual([[1], [3]]);
      });

      it('keeps each board\'s log apart', async () => {
        await open();
        const a = boardRow();
        const b = boardRow();
        await store.createBoard(a, new Uint8Array([0, 0]));
        await store.createBoard(b, new Uint8Array([0, 0]));
        await Promise.all([
          store.appendUpdate(a.id, new Uint8Array([1])),
          store.appendUpdate(b.id, new Uint8Array([2])),
          store.appendUpdate(a.id, new Uint8Array([3])),
        ]);
        expect((await store.loadDoc(a.id)).updates.slice(1).map((u) => Array.from(u))).toEqual([[1], [3]]);
        expect((await store.loadDoc(b.id)).updates.slice(1).map((u) => Array.from(u))).toEqual([[2]]);
      });

      it('stores and returns updates of several megabytes unchanged', async () => {
        await open();
        const row = boardRow();
        const { doc, initial, changes } = liveBoard();
        await store.createBoard(row, initial);
        // one transaction, so one update of several megabytes
        doc.transact(() => addBulk(doc, 3 * 1024 * 1024, 'long read'));
        expect(changes).toHaveLength(1);
        expect(changes[0].byteLength).toBeGreaterThan(3 * 1024 * 1024);
        const raw = randomBytes(6 * 1024 * 1024);
        await store.appendUpdate(row.id, changes[0]);
        await store.appendUpdate(row.id, new Uint8Array(raw));
        const stored = await store.loadDoc(row.id);
        expect(stored.updates).toHaveLength(3);
        expect(sameBytes(stored.updates[1], changes[0])).toBe(true);
        expect(sameBytes(stored.updates[2], raw)).toBe(true);
        expect(stored.logBytes).toBe(changes[0].byteLength + raw.byteLength);
      });
    });

    describe('durability', () => {
      it('keeps boards, tokens and the document across a restart', async (ctx) => {
        await open();
        if (!fixture!.reopen) return ctx.skip('not a durable store');
        const row = boardRow();
        const { doc, initial, changes } = liveBoard();
        await store.createBoard(row, initial);
        editAFewTimes(doc, 12, 'before compaction');
        for (const u of changes.splice(0)) await store.appendUpdate(row.id, u);
        await store.compact(row.id, merge);
        editAFewTimes(doc, 5, 'after compaction');
        await Promise.all(changes.map((u) => store.appendUpdate(row.id, u)));
        const hash = randomBytes(32).toString('hex');
        await store.setTokenHash(row.id, 'facilitator', hash);

        store = await fixture!.reopen();
        expect(await store.getBoard(row.id)).toEqual({ ...row, tokenHashes: { ...row.tokenHashes, facilitator: hash } });
        const stored = await store.loadDoc(row.id);
        expect(snapshotBoard(docFrom(stored.updates))).toEqual(snapshotBoard(doc));
        expect(stored.logBytes).toBe(changes.reduce((n, u) => n + u.byteLength, 0));
      });

      it('finishes appends still in flight before closing', async (ctx) => {
        await open();
        if (!fixture!.reopen) return ctx.skip('not a durable store');
        const row = boardRow();
        const { doc, initial, changes } = liveBoard();
        await store.createBoard(row, initial);
        editAFewTimes(doc, 10, 'late');
        const appended = Promise.all(changes.map((u) => store.appendUpdate(row.id, u)));
        store = await fixture!.reopen();
        await appended;
        expect(snapshotBoard(docFrom((await store.loadDoc(row.id)).updates))).toEqual(snapshotBoard(doc));
      });
    });

    describe('compaction', () => {
      it('replaces the log by one merged snapshot with the same content', async () => {
        await open();
        const row = boardRow();
        const { doc, initial, changes } = liveBoard();
        await store.createBoard(row, initial);
        editAFewTimes(doc, 40, 'card');
        for (const u of changes) await store.appendUpdate(row.id, u);

        await store.compact(row.id, merge);
        const compacted = await store.loadDoc(row.id);
        expect(compacted.updates).toHaveLength(1);
        expect(compacted.logBytes).toBe(0);
        expect(snapshotBoard(docFrom(compacted.updates))).toEqual(snapshotBoard(doc));

        // later appends land after the snapshot and a second compaction folds them in too
        changes.length = 0;
        editAFewTimes(doc, 7, 'later');
        for (const u of changes) await store.appendUpdate(row.id, u);
        const grown = await store.loadDoc(row.id);
        expect(grown.updates).toHaveLength(1 + changes.length);
        expect(grown.logBytes).toBe(changes.reduce((n, u) => n + u.byteLength, 0));
        expect(snapshotBoard(docFrom(grown.updates))).toEqual(snapshotBoard(doc));

        await store.compact(row.id, merge);
        const again = await store.loadDoc(row.id);
        expect(again.updates).toHaveLength(1);
        expect(snapshotBoard(docFrom(again.updates))).toEqual(snapshotBoard(doc));
      });

      it('hands merge the snapshot first and then the log in order', async () => {
        await open();
        const row = boardRow();
        await store.createBoard(row, new Uint8Array([9]));
        for (const b of [1, 2, 3]) await store.appendUpdate(row.id, new Uint8Array([b]));
        const seen: number[][] = [];
        await store.compact(row.id, (parts) => {
          seen.push(...parts.map((p) => Array.from(p)));
          return new Uint8Array([42]);
        });
        expect(seen).toEqual([[9], [1], [2], [3]]);
        expect(await store.loadDoc(row.id)).toEqual({ updates: [new Uint8Array([42])], logBytes: 0 });
      });

      it('does nothing for an unknown board', async () => {
        await open();
        const id = randomUUID();
        await expect(store.compact(id, merge)).resolves.toBeUndefined();
        expect(await store.loadDoc(id)).toEqual({ updates: [], logBytes: 0 });
      });

      it('leaves everything as it was when merge throws', async () => {
        await open();
        const row = boardRow();
        const { doc, initial, changes } = liveBoard();
        await store.createBoard(row, initial);
        editAFewTimes(doc, 5, 'card');
        for (const u of changes) await store.appendUpdate(row.id, u);
        const before = await store.loadDoc(row.id);
        await expect(store.compact(row.id, () => { throw new Error('merge failed'); })).rejects.toThrow('merge failed');
        const after = await store.loadDoc(row.id);
        expect(after.logBytes).toBe(before.logBytes);
        expect(after.updates.length).toBe(before.updates.length);
        expect(snapshotBoard(docFrom(after.updates))).toEqual(snapshotBoard(doc));
      });

      it('loses no append made while compacting', async () => {
        await open();
        const row = boardRow();
        const { doc, initial, changes } = liveBoard();
        await store.createBoard(row, initial);
        editAFewTimes(doc, 20, 'first');
        const writes: Promise<void>[] = changes.splice(0).map((u) => store.appendUpdate(row.id, u));
        const compactions: Promise<void>[] = [];
        for (let round = 0; round < 6; round++) {
          compactions.push(store.compact(row.id, merge));
          editAFewTimes(doc, 4, `round ${round}`);
          writes.push(...changes.splice(0).map((u) => store.appendUpdate(row.id, u)));
        }
        await Promise.all([...writes, ...compactions]);
        expect(snapshotBoard(docFrom((await store.loadDoc(row.id)).updates))).toEqual(snapshotBoard(doc));
      });

      it('loses no append when another process appends and compacts the same board', async (ctx) => {
        await open();
        if (!fixture!.openAnother) return ctx.skip('store cannot be shared between processes');
        const other = await fixture!.openAnother();
        const row = boardRow();
        const { doc, initial, changes } = liveBoard();
        await store.createBoard(row, initial);
        const work: Promise<void>[] = [];
        for (let round = 0; round < 8; round++) {
          editAFewTimes(doc, 5, `round ${round}`);
          const [mine, theirs] = [store, other];
          changes.splice(0).forEach((u, i) => work.push((i % 2 ? theirs : mine).appendUpdate(row.id, u)));
          // both processes compact at once while the other keeps appending
          work.push(mine.compact(row.id, merge), theirs.compact(row.id, merge));
        }
        await Promise.all(work);
        for (const s of [store, other]) {
          expect(snapshotBoard(docFrom((await s.loadDoc(row.id)).updates))).toEqual(snapshotBoard(doc));
        }
        await store.compact(row.id, merge);
        const final = await other.loadDoc(row.id);
        expect(final.updates).toHaveLength(1);
        expect(snapshotBoard(docFrom(final.updates))).toEqual(snapshotBoard(doc));
      });

      it('compacts a document holding several megabytes', async () => {
        await open();
        const row = boardRow();
        const { doc, initial, changes } = liveBoard();
        await store.createBoard(row, initial);
        for (let i = 0; i < 4; i++) doc.transact(() => addBulk(doc, 1024 * 1024, `big ${i}`));
        for (const u of changes) await store.appendUpdate(row.id, u);
        await store.compact(row.id, merge);
        const stored = await store.loadDoc(row.id);
        expect(stored.updates).toHaveLength(1);
        expect(stored.updates[0].byteLength).toBeGreaterThan(4 * 1024 * 1024);
        expect(snapshotBoard(docFrom(stored.updates))).toEqual(snapshotBoard(doc));
      });
    });
  });
}
