/**
 * The y-websocket wire protocol, as the stock client speaks it. Every message starts with a
 * varUint type:
 *   0 sync       — y-protocols/sync: step 1 (state vector), step 2 (missing updates), update
 *   1 awareness  — y-protocols/awareness update (presence: name, colour, cursor, view…)
 *   2 auth       — permission denied notice (server → client)
 *   3 query-awareness — the client asks for everyone's presence
 * These are pure encode/decode helpers; the room decides what is allowed.
 */
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(e, doc);
  return encoding.toUint8Array(e);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  syncProtocol.writeSyncStep2(e, doc, stateVector);
  return encoding.toUint8Array(e);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

export function encodePermissionDenied(reason: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_AUTH);
  encoding.writeVarUint(e, 0); // y-protocols/auth: permission denied
  encoding.writeVarString(e, reason);
  return encoding.toUint8Array(e);
}

export type IncomingMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'sync-step-2'; update: Uint8Array }
  /** `message`: the whole message, when it holds nothing after the update (as encodeUpdate frames it) */
  | { type: 'update'; update: Uint8Array; message: Uint8Array | null }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' }
  | { type: 'ignored' };

/** Decode one client message. Throws on malformed input; the caller closes the socket then. */
export function decodeMessage(data: Uint8Array): IncomingMessage {
  const d = decoding.createDecoder(data);
  const type = decoding.readVarUint(d);
  switch (type) {
    case MESSAGE_SYNC: {
      const sub = decoding.readVarUint(d);
      const payload = decoding.readVarUint8Array(d);
      if (sub === syncProtocol.messageYjsSyncStep1) return { type: 'sync-step-1', stateVector: payload };
      if (sub === syncProtocol.messageYjsSyncStep2) return { type: 'sync-step-2', update: payload };
      if (sub === syncProtocol.messageYjsUpdate) return { type: 'update', update: payload, message: d.pos === data.byteLength ? data : null };
      throw new Error(`unknown sync message ${sub}`);
    }
    case MESSAGE_AWARENESS:
      return { type: 'awareness', update: decoding.readVarUint8Array(d) };
    case MESSAGE_QUERY_AWARENESS:
      return { type: 'query-awareness' };
    case MESSAGE_AUTH:
      return { type: 'ignored' };
    default:
      throw new Error(`unknown message type ${type}`);
  }
}

export interface AwarenessEntry { clientId: number; clock: number; state: string }

/** The entries of an awareness update (y-protocols/awareness encoding). */
export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const d = decoding.createDecoder(update);
  const n = decoding.readVarUint(d);
  if (n > 1000) throw new Error('too many awareness entries');
  const out: AwarenessEntry[] = [];
  for (let i = 0; i < n; i++) {
    out.push({ clientId: decoding.readVarUint(d), clock: decoding.readVarUint(d), state: decoding.readVarString(d) });
  }
  return out;
}

export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(e, entry.clientId);
    encoding.writeVarUint(e, entry.clock);
    encoding.writeVarString(e, entry.state);
  }
  return encoding.toUint8Array(e);
}

export { awarenessProtocol };
