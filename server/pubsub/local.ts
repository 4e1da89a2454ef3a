/** Fan-out for a single server process: there is nobody else to tell. */
import type { PubSub } from './pubsub.ts';

export function createLocalPubSub(nodeId = 'local'): PubSub {
  return {
    nodeId,
    async publish() {},
    async subscribe() {},
    async unsubscribe() {},
    async close() {},
  };
}
