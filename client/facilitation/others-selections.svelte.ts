/**
 * What the others have selected, for outlining it in their colours: on the canvas, the matrix,
 * the power/interest grid and the network alike.
 */
import { untrack } from 'svelte';
import type { Peer, Presence } from '../lib/presence.svelte.ts';
import { safeColor } from '../lib/identity.ts';

/**
 * Create in a component of `view`: `others.ring(id)` is the outline for a record, and changes
 * only when someone's selection does (not with every cursor move).
 */
export class OthersSelections {
  #map = $state.raw(new Map<string, string[]>());

  constructor(presence: Presence, view: string) {
    $effect(() => {
      const map = othersSelections(presence.peers, view);
      if (!sameSelections(map, untrack(() => this.#map))) this.#map = map;
    });
  }

  ring(id: string): string | undefined {
    return selectionRing(this.#map.get(id));
  }
}

/** record id → the colours of the people on `view` who have it selected */
function othersSelections(peers: readonly Peer[], view: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of peers) {
    if (p.view !== view || !Array.isArray(p.selection)) continue;
    for (const id of p.selection.slice(0, 500)) if (typeof id === 'string') map.set(id, [...(map.get(id) ?? []), safeColor(p.user.color)]);
  }
  return map;
}

/** Others' cursors move all the time: readers re-render only when a selection really changed. */
function sameSelections(a: ReadonlyMap<string, string[]>, b: ReadonlyMap<string, string[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, colours] of a) if (b.get(id)?.join() !== colours.join()) return false;
  return true;
}

/** rings in each selecting person's colour, as a box-shadow */
function selectionRing(colours: readonly string[] | undefined): string | undefined {
  return colours?.length ? colours.map((c, i) => `0 0 0 ${3 + i * 3}px ${c}`).join(', ') : undefined;
}
