/** Child-process plumbing shared by the peers: free ports, readiness, /proc figures, graceful stop. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { ProcStats } from './types.ts';

const CLOCK_TICKS = 100; // sysconf(_SC_CLK_TCK) on Linux

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export function procStats(pid: number): ProcStats {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the parenthesised command name; utime and stime are fields 14 and 15
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuSeconds = (Number(rest[11]) + Number(rest[12])) / CLOCK_TICKS;
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = status.match(/^VmHWM:\s+(\d+)\s+kB/m);
    return { cpuSeconds, peakRssBytes: hwm ? Number(hwm[1]) * 1024 : 0 };
  } catch {
    return { cpuSeconds: NaN, peakRssBytes: NaN };
  }
}

export interface ChildOptions {
  args: string[];
  /** undefined removes a variable (y-websocket must not see YPERSISTENCE at all) */
  env: Record<string, string | undefined>;
  cwd: string;
  /** an HTTP URL that answers (any status) once the server listens */
  readyUrl: string;
  name: string;
}

export interface Child { process: ChildProcess; pid: number; output(): string; stop(): Promise<void> }

/** Start `node <args>` and wait until `readyUrl` answers; stderr/stdout are kept for error reports. */
export async function startChild(options: ChildOptions, timeoutMs = 30_000): Promise<Child> {
  const env = { ...process.env, ...options.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => { log = (log + chunk.toString()).slice(-8000); };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited = false;
  // never leave a server running behind a bench that crashed or was interrupted
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  const exit = new Promise<void>((resolve) => child.once('exit', () => { exited = true; process.off('exit', orphanGuard); resolve(); }));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`${options.name} exited while starting:\n${log}`);
    try {
      await fetch(options.readyUrl, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`${options.name} did not start in ${timeoutMs} ms:\n${log}`); }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    process: child,
    pid: child.pid!,
    output: () => log,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
