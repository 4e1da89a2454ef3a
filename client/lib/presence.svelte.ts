/**
 * Presence over y-protocols awareness: `user: {name, color}` as the stock client expects, plus
 * the participant id, the view someone is on, their cursor (in that view's coordinates), their
 * selection, their viewport and whom they follow.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { Awareness } from 'y-protocols/awareness';
import type { Identity } from './identity.ts';

export interface Viewport { x: number; y: number; zoom: number }
export interface PeerState {
  user: { name: string; color: string; id: string };
  view?: string;
  cursor?: { x: number; y: number } | null;
  selection?: string[];
  viewport?: Viewport | null;
  following?: number | null;
}
export interface Peer extends PeerState { clientId: number }

export class Presence {
  readonly #subscribe: () => void;
  #peers: Peer[] = [];
  #self: Identity;
  readonly #onChange = () => { this.#peers = this.#read(); this.#notify?.(); };
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
    this.#subscribe();
    return this.#self;
  }

  get clientId(): number {
    return this.awareness.clientID;
  }

  setIdentity(identity: Identity): void {
    this.#self = identity;
    this.awareness.setLocalStateField('user', { name: identity.name || '…', color: identity.color, id: identity.id });
    this.#notify?.();
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
