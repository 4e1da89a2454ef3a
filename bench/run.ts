/**
 * `npm run bench`: Leverboard against the sync servers people would otherwise use (y-websocket,
 * Hocuspocus) and the floor (a bare ws relay), each a child process on a loopback port driven by
 * its own stock client, in the same scenarios; then the client's figures in headless Chromium.
 * Prints a table and writes bench/results/latest.json.
 *
 * Env: BENCH_QUICK=1 (3 s runs), BENCH_PEERS=leverboard,y-websocket,hocuspocus,relay,
 * BENCH_SCENARIOS=a,b,c,d, BENCH_PROFILE=<dir> (servers write V8 CPU profiles there), BENCH_WORKERS (load-generator threads, 2), BENCH_B_RATE (moves/s per
 * client in (b), 2), BENCH_SETTLE_MS (idle before (a) and (b), 10000), BENCH_ROUNDS (rounds of (a) and (b), every server in turn; medians are
 * reported; 1), BENCH_SKIP_CLIENT=1, BENCH_SKIP_BUILD=1, BENCH_OUT (JSON path).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { buildServer } from '../scripts/build-server.mjs';
import { cpus, platform, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPeer, PEER_NAMES } from './peers/start.ts';
import type { Peer, PeerKind } from './peers/types.ts';
import { medianOfRounds, runFanout, type FanoutResult } from './loadgen/fanout.ts';
import { runThroughput } from './loadgen/throughput.ts';
import { runColdLoad, type ColdLoadResult } from './loadgen/cold-board.ts';
import { moveUpdateSize } from './loadgen/clients.ts';
import { buildClient, measureBundle } from './client/bundle.ts';
import { measureBrowser } from './client/browser.ts';
import { formatReport, type BenchResults, type PeerResults } from './report.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const quick = env.BENCH_QUICK === '1';
/** how long (a) and (b) send, in ms: 20 s as the issue fixes them; longer shows the steady state of memory */
const fanoutMs = quick ? 3000 : Math.max(1, Number(env.BENCH_SECONDS) || 20) * 1000;
const config = {
  quick,
  workers: Number(env.BENCH_WORKERS ?? 2),
  rounds: Math.max(1, Math.floor(Number(env.BENCH_ROUNDS ?? 1)) || 1),
  a: { rooms: 1, clientsPerRoom: 50, rate: 5, durationMs: fanoutMs, graceMs: quick ? 1500 : 3000 },
  b: { rooms: 200, clientsPerRoom: 5, rate: Number(env.BENCH_B_RATE ?? 2), durationMs: fanoutMs, graceMs: quick ? 2000 : 3000 },
  c: { interventions: 2000, stakeholders: 500, notes: 2000, restarts: quick ? 1 : 3, warmRuns: quick ? 1 : 3 },
  d: { rooms: 10, sendersPerRoom: 2, window: 4, warmupMs: 1000, durationMs: quick ? 3000 : 10_000 },
  panMs: quick ? 1500 : 3000,
  /**
   * (a) and (b): how long each server idles, its boards created, before the clients connect. A
   * process that has just started still carries the young generation its start-up grew; V8 trims it
   * after some 9 s without much allocation. A server that has been up has done so.
   */
  settleMs: quick ? 0 : Math.max(0, Number(env.BENCH_SETTLE_MS ?? 10_000)),
};
const scenarios = new Set((env.BENCH_SCENARIOS ?? 'a,b,c,d').split(','));
const oursReady = existsSync(join(root, 'server/main.ts'));
const requested = (env.BENCH_PEERS ?? 'leverboard,y-websocket,hocuspocus,relay').split(',') as PeerKind[];
const kinds = requested.filter((k) => k in PEER_NAMES && (k !== 'leverboard' || oursReady));
const payloadSize = moveUpdateSize();
const notes: string[] = [
  `relay payload ${payloadSize} bytes = one move as a Yjs update plus its sync header`,
  `(b) clients move ${config.b.rate}×/s (5×/s × 1,000 clients saturates this 2-core machine for every server and the load generator alike)`,
  'y-websocket runs as shipped (YPERSISTENCE unset): it keeps nothing across a restart, so it has no cold load and (d) is without storage',
  'Hocuspocus runs with SQLite through onLoadDocument/onStoreDocument, as @hocuspocus/extension-sqlite does (that package is not installed)',
  'the load generator shares the 2 cores with the server: its CPU seconds are shown beside each run',
];
if (config.settleMs > 0) notes.push(`(a) and (b): each server idles ${config.settleMs / 1000} s with its boards created before the clients connect (V8 trims a fresh process's young generation after ~9 s idle)`);
if (!quick && fanoutMs !== 20_000) notes.push(`(a) and (b) sent for ${fanoutMs / 1000} s (20 s by default)`);
if (config.rounds > 1) notes.push(`(a) and (b) ran ${config.rounds} rounds, every server in turn; figures are medians, drops and late receipts the worst round`);
if (!oursReady) notes.push('server/main.ts does not exist yet: Leverboard was not measured');

// exit through process.exit so that every server child is killed on the way out
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

