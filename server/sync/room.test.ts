/**
 * What a room passes on — to the board's other connections and to the store — for each kind of
 * update it takes: a new one as it came, a resent one not at all, a partly known one without the
 * known part, one waiting for a struct once it is complete, and a change the server makes itself.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { createSqliteStore } from '../persistence/sqlite.ts';
import { createLocalPubSub } from '../pubsub/local.ts';
import type { BoardStore } from '../persistence/store.ts';
import { addIntervention, initBoard, listRecords, snapshotBoard, updateIntervention } from '../../shared/board/index.ts';
import type { Connection } from './connection.ts';
import { RoomRegistry } from './registry.ts';
import { MESSAGE_SYNC, encodeUpdate } from './protocol.ts';

function recordingConnection(): Connection & { sent: Uint8Array[]; closed: string[] } {
  const c = {
    sent: [] as Uint8Array[], closed: [] as string[], bufferedAmount: 0,
    send(d: Uint8Array) { c.sent.push(d); }, close(_code: number, reason: string) { c.closed.push(reason); }, probe() {},
  };
  return c;
}

/** the Yjs updates among the messages a connection was sent (sync step 2 and update) */
function updatesIn(messages: Uint8Array[]): Uint8Array[] {
  return messages.flatMap((m) => {
    const d = decoding.createDecoder(m);
    if (decoding.readVarUint(d) !== MESSAGE_SYNC || decoding.readVarUint(d) === 0) return [];
    return [decoding.readVarUint8Array(d)];
  });
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

async function setup(options: { maxPendingBytes?: number } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'leverboard-room-'));
  const store: BoardStore = createSqliteStore({ file: join(dir, 'boards.sqlite') });
  const board = new Y.Doc();
  initBoard(board, { title: 'Board' });
  const hashes = { facilitator: 'a', editor: 'b', commenter: 'c', viewer: 'd' };
  await store.createBoard({ id: 'b1', title: 'Board', city: '', createdAt: 0, tokenHashes: hashes }, Y.encodeStateAsUpdate(board));
  const errors: unknown[] = [];
  const registry = new RoomRegistry({
    store, pubsub: createLocalPubSub(), compactBytes: 1 << 20, maxBufferedBytes: 1 << 24, maxAwarenessStateBytes: 4096,
    events: { error: (_board, e) => errors.push(e) }, ...options,
  });
  const sender = recordingConnection();
  const other = recordingConnection();
  const senderSession = await registry.connect('b1', sender, 'editor');
  const otherSession = await registry.connect('b1', other, 'editor');
  /** a client holding the board as the server has it */
  const client = new Y.Doc();
  Y.applyUpdate(client, await registry.read('b1', (doc) => Y.encodeStateAsUpdate(doc)));
  /** the board's rows in the store, once every accepted change is written (reading through the registry flushes the room) */
  const storedRows = async () => {
    await registry.read('b1', () => null);
    return (await store.loadDoc('b1')).updates;
  };
  cleanups.push(async () => {
    senderSession.close();
    otherSession.close();
    await registry.flushAll();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
  const heard = () => updatesIn(other.sent.splice(0));
  return {
    registry, store, client, heard, storedRows, errors, senderClosed: sender.closed,
    send: (u: Uint8Array) => senderSession.receive(encodeUpdate(u)),
    sendMessage: (m: Uint8Array) => senderSession.receive(m),
    messagesHeard: () => other.sent.splice(0),
  };
}

/** the next update `doc` makes in `change` */
function nextUpdate(doc: Y.Doc, change: () => void): Uint8Array {
  let update: Uint8Array | undefined;
  const grab = (u: Uint8Array) => { update = u; };
  doc.on('update', grab);
  change();
  doc.off('update', grab);
  return update!;
}

describe('Room: what it passes on', () => {
  it('passes a new update on byte for byte, and one it holds already not at all', async () => {
    const { client, send, heard, storedRows } = await setup();
    heard();
    const update = nextUpdate(client, () => addIntervention(client, { title: 'Solar roofs' }));
    send(update);
    expect(heard()).toEqual([update]);
    const rows = (await storedRows()).length;
    send(update);
    expect(heard()).toEqual([]);
    expect((await storedRows()).length).toBe(rows);
  });

  it('passes the message on as the client framed it, and frames it anew when something follows the update', async () => {
    const { client, sendMessage, messagesHeard } = await setup();
    messagesHeard();
    const message = encodeUpdate(nextUpdate(client, () => addIntervention(client, { title: 'Solar roofs' })));
    sendMessage(message);
    expect(messagesHeard()).toEqual([message]);
    const update = nextUpdate(client, () => addIntervention(client, { title: 'Bike lanes' }));
    sendMessage(new Uint8Array([...encodeUpdate(update), 7, 7]));
    expect(messagesHeard()).toEqual([encodeUpdate(update)]);
  });

  it('passes on only the new part of an update that repeats what the board holds (a sync step 2 after reconnecting)', async () => {
    const { client, send, heard, storedRows } = await setup();
    const first = nextUpdate(client, () => addIntervention(client, { title: 'Solar roofs' }));
    send(first);
    heard();
    const known = Y.encodeStateVector(client);
    const card = addIntervention(client, { title: 'Bike lanes' });
    updateIntervention(client, card.id, { costEur: 5000 });
    send(Y.encodeStateAsUpdate(client)); // everything, the known part included
    const [passedOn, ...more] = heard();
    expect(more).toEqual([]);
    const { structs } = Y.decodeUpdate(passedOn!);
    const knownClock = Y.decodeStateVector(known).get(client.clientID)!;
    expect(structs.every((s) => s.id.clock >= knownClock)).toBe(true);
    const elsewhere = new Y.Doc();
    for (const u of await storedRows()) Y.applyUpdate(elsewhere, u);
    expect(snapshotBoard(elsewhere)).toEqual(snapshotBoard(client));
  });

  it('passes on an update that waited for an earlier one, once that one comes, to the others and the store', async () => {
    const { client, send, heard, storedRows } = await setup();
    heard();
    const card = { id: '' };
    const first = nextUpdate(client, () => { card.id = addIntervention(client, { title: 'Heat pumps' }).id; });
    const second = nextUpdate(client, () => updateIntervention(client, card.id, { costEur: 120_000 }));
    send(second); // arrives first: its struct's client clock starts after `first`
    send(first);
    const other = new Y.Doc();
    for (const u of heard()) Y.applyUpdate(other, u);
    expect(listRecords(other, 'interventions').map((i) => [i.title, i.costEur])).toEqual([['Heat pumps', 120_000]]);
    const stored = new Y.Doc();
    for (const u of await storedRows()) Y.applyUpdate(stored, u);
    expect(snapshotBoard(stored)).toEqual(snapshotBoard(client));
  });

  it('passes on and stores a change the server makes itself', async () => {
    const { registry, heard, storedRows } = await setup();
    heard();
    await registry.change('b1', (doc, origin) => addIntervention(doc, { title: 'Imported' }, origin));
    const other = new Y.Doc();
    for (const u of await storedRows()) Y.applyUpdate(other, u);
    expect(listRecords(other, 'interventions').map((i) => i.title)).toEqual(['Imported']);
    expect(heard()).toHaveLength(1);
  });

  it('drops changes that wait past the bound for structs that never come, and closes the socket that sent them', async () => {
    const { client, send, heard, senderClosed, errors, registry } = await setup({ maxPendingBytes: 4096 });
    heard();
    const card = { id: '' };
    nextUpdate(client, () => { card.id = addIntervention(client, { title: 'Never sent' }).id; });
    const waiting = nextUpdate(client, () => updateIntervention(client, card.id, { description: 'x'.repeat(3000) }));
    send(waiting); // its struct's clock starts after a change the server never gets: it waits
    expect(senderClosed).toEqual([]);
    expect(await registry.read('b1', (doc) => doc.store.pendingStructs !== null)).toBe(true);
    send(nextUpdate(client, () => updateIntervention(client, card.id, { description: 'y'.repeat(3000) })));
    expect(senderClosed).toEqual(['changes waiting for ones that never came']);
    expect(await registry.read('b1', (doc) => doc.store.pendingStructs === null && doc.store.pendingDs === null)).toBe(true);
    expect(errors).toHaveLength(1);
    expect(heard()).toEqual([]);
  });
});
