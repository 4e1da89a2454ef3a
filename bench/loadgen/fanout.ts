/**
 * Scenarios (a) and (b): rooms of clients that each move their own card `rate` times a second;
 * every receiver times every move of every other client in its room. A receipt not seen by the
 * end of the grace period is dropped; one that took more than a second is late.
 */
import { WorkerPool } from './pool.ts';
import { median, summarise, type LatencySummary, type ReceiptCounts } from './recorder.ts';
import { now } from './stamp.ts';
import { procStats } from '../peers/process.ts';
import type { Room, Target } from '../peers/types.ts';

export interface LoadInput {
  target: Target;
  rooms: Room[];
  /** the server's pid, for CPU and memory figures (none for an in-process server) */
  pid?: number;
  payloadSize: number;
  workers: number;
}

export interface FanoutOptions { clientsPerRoom: number; rate: number; durationMs: number; graceMs: number; connectTimeoutMs?: number }

export interface FanoutResult {
  clients: number;
  connectFailed: number;
  sent: number;
  expected: number;
  received: number;
  dropped: number;
  late: number;
  latency: LatencySummary;
  serverCpuSeconds: number;
  serverPeakRssBytes: number;
  loadgenCpuSeconds: number;
  seconds: number;
  /** when the scenario ran several rounds: each round's result (the figures above are medians) */
  rounds?: FanoutResult[];
}

/**
 * Several rounds of one scenario as one result: the median of each figure (single runs on a shared
 * 2-core machine move by ±20–30 %), except failures — connects, drops, late receipts — which
 * report the worst round.
 */
export function medianOfRounds(rounds: FanoutResult[]): FanoutResult {
  if (rounds.length === 1) return rounds[0]!;
  const med = (get: (r: FanoutResult) => number) => median(rounds.map(get));
  const worst = (get: (r: FanoutResult) => number) => Math.max(...rounds.map(get));
  return {
    clients: rounds[0]!.clients,
    connectFailed: worst((r) => r.connectFailed),
    sent: med((r) => r.sent),
    expected: med((r) => r.expected),
    received: med((r) => r.received),
    dropped: worst((r) => r.dropped),
    late: worst((r) => r.late),
    latency: {
      count: med((r) => r.latency.count), p50: med((r) => r.latency.p50), p95: med((r) => r.latency.p95),
      p99: med((r) => r.latency.p99), max: worst((r) => r.latency.max),
    },
    serverCpuSeconds: med((r) => r.serverCpuSeconds),
    serverPeakRssBytes: med((r) => r.serverPeakRssBytes),
    loadgenCpuSeconds: med((r) => r.loadgenCpuSeconds),
    seconds: med((r) => r.seconds),
    rounds,
  };
}

export async function runFanout(input: LoadInput, options: FanoutOptions): Promise<FanoutResult> {
  const pool = new WorkerPool(input.workers, input.target, input.payloadSize);
  try {
    const members = input.rooms.map((room, r) => Array.from({ length: options.clientsPerRoom }, (_, k) => ({ id: r * options.clientsPerRoom + k, room })));
    const all = members.flat();
    const replies = await pool.all<{ failed: number }>((w) => ({
      type: 'connect', clients: all.filter((c) => c.id % pool.size === w), timeoutMs: options.connectTimeoutMs ?? 30_000,
    }));
    const connectFailed = replies.reduce((n, r) => n + r.failed, 0);
    await pool.all({ type: 'prepare' });
    await new Promise((r) => setTimeout(r, 500)); // let the new cards reach everyone first

    const cpuBefore = process.cpuUsage();
    const serverBefore = input.pid ? procStats(input.pid) : undefined;
    const startedAt = now();
    await pool.all({ type: 'fanout', rate: options.rate, durationMs: options.durationMs, startAt: now() + 100 });
    await new Promise((r) => setTimeout(r, options.graceMs));
    const seconds = (now() - startedAt) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const serverAfter = input.pid ? procStats(input.pid) : undefined;
    const results = await pool.all<ReceiptCounts & { sent: Record<number, number> }>({ type: 'collect' });

    const sent = new Map<number, number>();
    for (const r of results) for (const [id, n] of Object.entries(r.sent)) sent.set(Number(id), n);
    const received = new Map<number, Record<number, number>>();
    for (const r of results) for (const [id, bySender] of Object.entries(r.received)) received.set(Number(id), bySender);
    let expected = 0;
    let got = 0;
    for (const room of members) {
      for (const receiver of room) {
        for (const sender of room) {
          if (sender.id === receiver.id) continue;
          const s = sent.get(sender.id) ?? 0;
          expected += s;
          got += Math.min(s, received.get(receiver.id)?.[sender.id] ?? 0);
        }
      }
    }
    const latencies = new Float64Array(results.reduce((n, r) => n + r.latencies.length, 0));
    let offset = 0;
    for (const r of results) { latencies.set(r.latencies, offset); offset += r.latencies.length; }
    return {
      clients: all.length,
      connectFailed,
      sent: [...sent.values()].reduce((a, b) => a + b, 0),
      expected,
      received: got,
      dropped: expected - got,
      late: results.reduce((n, r) => n + r.late, 0),
      latency: summarise(latencies),
      serverCpuSeconds: serverBefore && serverAfter ? serverAfter.cpuSeconds - serverBefore.cpuSeconds : NaN,
      serverPeakRssBytes: serverAfter?.peakRssBytes ?? NaN,
      loadgenCpuSeconds: (cpu.user + cpu.system) / 1e6,
      seconds,
    };
  } finally {
    await pool.close();
  }
}
