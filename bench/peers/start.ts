/**
 * Starts each server under test as its own child process on a loopback port, the way its users run
 * it, and describes it as a `Peer`. Leverboard is `node dist/server.js` (as `npm start` runs it) with a fresh
 * DATA_DIR; y-websocket is the package's own server (no YPERSISTENCE); Hocuspocus runs with SQLite
 * when the scenario wants durable storage; the relay is the floor.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, procStats, startChild, type Child, type ChildOptions } from './process.ts';
import type { Peer, PeerKind, Room } from './types.ts';

export interface PeerOptions {
  /** the repository root */
  root: string;
  /** ask for durable storage where the server has it (Hocuspocus: SQLite) */
  durable?: boolean;
  /** write a V8 CPU profile of the server into this directory when it stops */
  profileDir?: string;
}

export const PEER_NAMES: Record<PeerKind, string> = {
  leverboard: 'Leverboard',
  'y-websocket': 'y-websocket 2.x',
  hocuspocus: 'Hocuspocus 3.x',
  relay: 'ws relay (floor)',
};

export async function startPeer(kind: PeerKind, options: PeerOptions): Promise<Peer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), `bench-${kind}-`));
  const env: Record<string, string> = { HOST: '127.0.0.1', PORT: String(port), NODE_ENV: 'production' };
  let childOptions: ChildOptions;
  let durable = false;
  let storage = 'memory only';
  switch (kind) {
    case 'leverboard':
      childOptions = { name: kind, cwd: options.root, args: ['dist/server.js'], env: { ...env, DATA_DIR: dir }, readyUrl: `${base}/healthz` };
      durable = true;
      storage = 'SQLite (DATA_DIR)';
      break;
    case 'y-websocket':
      childOptions = { name: kind, cwd: options.root, args: ['node_modules/y-websocket/bin/server.cjs'], env: { ...env, YPERSISTENCE: undefined }, readyUrl: base };
      break;
    case 'hocuspocus':
      childOptions = {
        name: kind, cwd: options.root, args: ['--import', 'tsx', 'bench/peers/hocuspocus-server.ts'],
        env: options.durable ? { ...env, DB_FILE: join(dir, 'hocuspocus.sqlite') } : env, readyUrl: base,
      };
      durable = options.durable === true;
      storage = durable ? 'SQLite (onStoreDocument, 2 s debounce)' : 'memory only';
      break;
    case 'relay':
      childOptions = { name: kind, cwd: options.root, args: ['--import', 'tsx', 'bench/peers/relay.ts'], env, readyUrl: base };
      storage = 'none (no Yjs)';
      break;
  }
  if (options.profileDir) {
    // Leverboard exits normally on SIGTERM; the others need help for the profile to be written
    const exitOnTerm = kind === 'leverboard' ? [] : ['--require', './bench/peers/exit-on-sigterm.cjs'];
    childOptions.args = ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`, ...exitOnTerm, ...childOptions.args];
  }
  let child: Child = await startChild(childOptions);
  let roomCounter = 0;
  const peer: Peer = {
    name: PEER_NAMES[kind],
    kind,
    target: { kind, url: `ws://127.0.0.1:${port}` },
    get pid() { return child.pid; },
    durable,
    storage,
    async createRooms(count, prefix) {
      if (kind !== 'leverboard') return Array.from({ length: count }, () => ({ name: `${prefix}-${roomCounter++}` }));
      const rooms: Room[] = [];
      for (let i = 0; i < count; i++) {
        const res = await fetch(`${base}/api/boards`, {
          method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: `${prefix} ${roomCounter++}` }),
        });
        if (res.status !== 201) throw new Error(`POST /api/boards: ${res.status} ${await res.text()}`);
        const body = await res.json() as { id: string; tokens: { editor: string } };
        rooms.push({ name: body.id, token: body.tokens.editor });
      }
      return rooms;
    },
    stats: () => procStats(child.pid),
    log: () => child.output(),
    async restart() {
      await child.stop();
      child = await startChild(childOptions);
    },
    stop: () => child.stop(),
  };
  return peer;
}
