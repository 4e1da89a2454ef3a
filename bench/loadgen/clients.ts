/**
 * One simulated participant, driven by each server's own stock client: the y-websocket
 * WebsocketProvider (y-websocket server and Leverboard), the HocuspocusProvider, or a raw `ws`
 * socket for the relay. A Yjs participant owns one canvas note and "moves" it with the board
 * functions of shared/board, the stamp riding along in the note's text; receivers time it from
 * their document observer, the way an app would notice the change.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { addRecord, recordRoot, updateRecord } from '../../shared/board/index.ts';
import { decodeStampBytes, decodeStampText, encodeStampBytes, encodeStampText, now, type Stamp } from './stamp.ts';
import type { Room, Target } from '../peers/types.ts';

export interface BenchClient {
  id: number;
  /** resolves once the client holds the server's state (the relay: once the socket is open) */
  synced: Promise<void>;
  /** create this participant's own card (Yjs only) */
  prepare(): void;
  move(stamp: Stamp): void;
  /** bytes queued on the socket and not yet written */
  buffered(): number;
  close(): void;
}

export type StampListener = (receiver: number, stamp: Stamp, at: number) => void;

const LOCAL = Symbol('bench-local');

export function cardId(client: number): string {
  return `card-${client}`;
}

export function connectClient(target: Target, room: Room, id: number, payloadSize: number, onStamp: StampListener): BenchClient {
  if (target.kind === 'relay') return relayClient(target, room, id, payloadSize, onStamp);
  return yjsClient(target, room, id, onStamp);
}

function relayClient(target: Target, room: Room, id: number, payloadSize: number, onStamp: StampListener): BenchClient {
  const ws = new WebSocket(`${target.url}/${encodeURIComponent(room.name)}?client=${id}`, { perMessageDeflate: false });
  ws.binaryType = 'nodebuffer';
  const synced = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.on('error', () => {});
  ws.on('message', (data: Buffer) => {
    const at = now();
    const stamp = decodeStampBytes(data);
    if (stamp) onStamp(id, stamp, at);
  });
  return {
    id, synced,
    prepare() {},
    move(stamp) { if (ws.readyState === WebSocket.OPEN) ws.send(encodeStampBytes(stamp, payloadSize)); },
    buffered: () => ws.bufferedAmount,
    close() { ws.terminate(); },
  };
}

function yjsClient(target: Target, room: Room, id: number, onStamp: StampListener): BenchClient {
  const doc = new Y.Doc();
  const canvas = recordRoot(doc, 'canvas');
  const readCard = (card: unknown, at: number) => {
    if (!(card instanceof Y.Map)) return;
    const stamp = decodeStampText(card.get('text'));
    if (stamp && stamp.sender !== id) onStamp(id, stamp, at);
  };
  canvas.observeDeep((events, transaction) => {
    if (transaction.origin === LOCAL) return;
    const at = now();
    for (const event of events) {
      if (event.target === canvas) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) readCard(canvas.get(key), at);
      else if (event.target.parent === canvas) readCard(event.target, at);
    }
  });
  const { synced, socket, destroy } = openProvider(target, room, doc);
  const card = cardId(id);
  return {
    id, synced,
    prepare() {
      if (!canvas.has(card)) addRecord(doc, 'canvas', { id: card, kind: 'note', author: `bench-${id}`, text: '' }, LOCAL);
    },
    move(stamp) {
      updateRecord(doc, 'canvas', card, { x: stamp.seq % 1000, y: (stamp.seq * 7) % 1000, text: encodeStampText(stamp) }, LOCAL);
    },
    buffered: () => socket()?.bufferedAmount ?? 0,
    close() {
      destroy();
      doc.destroy();
    },
  };
}

export interface OpenProvider {
  synced: Promise<void>;
  socket(): { bufferedAmount: number } | null;
  destroy(): void;
}

/** Connect `doc` to `room` with the target's own stock client. */
export function openProvider(target: Target, room: Room, doc: Y.Doc): OpenProvider {
  if (target.kind === 'relay') throw new Error('the relay speaks no Yjs');
  if (target.kind === 'hocuspocus') {
    let done!: () => void;
    const synced = new Promise<void>((resolve) => { done = resolve; });
    const provider = new HocuspocusProvider({
      url: target.url, name: room.name, document: doc, onSynced: () => done(),
      WebSocketPolyfill: WebSocket,
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    return {
      synced,
      socket: () => (provider.configuration.websocketProvider as unknown as { webSocket: { bufferedAmount: number } | null }).webSocket,
      destroy: () => provider.destroy(),
    };
  }
  const url = target.kind === 'leverboard' ? `${target.url}/sync` : target.url;
  const provider = new WebsocketProvider(url, room.name, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: room.token ? { token: room.token } : {},
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    const onSync = (isSynced: boolean) => { if (isSynced) { provider.off('sync', onSync); resolve(); } };
    provider.on('sync', onSync);
  });
  return {
    synced,
    socket: () => provider.ws as unknown as { bufferedAmount: number } | null,
    destroy: () => provider.destroy(),
  };
}

/** Size of one move as a Yjs update, for the relay's payload. */
export function moveUpdateSize(): number {
  const doc = new Y.Doc();
  addRecord(doc, 'canvas', { id: cardId(123), kind: 'note', author: 'bench-123', text: '' });
  let size = 0;
  doc.on('update', (update: Uint8Array) => { size = update.byteLength; });
  const t = now();
  updateRecord(doc, 'canvas', cardId(123), {
    x: 456, y: 192, text: encodeStampText({ sender: 123, seq: 4567, sentAt: Array.from({ length: 8 }, (_, i) => t - i * 200) }),
  });
  doc.destroy();
  return size + 4; // the y-websocket sync message header around it
}
