/**
 * Counts what each receiver saw from each sender and keeps every end-to-end latency.
 * `impliesPrior` is true for Yjs clients: a sender's updates apply in order, so seeing seq n
 * counts every earlier seq as received (timed when the stamp's history still holds it). For the
 * relay each message stands alone, so a gap is a drop.
 */
import type { Stamp } from './stamp.ts';

export const LATE_MS = 1000;

export interface ReceiptCounts {
  /** receiver client id → sender client id → distinct seqs received */
  received: Record<number, Record<number, number>>;
  latencies: Float64Array;
  late: number;
  untimed: number;
}

export class LatencyRecorder {
  private highest = new Map<number, Map<number, number>>();
  private counts = new Map<number, Map<number, number>>();
  private values = new Float64Array(1 << 16);
  private length = 0;
  late = 0;
  untimed = 0;

  constructor(private readonly impliesPrior: boolean) {}

  /** a receiver observed `stamp` at time `at`; returns how many new seqs this accounts for */
  record(receiver: number, stamp: Stamp, at: number): number {
    let byReceiver = this.highest.get(receiver);
    if (!byReceiver) this.highest.set(receiver, (byReceiver = new Map()));
    let counts = this.counts.get(receiver);
    if (!counts) this.counts.set(receiver, (counts = new Map()));
    const prev = byReceiver.get(stamp.sender) ?? -1;
    if (stamp.seq <= prev) return 0;
    byReceiver.set(stamp.sender, stamp.seq);
    const first = this.impliesPrior ? prev + 1 : stamp.seq;
    let added = 0;
    for (let seq = stamp.seq; seq >= first; seq--) {
      const sentAt = stamp.sentAt[stamp.seq - seq];
      if (sentAt === undefined) this.untimed++;
      else this.push(at - sentAt);
      added++;
    }
    counts.set(stamp.sender, (counts.get(stamp.sender) ?? 0) + added);
    return added;
  }

  private push(latency: number): void {
    if (latency > LATE_MS) this.late++;
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = latency;
  }

  result(): ReceiptCounts {
    const received: ReceiptCounts['received'] = {};
    for (const [receiver, bySender] of this.counts) received[receiver] = Object.fromEntries(bySender);
    return { received, latencies: this.values.slice(0, this.length), late: this.late, untimed: this.untimed };
  }
}

/** Nearest-rank percentile of an ascending-sorted array. */
export function percentile(sorted: Float64Array | number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** the middle value (the mean of the two middle ones for an even count) */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
}

export interface LatencySummary { count: number; p50: number; p95: number; p99: number; max: number }

export function summarise(latencies: Float64Array): LatencySummary {
  const sorted = Float64Array.from(latencies).sort();
  return {
    count: sorted.length,
    p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
  };
}
