/**
 * Where one accepted update's time (and JS heap allocation) goes inside the server, without sockets: 200 boards × 5
 * connections (as in scenario b), each connection moving its own canvas note. Measured in turn on
 * the same updates:
 *   bare   — what y-websocket does: apply to the board's doc, encode once, hand to the 4 others
 *   guard  — Leverboard's role and schema check alone (server/sync/update-guard.ts)
 *   store  — the durable append alone (SQLite store, group commit, as the server runs it)
 *   room   — Leverboard's whole path: registry session → room → guard → apply → fan-out → store
 * Run through `npm run bench:room` (compiled like the server, so no transpiler skews it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GCProfiler, getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { addRecord, updateRecord } from '../../shared/board/index.ts';
import { createSqliteStore } from '../../server/persistence/sqlite.ts';
import { createLocalPubSub } from '../../server/pubsub/local.ts';
import { encodeUpdate } from '../../server/sync/protocol.ts';
import { RoomRegistry, type Session } from '../../server/sync/registry.ts';
import { guardPolicy, guardUpdate } from '../../server/sync/update-guard.ts';
import type { BoardStore } from '../../server/persistence/store.ts';
import { median } from '../loadgen/recorder.ts';

const ROOMS = 200;
const PER_ROOM = 5;
const UPDATES = Number(process.env.ROOM_BENCH_UPDATES ?? 50_000);
const ROUNDS = 3;
const tokenHashes = { facilitator: 'f', editor: 'e', commenter: 'c', viewer: 'v' };
const boardOf = (client: number) => Math.floor(client / PER_ROOM);
const editorPolicy = guardPolicy('editor');

/** Each client's first state (its note) and then `UPDATES` moves, round robin over the clients. */
function workload() {
  const docs = Array.from({ length: ROOMS * PER_ROOM }, (_, c) => {
    const doc = new Y.Doc();
    addRecord(doc, 'canvas', { id: `note-${c}`, kind: 'note', author: `bench-${c}`, text: '' });
    return doc;
  });
  const initial = docs.map((doc) => Y.encodeStateAsUpdate(doc));
  const moves: { client: number; update: Uint8Array }[] = [];
  for (let i = 0; i < UPDATES; i++) {
    const client = i % docs.length;
    const doc = docs[client]!;
    let update: Uint8Array | undefined;
    const grab = (u: Uint8Array) => { update = u; };
    doc.on('update', grab);
    updateRecord(doc, 'canvas', `note-${client}`, { x: i % 1000, y: (i * 7) % 1000, text: `move ${i} of client ${client}` });
    doc.off('update', grab);
    moves.push({ client, update: update! });
  }
  return { initial, moves };
}

interface Timing { label: string; wallUs: number; cpuUs: number; allocatedBytes: number; tenuredBytes: number }

type HeapReading = { usedHeapSize: number; oldSpaceUsed: number };
type GcHeap = NonNullable<ReturnType<GCProfiler['stop']>>['statistics'][number]['beforeGC'];
const oldSpaceOf = (heap: GcHeap) => heap.heapSpaceStatistics.find((s) => s.spaceName === 'old_space')!.spaceUsedSize;
const heapNow = (): HeapReading => ({
  usedHeapSize: getHeapStatistics().used_heap_size,
  oldSpaceUsed: getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!.space_used_size,
});

/**
 * Bytes allocated on the JS heap while `during` runs (the growth of the used heap between
 * collections, summed over every collection V8 reports meanwhile), and of those the bytes that
 * reached the old generation — promoted by a scavenge or allocated there directly. Those stay until
 * a full collection: what a server's memory peak under load is made of.
 */
async function allocatedDuring<T>(during: () => Promise<T>): Promise<{ result: T; bytes: number; tenuredBytes: number }> {
  const profiler = new GCProfiler();
  profiler.start();
  let before = heapNow();
  const result = await during();
  const end = heapNow();
  let bytes = 0;
  let tenuredBytes = 0;
  for (const gc of profiler.stop()?.statistics ?? []) {
    bytes += gc.beforeGC.heapStatistics.usedHeapSize - before.usedHeapSize;
    tenuredBytes += Math.max(0, oldSpaceOf(gc.beforeGC) - before.oldSpaceUsed);
    if (gc.gcType === 'Scavenge') tenuredBytes += Math.max(0, oldSpaceOf(gc.afterGC) - oldSpaceOf(gc.beforeGC));
    before = { usedHeapSize: gc.afterGC.heapStatistics.usedHeapSize, oldSpaceUsed: oldSpaceOf(gc.afterGC) };
  }
  return { result, bytes: bytes + end.usedHeapSize - before.usedHeapSize, tenuredBytes: tenuredBytes + Math.max(0, end.oldSpaceUsed - before.oldSpaceUsed) };
}

/**
 * µs of CPU and of wall time, and bytes allocated, per update; yields to the event loop every 100
 * updates (timers, commits)
 */
async function time(label: string, run: (i: number) => void, after?: () => Promise<void>): Promise<Timing> {
  const { result, bytes, tenuredBytes } = await allocatedDuring(() => timed(run, after));
  return { label, ...result, allocatedBytes: bytes / UPDATES, tenuredBytes: tenuredBytes / UPDATES };
}

async function timed(run: (i: number) => void, after?: () => Promise<void>) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < UPDATES; i += 100) {
    for (let j = i; j < Math.min(UPDATES, i + 100); j++) run(j);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await after?.();
  const used = process.cpuUsage(cpu);
  return { wallUs: ((performance.now() - start) * 1000) / UPDATES, cpuUs: (used.user + used.system) / UPDATES };
}

