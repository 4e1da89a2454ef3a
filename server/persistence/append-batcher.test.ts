import { describe, expect, it } from 'vitest';
import { createAppendBatcher, type PendingAppend } from './append-batcher.ts';

const bytes = (n: number) => new Uint8Array(n);

describe('append batcher', () => {
  it('commits appends made together in one batch, in order, and later ones in the next', async () => {
    const batches: string[][] = [];
    const batcher = createAppendBatcher((batch) => {
      batches.push(batch.map((p) => p.board));
      for (const p of batch) p.resolve();
    });
    await Promise.all([batcher.append('a', bytes(1)), batcher.append('b', bytes(1)), batcher.append('a', bytes(1))]);
    await batcher.append('c', bytes(1));
    expect(batches).toEqual([['a', 'b', 'a'], ['c']]);
  });

  it('splits a batch at the byte bound but always takes one update, however large', async () => {
    const sizes: number[][] = [];
    const batcher = createAppendBatcher((batch) => {
      sizes.push(batch.map((p) => p.update.byteLength));
      for (const p of batch) p.resolve();
    }, { maxBatchBytes: 10 });
    await Promise.all([4, 4, 4, 30, 1].map((n) => batcher.append('a', bytes(n))));
    expect(sizes).toEqual([[4, 4], [4], [30], [1]]);
  });

  it('when the write throws, rejects what it had not settled and keeps what it had', async () => {
    const batcher = createAppendBatcher((batch: PendingAppend[]) => {
      batch[0]!.resolve();
      batch[1]!.reject(new Error('no such board'));
      throw new Error('disk full');
    });
    const results = await Promise.allSettled(['a', 'b', 'c'].map((board) => batcher.append(board, bytes(1))));
    expect(results.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as Error).message)))
      .toEqual(['ok', 'no such board', 'disk full']);
  });

  it('drain waits for every append made so far', async () => {
    let release!: () => void;
    const written: string[] = [];
    const batcher = createAppendBatcher(async (batch) => {
      await new Promise<void>((resolve) => { release = resolve; });
      for (const p of batch) { written.push(p.board); p.resolve(); }
    });
    void batcher.append('a', bytes(1));
    const drained = batcher.drain();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toEqual([]);
    release();
    await drained;
    expect(written).toEqual(['a']);
  });
});
