/**
 * What every fan-out between processes must do (Redis today). `makePair` gives two instances that
 * stand for two server processes on the same backbone. "Nothing arrives" is checked without
 * timers: a later marker message sent the same way must arrive first — a backbone that keeps
 * order per publisher would have delivered the unwanted message before it.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PubSub, PubSubMessage } from './pubsub.ts';

export interface PubSubPair {
  a: PubSub;
  b: PubSub;
  cleanup(): Promise<void>;
}

/** Collects what one instance hears on one board and lets a test wait for a given message. */
class Inbox {
  readonly messages: PubSubMessage[] = [];
  private waiters: Array<() => void> = [];

  readonly push = (message: PubSubMessage): void => {
    this.messages.push(message);
    for (const wake of this.waiters.splice(0)) wake();
  };

  async waitFor(predicate: (m: PubSubMessage) => boolean): Promise<PubSubMessage> {
    for (;;) {
      const found = this.messages.find(predicate);
      if (found) return found;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }
}

const marker = (board: string, n: number): PubSubMessage => ({ kind: 'awareness', board, data: new Uint8Array([0xff, n]) });
const isMarker = (n: number) => (m: PubSubMessage) => m.kind === 'awareness' && m.data[0] === 0xff && m.data[1] === n;

export function describePubSubContract(name: string, makePair: () => Promise<PubSubPair>): void {
  describe(`PubSub contract: ${name}`, () => {
    let pair: PubSubPair | null = null;

    async function open(): Promise<PubSubPair> {
      pair = await makePair();
      return pair;
    }

    afterEach(async () => {
      await pair?.cleanup();
      pair = null;
    });

    it('gives each process its own node id', async () => {
      const { a, b } = await open();
      expect(a.nodeId).toBeTruthy();
      expect(a.nodeId).not.toBe(b.nodeId);
    });

    it('delivers updates, awareness and revocations to another process subscribed to the board', async () => {
      const { a, b } = await open();
      const board = randomUUID();
      const inbox = new Inbox();
      await b.subscribe(board, inbox.push);
      const sent: PubSubMessage[] = [
        { kind: 'update', board, data: new Uint8Array([1, 2, 3, 0, 255]) },
        { kind: 'awareness', board, data: new Uint8Array([4, 5]) },
        { kind: 'revoke', board, role: 'editor' },
        { kind: 'revoke', board, role: null },
        { kind: 'update', board, data: new Uint8Array(0) },
      ];
      for (const m of sent) await a.publish(m);
      await inbox.waitFor((m) => m.kind === 'update' && m.data.byteLength === 0);
      expect(inbox.messages).toEqual(sent);
    });

    it('keeps large binary updates intact', async () => {
      const { a, b } = await open();
      const board = randomUUID();
      const inbox = new Inbox();
      await b.subscribe(board, inbox.push);
      const data = new Uint8Array(2 * 1024 * 1024).map((_, i) => (i * 7) % 256);
      await a.publish({ kind: 'update', board, data });
      const got = await inbox.waitFor((m) => m.kind === 'update');
      expect(got.kind === 'update' && Buffer.from(got.data).equals(Buffer.from(data))).toBe(true);
    });

    it('delivers nothing for boards the process did not subscribe to', async () => {
      const { a, b } = await open();
      const mine = randomUUID();
      const other = randomUUID();
      const inbox = new Inbox();
      await b.subscribe(mine, inbox.push);
      await a.publish({ kind: 'update', board: other, data: new Uint8Array([9]) });
      await a.publish({ kind: 'revoke', board: other, role: null });
      await a.publish(marker(mine, 1));
      await inbox.waitFor(isMarker(1));
      expect(inbox.messages).toEqual([marker(mine, 1)]);
    });

    it('does not echo a process\'s own messages back to it', async () => {
      const { a, b } = await open();
      const board = randomUUID();
      const aInbox = new Inbox();
      const bInbox = new Inbox();
      await a.subscribe(board, aInbox.push);
      await b.subscribe(board, bInbox.push);
      await a.publish({ kind: 'update', board, data: new Uint8Array([1]) });
      // once b has it, the backbone has sent it to a too; b's reply comes after it
      await bInbox.waitFor((m) => m.kind === 'update');
      await b.publish(marker(board, 2));
      await aInbox.waitFor(isMarker(2));
      expect(aInbox.messages).toEqual([marker(board, 2)]);
      expect(bInbox.messages).toEqual([{ kind: 'update', board, data: new Uint8Array([1]) }]);
    });

    it('delivers nothing after unsubscribe, and again after subscribing anew', async () => {
      const { a, b } = await open();
      const board = randomUUID();
      const witness = randomUUID();
      const inbox = new Inbox();
      const witnessInbox = new Inbox();
      await b.subscribe(board, inbox.push);
      await b.subscribe(witness, witnessInbox.push);
      await a.publish(marker(board, 1));
      await inbox.waitFor(isMarker(1));

      await b.unsubscribe(board);
      await a.publish({ kind: 'update', board, data: new Uint8Array([7]) });
      await a.publish(marker(witness, 3));
      await witnessInbox.waitFor(isMarker(3));
      expect(inbox.messages).toEqual([marker(board, 1)]);

      const again = new Inbox();
      await b.subscribe(board, again.push);
      await a.publish(marker(board, 4));
      await again.waitFor(isMarker(4));
      expect(again.messages).toEqual([marker(board, 4)]);
      expect(inbox.messages).toEqual([marker(board, 1)]);
    });

    it('lets a process publish to a board it has not loaded', async () => {
      const { a, b } = await open();
      const board = randomUUID();
      const inbox = new Inbox();
      await b.subscribe(board, inbox.push);
      // the API revokes tokens from whichever process got the request
      await a.publish({ kind: 'revoke', board, role: 'viewer' });
      expect(await inbox.waitFor((m) => m.kind === 'revoke')).toEqual({ kind: 'revoke', board, role: 'viewer' });
    });

    it('refuses a revocation for a role that does not exist', async () => {
      const { a } = await open();
      await expect(a.publish({ kind: 'revoke', board: randomUUID(), role: 'owner' })).rejects.toThrow(/role/);
    });

    it('refuses to publish once closed', async () => {
      const { a } = await open();
      await a.close();
      await expect(a.publish({ kind: 'revoke', board: randomUUID(), role: null })).rejects.toThrow();
    });
  });
}
