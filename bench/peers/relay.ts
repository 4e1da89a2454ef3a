/**
 * The floor: a bare `ws` broadcast relay with no Yjs. Every message a socket sends goes to every
 * other socket on the same path (the room), as it is. Nothing is parsed, kept or acknowledged, so
 * no real sync server can be faster.
 *
 * For the load generator's own tests it can misbehave on purpose: hold back the messages of one
 * client (named by `?client=` on its URL) for `delayMs`, or drop the `dropNth`-th relayed message.
 *
 * Run directly (`node --import tsx bench/peers/relay.ts`, env HOST and PORT) it serves until SIGTERM.
 */
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';

export interface RelayOptions {
  host: string;
  port: number;
  /** delay every message from the client whose URL has ?client=<delayClient> */
  delayClient?: string;
  delayMs?: number;
  /** drop the n-th message received (1-based), across all rooms */
  dropNth?: number;
}

export interface Relay { port: number; close(): Promise<void> }

export async function createRelay(options: RelayOptions): Promise<Relay> {
  const rooms = new Map<string, Set<WebSocket>>();
  const http: Server = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('relay'); });
  const wss = new WebSocketServer({ server: http, perMessageDeflate: false, maxPayload: 64 * 1024 * 1024 });
  let received = 0;
  wss.on('connection', (ws, req) => {
    const url = new URL(req.url ?? '/', 'http://relay');
    const room = url.pathname;
    const delayed = options.delayClient !== undefined && url.searchParams.get('client') === options.delayClient;
    let members = rooms.get(room);
    if (!members) rooms.set(room, (members = new Set()));
    members.add(ws);
    const peers = members;
    const relay = (data: RawData) => {
      for (const other of peers) if (other !== ws && other.readyState === 1) other.send(data, { binary: true });
    };
    ws.on('message', (data: RawData) => {
      received++;
      if (options.dropNth !== undefined && received === options.dropNth) return;
      if (delayed) setTimeout(() => relay(data), options.delayMs ?? 0);
      else relay(data);
    });
    ws.on('close', () => {
      peers.delete(ws);
      if (peers.size === 0) rooms.delete(room);
    });
    ws.on('error', () => ws.terminate());
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  const address = http.address();
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    close: () => new Promise<void>((resolve) => {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      http.close(() => resolve());
    }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const relay = await createRelay({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 1235) });
  console.log(`relay listening on ${relay.port}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void relay.close().then(() => process.exit(0)));
}
