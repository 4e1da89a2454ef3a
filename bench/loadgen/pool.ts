/**
 * Worker threads that hold the simulated clients, so that one bench process can drive hundreds
 * of them without its own event loop becoming the bottleneck. Each worker runs the same TypeScript
 * through tsx.
 */
import { Worker } from 'node:worker_threads';
import type { Target } from '../peers/types.ts';
import type { WorkerRequest } from './protocol.ts';

export class WorkerPool {
  private workers: Worker[];
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextSeq = 0;
  private broken: Error | null = null;
  private closing = false;

  constructor(count: number, target: Target, payloadSize: number) {
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
        workerData: { target, payloadSize },
      });
      worker.on('message', (msg: { seq: number; error?: string }) => {
        const p = this.pending.get(msg.seq);
        if (!p) return;
        this.pending.delete(msg.seq);
        if (msg.error) p.reject(new Error(msg.error)); else p.resolve(msg);
      });
      const fail = (e: Error) => { this.broken = e; for (const p of this.pending.values()) p.reject(e); this.pending.clear(); };
      worker.on('error', fail);
      worker.on('exit', (code) => { if (!this.closing) fail(new Error(`load-generator thread exited (${code})`)); });
      return worker;
    });
  }

  get size(): number { return this.workers.length; }

  request<T>(index: number, body: WorkerRequest): Promise<T> {
    if (this.broken) return Promise.reject(this.broken);
    const seq = this.nextSeq++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(seq, { resolve: resolve as (v: unknown) => void, reject });
      this.workers[index]!.postMessage({ ...body, seq });
    });
  }

  all<T>(body: WorkerRequest | ((index: number) => WorkerRequest)): Promise<T[]> {
    return Promise.all(this.workers.map((_, i) => this.request<T>(i, typeof body === 'function' ? body(i) : body)));
  }

  async close(): Promise<void> {
    if (this.broken) { await Promise.all(this.workers.map((w) => w.terminate())); return; }
    try { await this.all({ type: 'close' }); } catch { /* the thread is gone already */ }
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
