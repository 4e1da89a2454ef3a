import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../../tests/support/redis.ts';
import { freePort } from '../../tests/support/free-port.ts';
import { describePubSubContract } from './pubsub.contract.ts';
import { boardChannel, createRedisPubSub } from './redis.ts';
import { encodeFrame } from './frame.ts';
import type { PubSub, PubSubMessage } from './pubsub.ts';

let server: TestRedis;

beforeAll(async () => {
  server = await startRedis();
});

afterAll(async () => {
  await server?.stop();
});

describePubSubContract('redis', async () => {
  const a = await createRedisPubSub({ url: server.url });
  const b = await createRedisPubSub({ url: server.url });
  return { a, b, cleanup: async () => { await a.close(); await b.close(); } };
});

/** Subscribes and resolves with the first message that satisfies `predicate`. */
function collect(pubsub: PubSub, board: string) {
  const got: PubSubMessage[] = [];
  let wake: (() => void) | null = null;
  const ready = pubsub.subscribe(board, (m) => { got.push(m); wake?.(); });
  return {
    ready,
    got,
    async until(predicate: (m: PubSubMessage) => boolean) {
      while (!got.some(predicate)) await new Promise<void>((r) => (wake = r));
    },
  };
}

describe('redis fan-out', () => {
  it('uses the nodeId it is given', async () => {
    const pubsub = await createRedisPubSub({ url: server.url, nodeId: 'server-a' });
    expect(pubsub.nodeId).toBe('server-a');
    await pubsub.close();
  });

  it('drops malformed, foreign and oversized frames and keeps delivering', async () => {
    const errors: unknown[] = [];
    const receiver = await createRedisPubSub({ url: server.url, maxMessageBytes: 1024, onError: (e) => errors.push(e) });
    const raw = new Redis(server.url);
    const board = randomUUID();
    const inbox = collect(receiver, board);
    await inbox.ready;
    const channel = boardChannel(board);
    await raw.publish(channel, Buffer.from('not a frame'));
    await raw.publish(channel, Buffer.from(encodeFrame('intruder', { kind: 'update', board, data: new Uint8Array(2000) })));
    const badRole = encodeFrame('intruder', { kind: 'revoke', board, role: 'viewer' });
    badRole[badRole.length - 1] = 'x'.charCodeAt(0); // "viewex"
    await raw.publish(channel, Buffer.from(badRole));
    await raw.publish(channel, Buffer.from(encodeFrame('peer', { kind: 'update', board, data: new Uint8Array([5]) })));
    await inbox.until((m) => m.kind === 'update');
    expect(inbox.got).toEqual([{ kind: 'update', board, data: new Uint8Array([5]) }]);
    expect(errors).toHaveLength(3);
    raw.disconnect();
    await receiver.close();
  });

  it('refuses to publish a message larger than its bound', async () => {
    const pubsub = await createRedisPubSub({ url: server.url, maxMessageBytes: 1024 });
    await expect(pubsub.publish({ kind: 'update', board: randomUUID(), data: new Uint8Array(2048) })).rejects.toThrow(/larger/);
    await pubsub.close();
  });

  it('fails to start when Redis is not there', async () => {
    const port = await freePort();
    await expect(createRedisPubSub({ url: `redis://127.0.0.1:${port}` })).rejects.toThrow();
  });
});
