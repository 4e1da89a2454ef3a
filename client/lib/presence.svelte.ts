/**
 * Presence over y-protocols awareness: `user: {name, color}` as the stock client expects, plus
 * the participant id, the view someone is on, their cursor (in that view's coordinates), their
 * selection, their viewport and whom they follow.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { Awareness } from 'y-protocols/awareness';
import type { Identity } from './identity.ts';

/** a pan/zoom view's place, and the size (CSS px) of the pane it was seen in, so others can fit it to theirs */
export interface Viewport { x: number; y: number; zoom: number; width?: number; height?: number }
/** how far a scrolling view is scrolled, as fractions (0–1) of its scrollable width and height */
export interface Scroll { x: number; y: number }
export interface PeerState {
  user: { name: string; color: string; id: string };
  view?: string;
  /** the tab inside the view (matrix, table, network…) */
  subview?: string;
  scroll?: Scroll | null;
  /** how many private notes this person has in private mode (their text stays in their browser) */
  drafts?: number;
  cursor?: { x: number; y: number } | null;
  selection?: string[];
  viewport?: Viewport | null;
  following?: number | null;
}
export interface Peer extends PeerState { clientId: number }

export class Presence {
  readonly #subscribe: () => void;
  #peers: Peer[] = [];
  // reactive on its own: this person's cursor moving must not wake everything that reads `self`
  #self = $state.raw<Identity>() as Identity;
  // Only others' changes concern readers of `peers`: this person's own cursor, selection and
  // viewport change on every pointer move, and waking every reader for them would re-render
  // whole views (a 2,000-item canvas) on each frame.
  readonly #onChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    const own = this.awareness.clientID;
    if (![...added, ...updated, ...removed].some((id) => id !== own)) return;
    this.#peers = this.#read();
    this.#notify?.();
  };
  #notify: (() => void) | null = null;

  constructor(readonly awareness: Awareness, identity: Identity) {
    this.#self = identity;
    awareness.setLocalStateField('user', { name: identity.name || '…', color: identity.color, id: identity.id });
    awareness.on('change', this.#onChange);
    this.#subscribe = createSubscriber((update) => {
      this.#notify = update;
      return () => { this.#notify = null; };
    });
    this.#peers = this.#read();
  }

  #read(): Peer[] {
    const out: Peer[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      const s = state as Partial<PeerState>;
      if (clientId === this.awareness.clientID || !s.user || typeof s.user.name !== 'string') continue;
      out.push({ ...(s as PeerState), clientId });
    }
    return out;
  }

  /** everyone else here now */
  get peers(): Peer[] {
    this.#subscribe();
    return this.#peers;
  }

  /** this person (reactive: changes when they rename themselves) */
  get self(): Identity {
    return this.#self;
  }

  get clientId(): number {
    return this.awareness.clientID;
  }

  setIdentity(identity: Identity): void {
    this.#self = identity;
    this.awareness.setLocalStateField('user', { name: identity.name || '…', color: identity.color, id: identity.id });
  }

  /**
   * Announce this person again with a newer clock. After a reconnect the server has told everyone
   * this client left (with a bumped clock), so re-sending the old state would be ignored until
   * the periodic renewal, and the person would look absent for up to 15 seconds.
   */
  announce(): void {
    const state = this.awareness.getLocalState();
    if (state) this.awareness.setLocalState({ ...state });
  }

  set<K extends keyof PeerState>(field: K, value: PeerState[K]): void {
    this.awareness.setLocalStateField(field, value);
  }

  destroy(): void {
    this.awareness.off('change', this.#onChange);
  }
}