function log(message: string): void { console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`); }

async function attempt<T>(what: string, fn: () => Promise<T>): Promise<T | { error: string }> {
  log(what);
  try { return await fn(); } catch (e) {
    log(`${what} failed: ${(e as Error).message}`);
    return { error: (e as Error).message };
  }
}

async function withPeer<T>(kind: PeerKind, fn: (peer: Peer) => Promise<T>, keep = false): Promise<T> {
  const peer = await startPeer(kind, { root, durable: true, profileDir: env.BENCH_PROFILE });
  try { return await fn(peer); } catch (e) {
    throw new Error(`${(e as Error).message}${peer.log() ? `\n${peer.log().slice(-1500)}` : ''}`);
  } finally { if (!keep) await peer.stop(); }
}

const results: BenchResults = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, os: `${platform()} ${release()}` },
  config: { ...config, peers: kinds, scenarios: [...scenarios], payloadSize },
  peers: [],
  notes,
};

// Leverboard runs as `npm start` runs it: the compiled server in dist/
if (kinds.includes('leverboard') && (env.BENCH_SKIP_BUILD !== '1' || !existsSync(join(root, 'dist/server.js')))) {
  log('building the server (scripts/build-server.mjs)');
  await buildServer();
}

const wantClient = kinds.includes('leverboard') && env.BENCH_SKIP_CLIENT !== '1';
if (wantClient) {
  results.client = {};
  if (env.BENCH_SKIP_BUILD !== '1') {
    log('building the client (npx vite build)');
    try { buildClient(root); } catch (e) { results.client.bundle = { error: `vite build failed: ${(e as Error).message}` }; }
  }
  if (!results.client.bundle) {
    results.client.bundle = existsSync(join(root, 'client/dist')) ? measureBundle(join(root, 'client/dist')) : { error: 'client/dist not built' };
  }
}

const input = (peer: Peer, rooms: Awaited<ReturnType<Peer['createRooms']>>) => ({ target: peer.target, rooms, pid: peer.pid, payloadSize, workers: config.workers });
const byKind = new Map<PeerKind, PeerResults>();
for (const kind of kinds) {
  const r: PeerResults = { kind, name: PEER_NAMES[kind], storage: '' };
  results.peers.push(r);
  byKind.set(kind, r);
}

// (a) and (b): round after round, every server in turn, so that a busy moment of the host does not
// land on one server's runs only
const fanouts = [
  { key: 'a', what: '(a) one board, 50 clients', options: config.a },
  { key: 'b', what: '(b) 200 boards × 5 clients', options: config.b },
] as const;
const rounds = new Map<string, FanoutResult[]>();
for (let round = 1; round <= config.rounds; round++) {
  for (const kind of kinds) {
    const r = byKind.get(kind)!;
    for (const { key, what, options } of fanouts) {
      if (!scenarios.has(key) || (r[key] && 'error' in r[key])) continue;
      const label = `${kind}: ${what}${config.rounds > 1 ? `, round ${round}/${config.rounds}` : ''}`;
      const result = await attempt(label, () => withPeer(kind, async (peer) => {
        r.storage = peer.storage;
        const rooms = await peer.createRooms(options.rooms, key);
        await new Promise((settled) => setTimeout(settled, config.settleMs));
        return runFanout(input(peer, rooms), options);
      }));
      if ('error' in result) { r[key] = result; continue; }
      const done = rounds.get(`${kind} ${key}`) ?? [];
      done.push(result);
      rounds.set(`${kind} ${key}`, done);
      r[key] = medianOfRounds(done);
    }
  }
}

for (const kind of kinds) {
  const r = byKind.get(kind)!;
  if (scenarios.has('c') && kind !== 'relay') {
    let peerForClient: Peer | undefined;
    let cold: ColdLoadResult | { error: string } = await attempt(`${kind}: (c) large board, cold load`, () => withPeer(kind, async (peer) => {
      r.storage = peer.storage;
      peerForClient = peer;
      return runColdLoad(peer, config.c, config.c.restarts, config.c.warmRuns);
    }, kind === 'leverboard' && wantClient));
    if (peerForClient && kind === 'leverboard' && wantClient) {
      const peer = peerForClient;
      if (!('error' in cold)) {
        const room = cold.room;
        const url = `${peer.target.url.replace('ws://', 'http://')}/b/${room.name}#token=${room.token}`;
        results.client!.browser = await attempt('client: large board in Chromium', () => measureBrowser(url, config.panMs));
      } else {
        results.client!.browser = { error: 'no large board (scenario c failed)' };
      }
      await peer.stop();
    }
    if (!('error' in cold)) { const { room: _room, ...rest } = cold; cold = rest as ColdLoadResult; }
    r.c = cold;
  }
  if (scenarios.has('d')) {
    r.d = await attempt(`${kind}: (d) sustained accepted updates/s`, () => withPeer(kind, async (peer) => {
      r.storage = peer.storage;
      return runThroughput(input(peer, await peer.createRooms(config.d.rooms, 'd')), config.d);
    }));
  }
}

console.log(formatReport(results));
const out = env.BENCH_OUT ?? join(root, 'bench/results/latest.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${out}`);
process.exit(0);
