/**
 * Fan-out between server processes through Redis pub/sub. Each board has its own channel
 * (`leverboard:board:<id>`), so a process only hears the boards it has loaded. Two connections,
 * because a Redis connection in subscriber mode can do nothing but (un)subscribe.
 *
 * Messages are binary frames (frame.ts) carrying the publisher's nodeId; a process drops its own.
 * Frames are bounded: Redis disconnects subscribers whose output buffer passes its pub/sub limit
 * (32 MB by default), and a peer must not be able to make us hold arbitrary amounts of memory.
 * Anything oversized or malformed on the channel is dropped and reported, never delivered.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { PubSub, PubSubMessage } from './pubsub.ts';
import { decodeFrame, encodeFrame, validNodeId } from './frame.ts';

export interface RedisPubSubOptions {
  url: string;
  /** this process's id (default: a random UUID) */
  nodeId?: string;
  /** largest frame published or accepted, in bytes (default 16 MiB) */
  maxMessageBytes?: number;
  /** connection trouble and dropped frames; Redis reconnects by itself */
  onError?: (error: unknown) => void;
}

const CHANNEL_PREFIX = 'leverboard:board:';

export function boardChannel(board: string): string {
  return CHANNEL_PREFIX + board;
}

export async function createRedisPubSub(options: RedisPubSubOptions): Promise<PubSub> {
  const nodeId = options.nodeId ?? randomUUID();
  if (!validNodeId(nodeId)) throw new Error('nodeId must be 1–200 characters');
  const maxBytes = options.maxMessageBytes ?? 16 * 1024 * 1024;
  const onError = options.onError ?? (() => undefined);

  const publisher = new Redis(options.url, { lazyConnect: true });
  const subscriber = new Redis(options.url, { lazyConnect: true });
  // ioredis prints unhandled 'error' events; route them to the caller instead
  publisher.on('error', onError);
  subscriber.on('error', onError);
  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
  } catch (e) {
    publisher.disconnect();
    subscriber.disconnect();
    throw e;
  }

  const handlers = new Map<string, (message: PubSubMessage) => void>();
  let closed = false;

  subscriber.on('messageBuffer', (channelBytes: Buffer, frame: Buffer) => {
    const channel = channelBytes.toString('utf8');
    if (!channel.startsWith(CHANNEL_PREFIX)) return;
    const board = channel.slice(CHANNEL_PREFIX.length);
    const handler = handlers.get(board);
    if (!handler) return;
    if (frame.byteLength > maxBytes) {
      onError(new Error(`dropped a ${frame.byteLength}-byte message on ${channel}: larger than ${maxBytes}`));
      return;
    }
    let decoded;
    try {
      decoded = decodeFrame(board, frame);
    } catch (e) {
      onError(e);
      return;
    }
    if (decoded.nodeId === nodeId) return;
    handler(decoded.message);
  });

  return {
    nodeId,

    async publish(message) {
      if (closed) throw new Error('pubsub is closed');
      const frame = encodeFrame(nodeId, message);
      if (frame.byteLength > maxBytes) {
        throw new Error(`message of ${frame.byteLength} bytes is larger than the fan-out limit of ${maxBytes}`);
      }
      await publisher.publish(boardChannel(message.board), Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength));
    },

    async subscribe(board, onMessage) {
      if (closed) throw new Error('pubsub is closed');
      handlers.set(board, onMessage);
      // resolves once Redis confirms, so everything published from now on reaches us
      await subscriber.subscribe(boardChannel(board));
    },

    async unsubscribe(board) {
      // forget the handler first: frames already on their way are dropped, not delivered
      if (!handlers.delete(board) || closed) return;
      await subscriber.unsubscribe(boardChannel(board));
    },

    async close() {
      if (closed) return;
      closed = true;
      handlers.clear();
      await Promise.allSettled([subscriber.quit(), publisher.quit()]);
    },
  };
}
