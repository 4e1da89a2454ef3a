/**
 * Fan-out for a single server process: there is nobody else to tell, so publishing delivers
 * nothing and subscriptions are only remembered (which keeps the room's calls symmetrical with
 * the Redis case and lets tests see what is subscribed).
 */
import { randomUUID } from 'node:crypto';
import type { PubSub } from './pubsub.ts';

export interface LocalPubSub extends PubSub {
  /** boards currently subscribed */
  readonly boards: ReadonlySet<string>;
}

export function createLocalPubSub(options: { nodeId?: string } = {}): LocalPubSub {
  const boards = new Set<string>();
  let closed = false;
  const open = () => {
    if (closed) throw new Error('pubsub is closed');
  };
  return {
    nodeId: options.nodeId ?? randomUUID(),
    boards,
    async publish() {
      open();
    },
    async subscribe(board) {
      open();
      boards.add(board);
    },
    async unsubscribe(board) {
      boards.delete(board);
    },
    async close() {
      closed = true;
      boards.clear();
    },
  };
}
