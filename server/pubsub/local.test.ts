import { describe, expect, it } from 'vitest';
import { createLocalPubSub } from './local.ts';

describe('local pubsub', () => {
  it('delivers nothing: with one process there is nobody else', async () => {
    const pubsub = createLocalPubSub();
    const heard: unknown[] = [];
    await pubsub.subscribe('b1', (m) => heard.push(m));
    await pubsub.publish({ kind: 'update', board: 'b1', data: new Uint8Array([1]) });
    await pubsub.publish({ kind: 'revoke', board: 'b1', role: null });
    expect(heard).toEqual([]);
  });

  it('remembers which boards are subscribed', async () => {
    const pubsub = createLocalPubSub({ nodeId: 'solo' });
    expect(pubsub.nodeId).toBe('solo');
    await pubsub.subscribe('b1', () => undefined);
    await pubsub.subscribe('b2', () => undefined);
    await pubsub.unsubscribe('b1');
    expect([...pubsub.boards]).toEqual(['b2']);
    await pubsub.close();
    expect(pubsub.boards.size).toBe(0);
    await expect(pubsub.publish({ kind: 'revoke', board: 'b2', role: null })).rejects.toThrow(/closed/);
  });

  it('gives each instance its own node id', () => {
    expect(createLocalPubSub().nodeId).not.toBe(createLocalPubSub().nodeId);
  });
});