async function round(load: ReturnType<typeof workload>) {
  const dir = mkdtempSync(join(tmpdir(), 'leverboard-room-bench-'));
  const results: Timing[] = [];

  // bare: one doc per board, fan-out to the other connections of the board
  let sink = 0;
  const bareDocs = Array.from({ length: ROOMS }, () => new Y.Doc());
  load.initial.forEach((u, c) => Y.applyUpdate(bareDocs[boardOf(c)]!, u));
  const peers = Array.from({ length: ROOMS * PER_ROOM }, () => ({ send: (m: Uint8Array) => { sink += m.byteLength; } }));
  bareDocs.forEach((doc, b) => doc.on('update', (u: Uint8Array, origin: unknown) => {
    const message = encodeUpdate(u);
    for (let k = 0; k < PER_ROOM; k++) if (peers[b * PER_ROOM + k] !== origin) peers[b * PER_ROOM + k]!.send(message);
  }));
  const framed = load.moves.map((m) => encodeUpdate(m.update));
  results.push(await time('bare (y-websocket\'s work)', (i) => {
    const decoder = decoding.createDecoder(framed[i]!);
    decoding.readVarUint(decoder); // sync
    decoding.readVarUint(decoder); // update
    Y.applyUpdate(bareDocs[boardOf(load.moves[i]!.client)]!, decoding.readVarUint8Array(decoder), peers[load.moves[i]!.client]);
  }));

  // guard alone, against docs holding the initial state (each update checked as the room checks it)
  const guardDocs = Array.from({ length: ROOMS }, () => new Y.Doc());
  load.initial.forEach((u, c) => Y.applyUpdate(guardDocs[boardOf(c)]!, u));
  results.push(await time('role and schema check', (i) => {
    const m = load.moves[i]!;
    sink += guardUpdate(guardDocs[boardOf(m.client)]!, m.update, editorPolicy).update.byteLength;
  }));

  // store alone
  const store = createSqliteStore({ file: join(dir, 'store.sqlite') });
  for (let b = 0; b < ROOMS; b++) await store.createBoard({ id: `store-${b}`, title: '', city: '', createdAt: 0, tokenHashes }, new Uint8Array([0, 0]));
  const appends: Promise<void>[] = [];
  results.push(await time('durable append (SQLite)', (i) => {
    appends.push(store.appendUpdate(`store-${boardOf(load.moves[i]!.client)}`, load.moves[i]!.update));
  }, async () => { await Promise.all(appends); }));
  await store.close();

  // the whole room path
  const roomStore = createSqliteStore({ file: join(dir, 'rooms.sqlite') });
  // the room's appends, to wait for their commits at the end (as the store-alone run does)
  const committing: Promise<void>[] = [];
  const tracked: BoardStore = { ...roomStore, appendUpdate: (id, update) => {
    const commit = roomStore.appendUpdate(id, update);
    committing.push(commit);
    return commit;
  } };
  const registry = new RoomRegistry({ store: tracked, pubsub: createLocalPubSub(), compactBytes: 4 << 20, maxBufferedBytes: 1 << 26, maxAwarenessStateBytes: 16_384 });
  const sessions: Session[] = [];
  for (let c = 0; c < ROOMS * PER_ROOM; c++) {
    if (c % PER_ROOM === 0) await roomStore.createBoard({ id: `room-${boardOf(c)}`, title: '', city: '', createdAt: 0, tokenHashes }, Y.encodeStateAsUpdate(new Y.Doc()));
    const connection = { send: (m: Uint8Array) => { sink += m.byteLength; }, close() {}, bufferedAmount: 0, probe() {} };
    const session = await registry.connect(`room-${boardOf(c)}`, connection, 'editor');
    session.receive(encodeUpdate(load.initial[c]!));
    sessions.push(session);
  }
  results.push(await time('Leverboard room, all of it', (i) => sessions[load.moves[i]!.client]!.receive(framed[i]!), async () => {
    await Promise.all(committing);
  }));
  for (const session of sessions) session.close();
  await registry.flushAll();
  await roomStore.close();
  rmSync(dir, { recursive: true, force: true });
  if (sink === 0) throw new Error('nothing was sent');
  return results;
}

const load = workload();
const rounds: Timing[][] = [];
for (let r = 0; r < ROUNDS; r++) rounds.push(await round(load));
console.log(`room path: ${UPDATES.toLocaleString('en')} moves on ${ROOMS} boards × ${PER_ROOM} connections, median of ${ROUNDS} rounds, per update`);
console.log(`${'part'.padEnd(30)} ${'CPU µs'.padStart(7)} ${'wall µs'.padStart(8)} ${'heap KB'.padStart(8)} ${'old gen KB'.padStart(11)}`);
rounds[0]!.forEach((row, k) => {
  const of = (figure: (t: Timing) => number) => median(rounds.map((r) => figure(r[k]!)));
  console.log(`${row.label.padEnd(30)} ${of((t) => t.cpuUs).toFixed(1).padStart(7)} ${of((t) => t.wallUs).toFixed(1).padStart(8)} ${(of((t) => t.allocatedBytes) / 1024).toFixed(1).padStart(8)} ${(of((t) => t.tenuredBytes) / 1024).toFixed(2).padStart(11)}`);
});
