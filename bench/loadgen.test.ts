/**
 * The load generator measures what it claims: against the bare relay, a relay that holds back one
 * client's messages shows up in the latencies, and a relay that drops one message shows up as
 * exactly one drop per receiver of it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRelay, type Relay } from './peers/relay.ts';
import { medianOfRounds, runFanout, type FanoutResult, type LoadInput } from './loadgen/fanout.ts';
import { LatencyRecorder, percentile } from './loadgen/recorder.ts';

let relay: Relay | undefined;
afterEach(async () => { await relay?.close(); relay = undefined; });

async function input(options: Parameters<typeof createRelay>[0]): Promise<LoadInput> {
  relay = await createRelay(options);
  return {
    target: { kind: 'relay', url: `ws://127.0.0.1:${relay.port}` },
    rooms: [{ name: 'room-a' }],
    payloadSize: 120,
    workers: 1,
  };
}

describe('load generator against the relay', () => {
  it('sees every message of a healthy relay', async () => {
    const result = await runFanout(await input({ host: '127.0.0.1', port: 0 }), { clientsPerRoom: 4, rate: 10, durationMs: 1000, graceMs: 500 });
    expect(result.sent).toBeGreaterThan(20);
    expect(result.expected).toBe(result.sent * 3);
    expect(result.dropped).toBe(0);
    expect(result.received).toBe(result.expected);
  });

  it('shows a delay injected for one client in the latencies', async () => {
    // client 0 of 4 is delayed: a quarter of all receipts take at least 300 ms
    const result = await runFanout(await input({ host: '127.0.0.1', port: 0, delayClient: '0', delayMs: 300 }), {
      clientsPerRoom: 4, rate: 10, durationMs: 1500, graceMs: 800,
    });
    expect(result.dropped).toBe(0);
    expect(result.latency.p99).toBeGreaterThanOrEqual(300);
    expect(result.latency.max).toBeGreaterThanOrEqual(300);
    expect(result.latency.p50).toBeLessThan(300);
  });

  it('counts a message the relay dropped', async () => {
    // the 10th message reaches none of the other 3 clients
    const result = await runFanout(await input({ host: '127.0.0.1', port: 0, dropNth: 10 }), {
      clientsPerRoom: 4, rate: 10, durationMs: 1000, graceMs: 500,
    });
    expect(result.dropped).toBe(3);
    expect(result.received).toBe(result.expected - 3);
  });
});

describe('latency recorder', () => {
  it('counts a Yjs receipt as implying the earlier ones and times them from the history', () => {
    const recorder = new LatencyRecorder(true);
    recorder.record(1, { sender: 2, seq: 0, sentAt: [100] }, 110);
    recorder.record(1, { sender: 2, seq: 3, sentAt: [400, 300, 200] }, 420);
    const result = recorder.result();
    expect(result.received[1]![2]).toBe(4);
    expect([...result.latencies].sort((a, b) => a - b)).toEqual([10, 20, 120, 220]);
    expect(result.untimed).toBe(0);
  });

  it('counts a gap from the relay as missing', () => {
    const recorder = new LatencyRecorder(false);
    recorder.record(1, { sender: 2, seq: 0, sentAt: [100] }, 110);
    recorder.record(1, { sender: 2, seq: 2, sentAt: [300] }, 1400);
    const result = recorder.result();
    expect(result.received[1]![2]).toBe(2);
    expect(result.late).toBe(1);
  });

  it('takes nearest-rank percentiles', () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(percentile(sorted, 50)).toBe(5);
    expect(percentile(sorted, 99)).toBe(10);
  });
});

describe('several rounds', () => {
  const round = (p99: number, cpu: number, dropped: number): FanoutResult => ({
    clients: 10, connectFailed: 0, sent: 100, expected: 900, received: 900 - dropped, dropped, late: 0,
    latency: { count: 900, p50: 1, p95: 2, p99, max: p99 * 2 }, serverCpuSeconds: cpu, serverPeakRssBytes: 1e8,
    loadgenCpuSeconds: 3, seconds: 23,
  });

  it('reports the median of each figure and the worst round for failures', () => {
    const merged = medianOfRounds([round(30, 6, 0), round(10, 5, 2), round(20, 7, 0)]);
    expect(merged.latency.p99).toBe(20);
    expect(merged.serverCpuSeconds).toBe(6);
    expect(merged.latency.max).toBe(60);
    expect(merged.dropped).toBe(2);
    expect(merged.rounds).toHaveLength(3);
    expect(medianOfRounds([round(10, 4, 0), round(20, 6, 0)]).latency.p99).toBe(15);
  });
});
