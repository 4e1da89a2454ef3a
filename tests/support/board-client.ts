/**
 * Test helpers that act as real users of a running server: boards created over HTTP and Yjs
 * clients that are the stock y-websocket WebsocketProvider over the `ws` package.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';

export interface CreatedBoard { id: string; title: string; tokens: Record<'facilitator' | 'editor' | 'commenter' | 'viewer', string> }

export async function createBoard(url: string, body: Record<string, unknown> = { title: 'Test board', city: 'Kranj' }): Promise<CreatedBoard> {
  const res = await fetch(`${url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`create board: ${res.status} ${await res.text()}`);
  return res.json() as Promise<CreatedBoard>;
}

export interface Client { doc: Y.Doc; provider: WebsocketProvider; destroy(): void }

export function connect(url: string, board: string, token: string, doc = new Y.Doc()): Client {
  const provider = new WebsocketProvider(url.replace(/^http/, 'ws') + '/sync', board, doc, {
    params: { token }, WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, disableBc: true, maxBackoffTime: 300,
  });
  return { doc, provider, destroy: () => { provider.destroy(); doc.destroy(); } };
}

export function synced(client: Client, timeoutMs = 10_000): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not synced in time')), timeoutMs);
    client.provider.once('sync', () => { clearTimeout(timer); resolve(); });
  });
}

/** Resolves when `predicate` holds, checking after every change of the doc. */
export function until(doc: Y.Doc, predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  if (predicate()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const check = () => { if (predicate()) { doc.off('update', check); clearTimeout(timer); resolve(); } };
    const timer = setTimeout(() => { doc.off('update', check); reject(new Error('condition not reached in time')); }, timeoutMs);
    doc.on('update', check);
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
