/**
 * Scenario (c): a large board (by default 2,000 interventions, 500 stakeholders, 2,000 canvas notes)
 * is written through the stock client, the server is restarted, and a fresh client times how long
 * it takes from connecting to holding the whole board, now read from the server's store. The same
 * board is also timed warm (still in the server's memory), which every Yjs server can do.
 */
import * as Y from 'yjs';
import { addIntervention, addRecord, addStakeholder, recordRoot } from '../../shared/board/index.ts';
import { DEFAULT_FIELDS as FIELDS, LEVERS } from '../../shared/schema/index.ts';
import { openProvider } from './clients.ts';
import { now } from './stamp.ts';
import type { Peer, Room } from '../peers/types.ts';

export interface BoardSize { interventions: number; stakeholders: number; notes: number }

export interface ColdLoadResult {
  stateBytes: number;
  /** writing the board in transactions of 100 records until a second client holds all of it */
  writeMs: number;
  /** connect → synced with the whole board, from the store after a restart (ms); one per restart */
  coldMs: number[];
  /** the same with the board still in memory */
  warmMs: number[];
  durable: boolean;
  room: Room;
}

const LOREM = 'Retrofit municipal buildings with heat pumps and rooftop solar, with a one-stop shop for owners. ';

/**
 * Fill `doc` with a large board, `batch` records to a transaction, the way a board grows over a
 * workshop (and so that no server has to take the whole board as one update). `between` runs after
 * each transaction, e.g. to let the client's socket drain.
 */
export async function buildLargeBoard(doc: Y.Doc, size: BoardSize, batch = Infinity, between: () => Promise<void> = async () => {}): Promise<void> {
  const stakeholderIds: string[] = [];
  const steps: (() => void)[] = [];
  for (let i = 0; i < size.stakeholders; i++) {
    steps.push(() => stakeholderIds.push(addStakeholder(doc, {
      name: `Stakeholder ${i}`, organisation: `Organisation ${i % 97}`, type: 'Local Authority', sector: 'public',
      power: (i * 37) % 100, interest: (i * 53) % 100, x: (i % 25) * 120, y: Math.floor(i / 25) * 90,
      notes: LOREM.slice(0, 60),
    }).id));
  }
  for (let i = 0; i < size.interventions; i++) {
    steps.push(() => addIntervention(doc, {
      code: `I-${i}`, title: `Intervention ${i}: ${LOREM.slice(0, 40)}`, description: LOREM.repeat(2),
      field: FIELDS[i % FIELDS.length], levers: [LEVERS[i % LEVERS.length]!, LEVERS[(i + 2) % LEVERS.length]!],
      status: 'planned', stakeholders: [stakeholderIds[i % stakeholderIds.length]!, stakeholderIds[(i * 7) % stakeholderIds.length]!],
      startYear: 2025, endYear: 2030, reductionTco2e: (i % 50) * 10, costEur: (i % 40) * 100_000, cobenefits: ['health', 'jobs'],
    }));
  }
  for (let i = 0; i < size.notes; i++) {
    steps.push(() => addRecord(doc, 'canvas', { kind: 'note', x: (i % 50) * 180, y: Math.floor(i / 50) * 140, text: `Idea ${i}: ${LOREM.slice(0, 50)}`, color: 'yellow' }));
  }
  for (let i = 0; i < steps.length; i += batch) {
    doc.transact(() => { for (const step of steps.slice(i, i + batch)) step(); });
    await between();
  }
}

/** Open a fresh client; resolve with ms from connecting until it holds `interventions` of them. */
export async function timeToLoad(peer: Peer, room: Room, interventions: number, timeoutMs = 60_000): Promise<{ ms: number; close(): void }> {
  const doc = new Y.Doc();
  const started = now();
  const provider = openProvider(peer.target, room, doc);
  const root = recordRoot(doc, 'interventions');
  const complete = new Promise<void>((resolve) => {
    const check = () => { if (root.size >= interventions) { root.unobserve(check); resolve(); } };
    root.observe(check);
    check();
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      Promise.all([provider.synced, complete]),
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`board not loaded within ${timeoutMs} ms (${root.size} interventions)`)), timeoutMs); }),
    ]);
  } catch (e) {
    provider.destroy();
    throw e;
  } finally {
    clearTimeout(timer);
  }
  const ms = now() - started;
  return { ms, close: () => { provider.destroy(); doc.destroy(); } };
}

export async function runColdLoad(peer: Peer, size: BoardSize, restarts: number, warmRuns: number): Promise<ColdLoadResult> {
  const [room] = await peer.createRooms(1, 'cold');
  const doc = new Y.Doc();
  const writer = openProvider(peer.target, room!, doc);
  await writer.synced;
  const written = now();
  await buildLargeBoard(doc, size, 100, async () => {
    while ((writer.socket()?.bufferedAmount ?? 0) > 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setImmediate(r));
  });
  const stateBytes = Y.encodeStateAsUpdate(doc).byteLength;
  // the board is on the server once a second client receives all of it
  const check = await timeToLoad(peer, room!, size.interventions, 180_000);
  const writeMs = now() - written;
  const warmMs: number[] = [];
  for (let i = 0; i < warmRuns; i++) {
    const warm = await timeToLoad(peer, room!, size.interventions);
    warmMs.push(warm.ms);
    warm.close();
  }
  writer.destroy();
  doc.destroy();
  check.close();
  const coldMs: number[] = [];
  if (peer.durable) {
    await new Promise((r) => setTimeout(r, 1000)); // the last client left: let the server store
    for (let i = 0; i < restarts; i++) {
      await peer.restart();
      const cold = await timeToLoad(peer, room!, size.interventions);
      coldMs.push(cold.ms);
      cold.close();
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return { stateBytes, writeMs, coldMs, warmMs, durable: peer.durable, room: room! };
}
