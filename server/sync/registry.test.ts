import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMemoryStore } from '../persistence/memory.ts';
import { createLocalPubSub } from '../pubsub/local.ts';
import type { BoardStore } from '../persistence/store.ts';
import { addIntervention, initBoard, listRecords } from '../../shared/board/index.ts';
import type { Connection } from './connection.ts';
import { RoomRegistry } from './registry.ts';
import { encodeSyncStep1, encodeUpdate } from './protocol.ts';

function recordingConnection(): Connection & { sent: Uint8Array[]; closed: string[] } {
  const c = { sent: [] as Uint8Array[], closed: [] as string[], bufferedAmount: 0,
    send(d: Uint8Array) { c.sent.push(d); }, close(_code: number, reason: string) { c.closed.push(reason); }, probe() {} };
  return c;
}

async function setup() {
  const inner = createMemoryStore();
  let loads = 0;
  const store: BoardStore = { ...inner, loadDoc: async (id) => { loads++; await new Promise((r) => setTimeout(r, 20)); return inner.loadDoc(id); } };
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Board' });
  const hashes = { facilitator: 'a', editor: 'b', commenter: 'c', viewer: 'd' };
  await store.createBoard({ id: 'b1', title: 'Board', city: '', createdAt: 0, tokenHashes: hashes }, Y.encodeStateAsUpdate(doc));
  const registry = new RoomRegistry({ store, pubsub: createLocalPubSub(), compactBytes: 1 << 20, maxBufferedBytes: 1 << 24, maxAwarenessStateBytes: 4096 });
  return { store, registry, loads: () => loads };
}

describe('RoomRegistry', () => {
  it('loads a room once however many clients arrive together', async () => {
    const { registry, loads } = await setup();
    const sessions = await Promise.all(Array.from({ length: 20 }, () => registry.connect('b1', recordingConnection(), 'editor')));
    expect(loads()).toBe(1);
    expect(registry.roomCount).toBe(1);
    expect(registry.connectionCount).toBe(20);
    for (const s of sessions) s.close();
  });

  it('stores, compacts and unloads when the last client leaves, and reloads what was stored', async () => {
    const { registry, store, loads } = await setup();
    const conn = recordingConnection();
    const session = await registry.connect('b1', conn, 'editor');
    const client = new Y.Doc();
    addIntervention(client, { title: 'Solar roofs' });
    session.receive(encodeUpdate(Y.encodeStateAsUpdate(client)));
    session.close();
    expect(registry.roomCount).toBe(0);
    const again = await registry.connect('b1', recordingConnection(), 'viewer');
    expect(loads()).toBe(2);
    const stored = await store.loadDoc('b1');
    expect(stored.updates).toHaveLength(1); // compacted into one snapshot on unload
    const check = new Y.Doc();
    for (const u of stored.updates) Y.applyUpdate(check, u);
    expect(listRecords(check, 'interventions').map((i) => i.title)).toEqual(['Solar roofs']);
    again.close();
  });

  it('answers sync step 1 and closes a connection that sends garbage', async () => {
    const { registry } = await setup();
    const conn = recordingConnection();
    const session = await registry.connect('b1', conn, 'viewer');
    const before = conn.sent.length;
    session.receive(encodeSyncStep1(new Y.Doc()));
    expect(conn.sent.length).toBe(before + 1);
    session.receive(new Uint8Array([0xff, 0xff, 0xff]));
    expect(conn.closed).toEqual(['malformed message']);
    session.close();
  });
});
