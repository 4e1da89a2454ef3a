/**
 * One live board: its Y.Doc, its awareness and the connections that share it. The room applies
 * what each role may send, broadcasts accepted changes to every other connection, appends them to
 * the store and publishes them to other server processes. It knows nothing of ws, Hono or any
 * database: sockets come in as `Connection`, storage and fan-out as interfaces.
 */
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { canWriteRoot, ROOT_NAMES, type Role } from '../../shared/schema/index.ts';

const isRoot = (name: string) => (ROOT_NAMES as readonly string[]).includes(name);
import { migrateDoc } from '../../shared/board/index.ts';
import type { BoardStore } from '../persistence/store.ts';
import type { PubSub, PubSubMessage } from '../pubsub/pubsub.ts';
import type { Connection, Participant } from './connection.ts';
import {
  decodeAwarenessEntries, decodeMessage, encodeAwareness, encodeAwarenessEntries, encodePermissionDenied,
  encodeSyncStep1, encodeSyncStep2, encodeUpdate,
} from './protocol.ts';
import { guardUpdate } from './update-guard.ts';

/** Changes that arrived from another server process: already stored and published there. */
export const REMOTE = Symbol('remote');
/** Changes the server makes itself (imports, migrations): stored and broadcast like a client's. */
export const SERVER = Symbol('server');
const LOADING = Symbol('loading');

export interface RoomEvents {
  accepted?(board: string, bytes: number): void;
  rejected?(board: string, role: Role, reason: string): void;
  error?(board: string, error: unknown): void;
}

export interface RoomOptions {
  store: BoardStore;
  pubsub: PubSub;
  /** compact the stored log into a snapshot once it grows past this many bytes */
  compactBytes: number;
  /** close a connection whose unsent data exceeds this many bytes (a stuck consumer) */
  maxBufferedBytes: number;
  /** largest awareness state (JSON) one client may publish */
  maxAwarenessStateBytes: number;
  events?: RoomEvents;
}

