/**
 * Follow mode: this browser's view tracks another person's (their view, its tab, and where they
 * are in it — the viewport of a pan/zoom view or the scroll of a table or the matrix — through
 * nav.jump) until this person moves by themselves — a click, wheel or navigation key in the board
 * stops it. The followed person is published as presence `following`.
 */
import type { BoardSession } from '../lib/board-session.svelte.ts';
import { VIEWS, type ViewName } from '../lib/navigation.svelte.ts';
import type { Scroll } from '../lib/presence.svelte.ts';

const MOVE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

export function isView(v: unknown): v is ViewName {
  return typeof v === 'string' && (VIEWS as readonly string[]).includes(v);
}

function isScroll(s: unknown): s is Scroll {
  const fraction = (n: unknown) => typeof n === 'number' && n >= 0 && n <= 1;
  return typeof s === 'object' && s !== null && fraction((s as Scroll).x) && fraction((s as Scroll).y);
}

export class FollowMode {
  target = $state<number | null>(null);
  #lastKey = '';

  constructor(private readonly session: BoardSession) {}

  start(clientId: number): void {
    this.target = clientId;
    this.#lastKey = '';
    this.session.presence.set('following', clientId);
  }

  stop(): void {
    if (this.target === null) return;
    this.target = null;
    this.session.presence.set('following', null);
  }

  /** Apply the followed person's place; call from an effect that reads presence. */
  track(): void {
    if (this.target === null) return;
    const peer = this.session.presence.peers.find((p) => p.clientId === this.target);
    if (!peer) { this.stop(); return; }
    if (!isView(peer.view)) return;
    const viewport = peer.viewport && Number.isFinite(peer.viewport.x) && Number.isFinite(peer.viewport.zoom) ? peer.viewport : null;
    const scroll = isScroll(peer.scroll) ? peer.scroll : null;
    const subview = typeof peer.subview === 'string' && peer.subview.length <= 40 ? peer.subview : undefined;
    const key = JSON.stringify([peer.view, subview, viewport, scroll]);
    if (key === this.#lastKey) return;
    this.#lastKey = key;
    this.session.nav.jump(peer.view, viewport, subview, scroll);
  }

  /** Stop following when this person moves by themselves; returns the cleanup. */
  listen(ignore: () => HTMLElement | undefined): () => void {
    // moving = acting on the view itself or its tabs (not the header, bar or comments panel)
    const inBoard = (e: Event) => {
      const t = e.target as Element | null;
      if (!t || typeof t.closest !== 'function' || ignore()?.contains(t)) return false;
      return t.closest('#main-content, nav') !== null;
    };
    const onPointer = (e: PointerEvent) => { if (this.target !== null && inBoard(e)) this.stop(); };
    const onWheel = (e: WheelEvent) => { if (this.target !== null && inBoard(e)) this.stop(); };
    const onKey = (e: KeyboardEvent) => {
      if (this.target === null || !inBoard(e)) return;
      if (MOVE_KEYS.has(e.key) || e.key === 'Tab') this.stop();
    };
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('wheel', onWheel, { capture: true, passive: true });
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('wheel', onWheel, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }
}
