/**
 * Scenario (d): sustained accepted updates per second. Each room has one receiver and a few
 * senders that keep `window` moves in flight, sending the next as soon as the receiver has seen
 * one, so the server sets the pace. A move counts as accepted when the receiver saw it: the server
 * took it, applied it (storing it, where it stores) and passed it on.
 */
import { WorkerPool } from './pool.ts';
import { procStats } from '../peers/process.ts';
import type { LoadInput } from './fanout.ts';

export interface ThroughputOptions { sendersPerRoom: number; window: number; warmupMs: number; durationMs: number }

export interface ThroughputResult {
  rooms: number;
  senders: number;
  accepted: number;
  perSecond: number;
  serverCpuSeconds: number;
  serverPeakRssBytes: number;
  loadgenCpuSeconds: number;
  connectFailed: number;
}

export async function runThroughput(input: LoadInput, options: ThroughputOptions): Promise<ThroughputResult> {
  const pool = new WorkerPool(Math.min(input.workers, input.rooms.length), input.target, input.payloadSize);
  try {
    const per = options.sendersPerRoom + 1;
    const layout = input.rooms.map((room, r) => ({
      worker: r % pool.size, room,
      receiver: r * per, senders: Array.from({ length: options.sendersPerRoom }, (_, k) => r * per + 1 + k),
    }));
    const replies = await pool.all<{ failed: number }>((w) => ({
      type: 'connect', timeoutMs: 30_000,
      clients: layout.filter((l) => l.worker === w).flatMap((l) => [l.receiver, ...l.senders].map((id) => ({ id, room: l.room }))),
    }));
    await pool.all({ type: 'prepare' });
    await new Promise((r) => setTimeout(r, 500));
    const cpuBefore = process.cpuUsage();
    const before = input.pid ? procStats(input.pid) : undefined;
    const results = await pool.all<{ accepted: number; seconds: number }>((w) => ({
      type: 'throughput', window: options.window, warmupMs: options.warmupMs, durationMs: options.durationMs,
      rooms: layout.filter((l) => l.worker === w).map((l) => ({ receiver: l.receiver, senders: l.senders })),
    }));
    const cpu = process.cpuUsage(cpuBefore);
    const after = input.pid ? procStats(input.pid) : undefined;
    const accepted = results.reduce((n, r) => n + r.accepted, 0);
    const seconds = Math.max(...results.map((r) => r.seconds));
    return {
      rooms: input.rooms.length,
      senders: input.rooms.length * options.sendersPerRoom,
      accepted,
      perSecond: accepted / seconds,
      serverCpuSeconds: before && after ? after.cpuSeconds - before.cpuSeconds : NaN,
      serverPeakRssBytes: after?.peakRssBytes ?? NaN,
      loadgenCpuSeconds: (cpu.user + cpu.system) / 1e6,
      connectFailed: replies.reduce((n, r) => n + r.failed, 0),
    };
  } finally {
    await pool.close();
  }
}
