/**
 * Group commit for appendUpdate. Every update is committed before it is published to other
 * processes, and a commit costs a write (SQLite) or a round trip (PostgreSQL). Appends that arrive while
 * a commit is being prepared or is in flight wait and go together in the next one, so throughput
 * grows with load while each promise still resolves only after its own commit.
 */

export interface PendingAppend {
  board: string;
  update: Uint8Array;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface AppendBatcher {
  append(board: string, update: Uint8Array): Promise<void>;
  /** resolves once everything appended so far has been committed or has failed */
  drain(): Promise<void>;
}

/**
 * `writeBatch` must settle every item it is given; if it throws, every item still unsettled in
 * that batch is rejected with the error (settling a promise twice changes nothing, so the items
 * it did settle keep their outcome). Batches run one at a time, in arrival order.
 */
export function createAppendBatcher(
  writeBatch: (batch: PendingAppend[]) => void | Promise<void>,
  options: { maxBatchBytes?: number; windowMs?: number } = {},
): AppendBatcher {
  const maxBatchBytes = options.maxBatchBytes ?? 32 * 1024 * 1024;
  const windowMs = options.windowMs ?? 0;
  let queue: PendingAppend[] = [];
  let running: Promise<void> | null = null;
  const idle: Array<() => void> = [];

  function take(): PendingAppend[] {
    let bytes = 0;
    let n = 0;
    // always take at least one, so a single update larger than the bound still goes through
    while (n < queue.length && (n === 0 || bytes + queue[n].update.byteLength <= maxBatchBytes)) {
      bytes += queue[n].update.byteLength;
      n++;
    }
    const batch = queue.slice(0, n);
    queue = queue.slice(n);
    return batch;
  }

  async function run(): Promise<void> {
    // setImmediate lets every message already read from the sockets in this I/O phase join; a
    // window of a few milliseconds lets the messages of the next phases join too
    await new Promise<void>((resolve) => (windowMs > 0 ? setTimeout(resolve, windowMs) : setImmediate(resolve)));
    while (queue.length > 0) {
      const batch = take();
      try {
        await writeBatch(batch);
      } catch (e) {
        for (const item of batch) item.reject(e);
      }
    }
    running = null;
    for (const wake of idle.splice(0)) wake();
  }

  return {
    append(board, update) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ board, update, resolve, reject });
        running ??= run();
      });
    },
    drain() {
      if (!running) return Promise.resolve();
      return new Promise<void>((resolve) => idle.push(resolve));
    },
  };
}
