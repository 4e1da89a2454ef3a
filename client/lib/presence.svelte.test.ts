import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { Presence } from './presence.svelte.ts';

const identity = (name: string) => ({ id: `id-${name}`, name, color: '#1d4ed8' });

describe('Presence', () => {
  it('wakes readers of peers and self only for what they read, never for this person\'s own cursor', () => {
    const mine = new Awareness(new Y.Doc());
    const theirs = new Awareness(new Y.Doc());
    const presence = new Presence(mine, identity('Ana'));
    let peerReads = 0;
    let selfReads = 0;
    const stop = $effect.root(() => {
      $effect(() => { void presence.peers; peerReads++; });
      $effect(() => { void presence.self; selfReads++; });
    });
    flushSync();
    expect([peerReads, selfReads]).toEqual([1, 1]);

    // this person's pointer moves: nothing re-renders
    for (let x = 0; x < 10; x++) presence.set('cursor', { x, y: 0 });
    flushSync();
    expect([peerReads, selfReads]).toEqual([1, 1]);

    // someone else arrives: readers of peers see them
    theirs.setLocalState({ user: { name: 'Bojan', color: '#000000', id: 'id-Bojan' } });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote');
    flushSync();
    expect(peerReads).toBe(2);
    expect(presence.peers.map((p) => p.user.name)).toEqual(['Bojan']);

    // a new name wakes readers of self
    presence.setIdentity(identity('Ana Kralj'));
    flushSync();
    expect(selfReads).toBe(2);
    expect(presence.self.name).toBe('Ana Kralj');
    stop();
    presence.destroy();
  });
});
