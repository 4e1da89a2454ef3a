/**
 * What a moved card carries so that receivers can time it: the sender, a sequence number and the
 * send times of this and the previous few moves. Yjs servers and clients may merge several updates
 * into one change that a receiver observes once; since Yjs applies a sender's updates in order,
 * seeing move n means every earlier move arrived too, and the history gives their send times.
 * The relay carries the same in a fixed-size binary payload.
 */

export const HISTORY = 8;

export interface Stamp {
  sender: number;
  seq: number;
  /** send times (ms, performance.timeOrigin-based) of seq, seq-1, … (as many as known) */
  sentAt: number[];
}

/** `sender|seq|t0|d1,d2,…` where dk = t0 - sentAt[k], one decimal. */
export function encodeStampText(stamp: Stamp): string {
  const [t0, ...older] = stamp.sentAt;
  return `${stamp.sender}|${stamp.seq}|${t0!.toFixed(3)}|${older.map((t) => (t0! - t).toFixed(1)).join(',')}`;
}

export function decodeStampText(text: unknown): Stamp | null {
  if (typeof text !== 'string') return null;
  const parts = text.split('|');
  if (parts.length !== 4) return null;
  const sender = Number(parts[0]);
  const seq = Number(parts[1]);
  const t0 = Number(parts[2]);
  if (!Number.isInteger(sender) || !Number.isInteger(seq) || !Number.isFinite(t0)) return null;
  const sentAt = [t0];
  if (parts[3]) for (const d of parts[3].split(',')) sentAt.push(t0 - Number(d));
  return { sender, seq, sentAt };
}

/** The relay payload: u32 sender, u32 seq, f64 send time, zero padding up to `size` bytes. */
export function encodeStampBytes(stamp: Stamp, size: number): Uint8Array {
  const bytes = new Uint8Array(Math.max(16, size));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, stamp.sender);
  view.setUint32(4, stamp.seq);
  view.setFloat64(8, stamp.sentAt[0]!);
  return bytes;
}

export function decodeStampBytes(bytes: Uint8Array): Stamp | null {
  if (bytes.byteLength < 16) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { sender: view.getUint32(0), seq: view.getUint32(4), sentAt: [view.getFloat64(8)] };
}

/** A clock every worker thread of this process shares (sub-millisecond). */
export function now(): number {
  return performance.timeOrigin + performance.now();
}
