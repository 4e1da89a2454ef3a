/**
 * Binds `ws` to the HTTP server's upgrade event for /sync/<board>?token=…: checks the token
 * before the upgrade (no content for a bad one: 401/403/404 and the socket is destroyed), then
 * hands the socket to the room registry. Pings every connection and drops those that stop
 * answering. What the rooms send to one socket in one turn of the event loop leaves in one write
 * (write-coalescer.ts); a message broadcast to many sockets is framed once (binary-frame.ts).
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Role } from '../../shared/schema/index.ts';
import type { BoardStore } from '../persistence/store.ts';
import type { RoomRegistry } from '../sync/registry.ts';
import type { Connection } from '../sync/connection.ts';
import { roleForToken } from '../auth/tokens.ts';
import { createWriteCoalescer } from './write-coalescer.ts';
import { createFrameCache } from './binary-frame.ts';

export interface SyncEndpointOptions {
  store: BoardStore;
  registry: RoomRegistry;
  /** largest message a client may send */
  maxMessageBytes: number;
  pingIntervalMs: number;
  /** how long a probed connection has to answer a ping before it is dropped */
  probeTimeoutMs?: number;
  log?: (message: string, error?: unknown) => void;
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: application/json\r\n\r\n${JSON.stringify({ error: text })}`);
}

export function attachSyncEndpoint(server: Server, options: SyncEndpointOptions) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, perMessageDeflate: false });
  const coalesce = createWriteCoalescer();
  const frameOf = createFrameCache();
  const alive = new WeakMap<WebSocket, boolean>();
  const probing = new WeakSet<WebSocket>();

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const match = url.pathname.match(/^\/sync\/([A-Za-z0-9_-]{1,64})$/);
      if (!match) return refuse(socket, 404, 'Not Found');
      const token = url.searchParams.get('token') ?? req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
      if (!token) return refuse(socket, 401, 'Unauthorized');
      const board = await options.store.getBoard(match[1]!);
      if (!board) return refuse(socket, 404, 'Not Found');
      const role = roleForToken(board, token);
      if (!role) return refuse(socket, 403, 'Forbidden');
      wss.handleUpgrade(req, socket, head, (ws) => void accept(ws, socket, board.id, role));
    })().catch((e) => {
      options.log?.('upgrade failed', e);
      refuse(socket, 500, 'Internal Server Error');
    });
  });

  /** `socket`: the connection ws took over, which it writes its frames to */
  async function accept(ws: WebSocket, socket: Duplex, boardId: string, role: Role) {
    ws.binaryType = 'arraybuffer';
    alive.set(ws, true);
    ws.on('pong', () => alive.set(ws, true));
    const connection: Connection = {
      // the frame is written as ws would write it (ws compresses nothing here, see above), made once per broadcast
      send: (data) => {
        if (ws.readyState !== ws.OPEN) return; // as ws.send: nothing goes out once the socket closes
        coalesce(socket);
        socket.write(frameOf(data));
      },
      close: (code, reason) => ws.close(code, reason),
      get bufferedAmount() { return ws.bufferedAmount; },
      probe: () => {
        if (probing.has(ws) || ws.readyState !== ws.OPEN) return;
        probing.add(ws);
        alive.set(ws, false);
        ws.ping();
        setTimeout(() => {
          probing.delete(ws);
          if (alive.get(ws) === false) ws.terminate();
        }, options.probeTimeoutMs ?? 3000).unref();
      },
    };
    // Messages that arrive while the room loads are kept and replayed in order.
    const early: Uint8Array[] = [];
    let receive = (data: Uint8Array) => { if (early.length < 1000) early.push(data); };
    ws.on('message', (data: ArrayBuffer) => receive(new Uint8Array(data)));
    let closed = false;
    let session: Awaited<ReturnType<RoomRegistry['connect']>> | undefined;
    ws.on('close', () => { closed = true; session?.close(); });
    ws.on('error', () => ws.terminate());
    try {
      session = await options.registry.connect(boardId, connection, role);
    } catch (e) {
      options.log?.(`could not open board ${boardId}`, e);
      ws.close(1011, 'board unavailable');
      return;
    }
    if (closed) { session.close(); return; }
    receive = session.receive;
    for (const data of early) session.receive(data);
  }

  const ping = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) { ws.terminate(); continue; }
      alive.set(ws, false);
      ws.ping();
    }
  }, options.pingIntervalMs);
  ping.unref();

  return {
    close(): void {
      clearInterval(ping);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
