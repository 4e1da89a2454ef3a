/**
 * Reactive, read-only views of the board document for components. Each wraps a Yjs root with
 * `createSubscriber`, keeps plain copies of records updated incrementally from Yjs events (only
 * the records that changed are re-read), and exposes them behind `.current`. Components never
 * copy Yjs data into deep $state; they read these and write through shared/board functions.
 */
import { createSubscriber } from 'svelte/reactivity';
import * as Y from 'yjs';
import type { RecordRoot, RecordRoots } from '../../shared/schema/index.ts';
import { readRecord, recordRoot } from '../../shared/board/records.ts';

export class LiveRecords<R extends RecordRoot> {
  readonly #byId = new Map<string, RecordRoots[R]>();
  #list: RecordRoots[R][] | null = null;
  readonly #subscribe: () => void;
  #notify: (() => void) | null = null;
  readonly #map: Y.Map<Y.Map<unknown>>;
  readonly #observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      if (event.target === this.#map) {
        for (const key of (event as Y.YMapEvent<unknown>).keysChanged) this.#read(key);
      } else {
        const key = event.path[0];
        if (typeof key === 'string') this.#read(key);
      }
    }
    this.#list = null;
    this.#notify?.();
  };

  constructor(doc: Y.Doc, readonly root: R) {
    this.#map = recordRoot(doc, root);
    for (const key of this.#map.keys()) this.#read(key);
    this.#map.observeDeep(this.#observer);
    this.#subscribe = createSubscriber((update) => {
      this.#notify = update;
      return () => { this.#notify = null; };
    });
  }

  #read(id: string): void {
    const map = this.#map.get(id);
    if (map instanceof Y.Map) this.#byId.set(id, readRecord(this.root, map));
    else this.#byId.delete(id);
  }

  /** every record, in insertion order */
  get current(): RecordRoots[R][] {
    this.#subscribe();
    this.#list ??= [...this.#byId.values()];
    return this.#list;
  }

  get(id: string | null | undefined): RecordRoots[R] | undefined {
    this.#subscribe();
    return id ? this.#byId.get(id) : undefined;
  }

  get size(): number {
    this.#subscribe();
    return this.#byId.size;
  }

  destroy(): void {
    this.#map.unobserveDeep(this.#observer);
  }
}

/** A single-map root (meta, facilitation) as a reactive plain object. */
export class LiveMap<T extends object> {
  #value: T;
  readonly #subscribe: () => void;
  readonly #map: Y.Map<unknown>;
  #notify: (() => void) | null = null;
  readonly #observer = () => { this.#value = this.read(); this.#notify?.(); };

  constructor(doc: Y.Doc, name: string, private readonly read: () => T) {
    this.#map = doc.getMap(name);
    this.#value = read();
    this.#map.observe(this.#observer);
    this.#subscribe = createSubscriber((update) => {
      this.#notify = update;
      return () => { this.#notify = null; };
    });
  }

  get current(): T {
    this.#subscribe();
    return this.#value;
  }

  destroy(): void {
    this.#map.unobserve(this.#observer);
  }
}
