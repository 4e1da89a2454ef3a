/**
 * A throwaway Redis server for tests: redis-server on a free loopback port, nothing persisted,
 * working files in a temp dir that stop() removes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

const INSTALL_HINT = 'redis-server not found (set REDIS_SERVER or run: apt-get install redis-server)';

/** One PING over a raw socket: true once the server answers +PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    const done = (ok: boolean) => { socket.destroy(); resolve(ok); };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => {
      reply += d.toString();
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startRedis(): Promise<TestRedis> {
  const dir = await mkdtemp(join(tmpdir(), 'leverboard-redis-'));
  const command = process.env.REDIS_SERVER ?? 'redis-server';
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child = spawn(command, [
      '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no',
      '--dir', dir, '--daemonize', 'no', '--loglevel', 'warning',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const failed = new Promise<Error>((resolve) => {
      child.once('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ENOENT' ? new Error(INSTALL_HINT) : e));
      child.once('exit', (code) => resolve(new Error(`redis-server exited with ${code}:\n${output}`)));
    });
    let failure: Error | null = null;
    void failed.then((e) => (failure = e));
    const kill = () => child.kill('SIGKILL');
    process.once('exit', kill);

    while (!failure && !(await ping(port))) await new Promise((r) => setTimeout(r, 50));
    if (failure) {
      process.off('exit', kill);
      // the port may have been taken meanwhile; a missing binary is final
      if (attempt < 3 && (failure as Error).message !== INSTALL_HINT) continue;
      await rm(dir, { recursive: true, force: true });
      throw failure;
    }
    return {
      url: `redis://127.0.0.1:${port}`,
      async stop() {
        process.off('exit', kill);
        child.kill('SIGTERM');
        await exited(child);
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
}
