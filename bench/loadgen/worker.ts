/**
 * A load-generator thread: holds its share of the clients and answers the main thread's commands
 * (connect, prepare, fan-out run, throughput run, collect, close). Every reply carries the same
 * `seq` as its command.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { connectClient, type BenchClient } from './clients.ts';
import { LatencyRecorder } from './recorder.ts';
import { now } from './stamp.ts';
import { HISTORY } from './stamp.ts';
import type { Room, Target } from '../peers/types.ts';
import type { WorkerCommand } from './protocol.ts';

const { target, payloadSize } = workerData as { target: Target; payloadSize: number };
process.setMaxListeners(0);

const recorder = new LatencyRecorder(target.kind !== 'relay');
const clients = new Map<number, BenchClient>();
const sent = new Map<number, number>();
const history = new Map<number, number[]>();
/** throughput runs: called with (receiver, sender, seq) when a receiver sees a move */
let onSeen: ((receiver: number, sender: number, seq: number, added: number) => void) | null = null;

function sendMove(client: BenchClient): void {
  const seq = sent.get(client.id) ?? 0;
  const times = history.get(client.id) ?? [];
  times.unshift(now());
  if (times.length > HISTORY) times.length = HISTORY;
  history.set(client.id, times);
  sent.set(client.id, seq + 1);
  client.move({ sender: client.id, seq, sentAt: times });
}

async function connect(list: { id: number; room: Room }[], timeoutMs: number): Promise<{ failed: number }> {
  let failed = 0;
  const batch = 25;
  for (let i = 0; i < list.length; i += batch) {
    await Promise.all(list.slice(i, i + batch).map(async ({ id, room }) => {
      const client = connectClient(target, room, id, payloadSize, (receiver, stamp, at) => {
        const added = recorder.record(receiver, stamp, at);
        if (added && onSeen) onSeen(receiver, stamp.sender, stamp.seq, added);
      });
      clients.set(id, client);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('sync timeout')), timeoutMs); });
      try { await Promise.race([client.synced, timeout]); } catch { failed++; } finally { clearTimeout(timer); }
    }));
  }
  return { failed };
}

function fanout(rate: number, durationMs: number, startAt: number): Promise<unknown> {
  const period = 1000 / rate;
  const endAt = startAt + durationMs;
  return Promise.all([...clients.values()].map((client) => new Promise<void>((resolve) => {
    let next = startAt + Math.random() * period;
    const tick = () => {
      const t = now();
      if (t >= endAt) return resolve();
      sendMove(client);
      next += period;
      if (next < t) next = t; // fell behind: do not burst to catch up
      setTimeout(tick, Math.max(0, next - now()));
    };
    setTimeout(tick, Math.max(0, next - now()));
  })));
}

/** Each sender keeps `window` moves in flight; a move is accepted when the receiver of its room saw it. */
function throughput(rooms: { receiver: number; senders: number[] }[], window: number, warmupMs: number, durationMs: number) {
  return new Promise<{ accepted: number; seconds: number; maxBuffered: number }>((resolve) => {
    const receiverOf = new Map<number, number>();
    const acked = new Map<number, number>();
    for (const r of rooms) for (const s of r.senders) { receiverOf.set(s, r.receiver); acked.set(s, -1); }
    let counting = false;
    let accepted = 0;
    let stopped = false;
    let maxBuffered = 0;
    const pump = (sender: number) => {
      const client = clients.get(sender)!;
      while (!stopped && (sent.get(sender) ?? 0) - 1 - acked.get(sender)! < window) sendMove(client);
      maxBuffered = Math.max(maxBuffered, client.buffered());
    };
    onSeen = (receiver, sender, seq, added) => {
      if (receiverOf.get(sender) !== receiver) return;
      if (counting) accepted += added;
      acked.set(sender, Math.max(acked.get(sender)!, seq));
      pump(sender);
    };
    for (const s of receiverOf.keys()) pump(s);
    let startedAt = 0;
    setTimeout(() => { counting = true; startedAt = now(); }, warmupMs);
    setTimeout(() => {
      stopped = true;
      counting = false;
      onSeen = null;
      resolve({ accepted, seconds: (now() - startedAt) / 1000, maxBuffered });
    }, warmupMs + durationMs);
  });
}

parentPort!.on('message', async (command: WorkerCommand) => {
  const reply = (body: object, transfer: ArrayBuffer[] = []) => parentPort!.postMessage({ seq: command.seq, ...body }, transfer);
  try {
    switch (command.type) {
      case 'connect': return reply(await connect(command.clients, command.timeoutMs));
      case 'prepare':
        for (const c of clients.values()) c.prepare();
        return reply({});
      case 'fanout':
        await fanout(command.rate, command.durationMs, command.startAt);
        return reply({ sent: Object.fromEntries(sent) });
      case 'throughput':
        return reply(await throughput(command.rooms, command.window, command.warmupMs, command.durationMs));
      case 'collect': {
        const result = recorder.result();
        return reply({ ...result, sent: Object.fromEntries(sent) }, [result.latencies.buffer as ArrayBuffer]);
      }
      case 'close':
        for (const c of clients.values()) c.close();
        clients.clear();
        return reply({});
    }
  } catch (e) {
    reply({ error: (e as Error).stack ?? String(e) });
  }
});