export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  private readonly participants = new Map<Connection, Participant>();
  private readonly pendingWrites = new Set<Promise<unknown>>();
  private logBytes = 0;
  private compacting: Promise<void> | null = null;
  private destroyed = false;

  private constructor(readonly id: string, private readonly options: RoomOptions) {
    this.awareness.setLocalState(null); // the server has no presence of its own
  }

  /** Load a board from the store; remote changes arriving meanwhile are applied after it. */
  static async load(id: string, options: RoomOptions): Promise<Room> {
    const room = new Room(id, options);
    const early: PubSubMessage[] = [];
    let loaded = false;
    await options.pubsub.subscribe(id, (m) => (loaded ? room.onRemote(m) : early.push(m)));
    try {
      const stored = await options.store.loadDoc(id);
      Y.transact(room.doc, () => {
        for (const update of stored.updates) Y.applyUpdate(room.doc, update, LOADING);
      }, LOADING);
      room.logBytes = stored.logBytes;
    } catch (e) {
      await options.pubsub.unsubscribe(id);
      throw e;
    }
    room.doc.on('update', room.onDocUpdate);
    room.awareness.on('update', room.onAwarenessUpdate);
    room.doc.getMap('meta').observe((event) => {
      if (event.transaction.origin === REMOTE) return;
      if (!event.keysChanged.has('title') && !event.keysChanged.has('city')) return;
      const meta = room.doc.getMap('meta');
      room.track(options.store.updateBoardInfo(id, { title: String(meta.get('title') ?? ''), city: String(meta.get('city') ?? '') }));
    });
    loaded = true;
    for (const m of early) room.onRemote(m);
    migrateDoc(room.doc, SERVER);
    return room;
  }

  get size(): number {
    return this.participants.size;
  }

  roleOf(connection: Connection): Role | undefined {
    return this.participants.get(connection)?.role;
  }

  join(connection: Connection, role: Role): void {
    this.participants.set(connection, { connection, role, clientIds: new Set() });
    this.send(connection, encodeSyncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) this.send(connection, encodeAwareness(encodeAwarenessUpdate(this.awareness, states)));
  }

  leave(connection: Connection): void {
    const p = this.participants.get(connection);
    if (!p) return;
    this.participants.delete(connection);
    const owned = [...p.clientIds].filter((id) => this.awareness.getStates().has(id));
    if (owned.length > 0) removeAwarenessStates(this.awareness, owned, connection);
  }

  /** Handle one message from a connection. Malformed input closes that connection. */
  receive(connection: Connection, data: Uint8Array): void {
    const p = this.participants.get(connection);
    if (!p || this.destroyed) return;
    let message;
    try {
      message = decodeMessage(data);
    } catch {
      connection.close(1003, 'malformed message');
      return;
    }
    switch (message.type) {
      case 'sync-step-1':
        this.send(connection, encodeSyncStep2(this.doc, message.stateVector));
        break;
      case 'sync-step-2':
      case 'update':
        this.applyClientUpdate(p, message.update);
        break;
      case 'awareness':
        this.applyClientAwareness(p, message.update);
        break;
      case 'query-awareness':
        this.send(connection, encodeAwareness(encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])));
        break;
      case 'ignored':
        break;
    }
  }

  private applyClientUpdate(p: Participant, update: Uint8Array): void {
    let verdict;
    try {
      verdict = guardUpdate(this.doc, update, (root) => isRoot(root) && canWriteRoot(p.role, root), p.role !== 'facilitator' && p.role !== 'editor');
    } catch {
      p.connection.close(1003, 'malformed update');
      return;
    }
    if (verdict.refused !== null) {
      const reason = p.role === 'viewer' ? 'viewers cannot change the board' : `${p.role}: ${verdict.refused}`;
      this.options.events?.rejected?.(this.id, p.role, reason);
      this.send(p.connection, encodePermissionDenied(reason));
    }
    try {
      Y.applyUpdate(this.doc, verdict.update, p.connection);
    } catch {
      p.connection.close(1003, 'malformed update');
    }
  }

  private applyClientAwareness(p: Participant, update: Uint8Array): void {
    let entries;
    try {
      entries = decodeAwarenessEntries(update);
    } catch {
      p.connection.close(1003, 'malformed awareness');
      return;
    }
    const allowed = entries.filter((e) => {
      if (e.state.length > this.options.maxAwarenessStateBytes) return false;
      if (p.clientIds.has(e.clientId)) return true;
      for (const other of this.participants.values()) if (other.clientIds.has(e.clientId)) return false;
      if (p.clientIds.size >= 4) return false; // one tab has one id; a few reconnects at most
      p.clientIds.add(e.clientId);
      return true;
    });
    if (allowed.length > 0) applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(allowed), p.connection);
  }

  private onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    const message = encodeUpdate(update);
    for (const c of this.participants.keys()) if (c !== origin) this.send(c, message);
    if (origin === REMOTE) return;
    this.options.events?.accepted?.(this.id, update.byteLength);
    this.logBytes += update.byteLength;
    const { store, pubsub } = this.options;
    this.track(
      store.appendUpdate(this.id, update)
        .then(() => pubsub.publish({ kind: 'update', board: this.id, data: update }))
        .then(() => { if (this.logBytes > this.options.compactBytes) void this.compact(); }),
    );
  };

  private onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    const update = encodeAwarenessUpdate(this.awareness, changed);
    const message = encodeAwareness(update);
    for (const c of this.participants.keys()) if (c !== origin) this.send(c, message);
    if (origin !== REMOTE) this.track(this.options.pubsub.publish({ kind: 'awareness', board: this.id, data: update }));
  };

  private onRemote(message: PubSubMessage): void {
    if (this.destroyed) return;
    try {
      if (message.kind === 'update') Y.applyUpdate(this.doc, message.data, REMOTE);
      else if (message.kind === 'awareness') applyAwarenessUpdate(this.awareness, message.data, REMOTE);
      else this.closeConnections(message.role as Role | null, 'access changed');
    } catch (e) {
      this.options.events?.error?.(this.id, e);
    }
  }

  /** Close connections of one role (a rotated token) or all of them (a deleted board). */
  closeConnections(role: Role | null, reason: string): void {
    for (const p of [...this.participants.values()]) {
      if (role === null || p.role === role) p.connection.close(4001, reason);
    }
  }

  private send(connection: Connection, message: Uint8Array): void {
    if (connection.bufferedAmount > this.options.maxBufferedBytes) {
      connection.close(1013, 'too far behind');
      return;
    }
    try {
      connection.send(message);
    } catch {
      connection.close(1011, 'send failed');
    }
  }

  private track(p: Promise<unknown>): void {
    const tracked = p.catch((e) => this.options.events?.error?.(this.id, e)).finally(() => this.pendingWrites.delete(tracked));
    this.pendingWrites.add(tracked);
  }

  /** Merge the stored log into one snapshot (one compaction at a time). */
  compact(): Promise<void> {
    if (!this.compacting) {
      this.logBytes = 0;
      this.compacting = this.options.store
        .compact(this.id, mergeCollectingGarbage)
        .catch((e) => this.options.events?.error?.(this.id, e))
        .finally(() => { this.compacting = null; });
    }
    return this.compacting;
  }

  /** Wait until every accepted change is stored. */
  async flush(): Promise<void> {
    while (this.pendingWrites.size > 0) await Promise.all([...this.pendingWrites]);
    if (this.compacting) await this.compacting;
  }

  /** Store everything, compact, and let go of the document. */
  async unload(): Promise<void> {
    await this.flush();
    await this.compact();
    this.destroy();
    await this.options.pubsub.unsubscribe(this.id);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** Merge updates through a document so deleted content is garbage-collected from the snapshot. */
function mergeCollectingGarbage(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  Y.transact(doc, () => { for (const u of updates) Y.applyUpdate(doc, u); });
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return merged;
}
