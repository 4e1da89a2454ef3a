/**
 * One live board: its Y.Doc, its awareness and the connections that share it. The room applies
 * what each role may send, broadcasts accepted changes to every other connection, appends them to
 * the store and publishes them to other server processes. It knows nothing of ws, Hono or any
 * database: sockets come in as `Connection`, storage and fan-out as interfaces.
 */
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type { Role } from '../../shared/schema/index.ts';
import { migrateDoc } from '../../shared/board/index.ts';
import type { BoardStore } from '../persistence/store.ts';
import type { PubSub, PubSubMessage } from '../pubsub/pubsub.ts';
import type { Connection, Participant } from './connection.ts';
import {
  type AwarenessEntry, decodeAwarenessEntries, decodeMessage, encodeAwareness, encodeAwarenessEntries, encodePermissionDenied,
  encodeSyncStep1, encodeSyncStep2, encodeUpdate,
} from './protocol.ts';
import { guardPolicy, guardUpdate } from './update-guard.ts';

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
  /**
   * most bytes of changes that may wait for structs that have not arrived (32 MiB by default): past
   * it they are dropped and the connection whose change went over is closed
   */
  maxPendingBytes?: number;
  events?: RoomEvents;
}

export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  private readonly participants = new Map<Connection, Participant>();
  /**
   * Presence a connection announced for a client id another connection still holds: a tab that
   * reconnected before its old socket was noticed as gone. The old socket is probed; when it
   * goes, the claim takes the id over. A live owner keeps its id.
   */
  private readonly claims = new Map<number, { participant: Participant; entry: AwarenessEntry }>();
  /** writes (appends, publishes, board info) not yet settled, and who waits for there to be none */
  private pendingWrites = 0;
  private readonly writesSettled: Array<() => void> = [];
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
    room.awareness.on('update', room.onAwarenessUpdate);
    room.doc.getMap('meta').observe((event) => {
      if (event.transaction.origin === REMOTE) return;
      if (!event.keysChanged.has('title') && !event.keysChanged.has('city')) return;
      const meta = room.doc.getMap('meta');
      room.track(options.store.updateBoardInfo(id, { title: String(meta.get('title') ?? ''), city: String(meta.get('city') ?? '') }));
    });
    loaded = true;
    for (const m of early) room.onRemote(m);
    room.changeAsServer(migrateDoc);
    return room;
  }

  get size(): number {
    return this.participants.size;
  }

  roleOf(connection: Connection): Role | undefined {
    return this.participants.get(connection)?.role;
  }

  join(connection: Connection, role: Role): void {
    this.participants.set(connection, { connection, role, policy: guardPolicy(role), clientId: null });
    this.send(connection, encodeSyncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) this.send(connection, encodeAwareness(encodeAwarenessUpdate(this.awareness, states)));
  }

  leave(connection: Connection): void {
    const p = this.participants.get(connection);
    if (!p) return;
    this.participants.delete(connection);
    for (const [id, claim] of this.claims) if (claim.participant === p) this.claims.delete(id);
    const id = p.clientId;
    if (id === null) return;
    if (this.awareness.getStates().has(id)) removeAwarenessStates(this.awareness, [id], connection);
    const claim = this.claims.get(id);
    this.claims.delete(id);
    if (claim && claim.participant.clientId === null && claim.entry.clock > this.clockOf(id)) {
      claim.participant.clientId = id;
      applyAwarenessUpdate(this.awareness, encodeAwarenessEntries([claim.entry]), claim.participant.connection);
    }
  }

  private clockOf(clientId: number): number {
    return this.awareness.meta.get(clientId)?.clock ?? -1;
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
        this.applyClientUpdate(p, message.update, null);
        break;
      case 'update':
        this.applyClientUpdate(p, message.update, message.message);
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

  /** `message`: the update as the client framed it, which can be passed on unchanged if it all is accepted */
  private applyClientUpdate(p: Participant, update: Uint8Array, message: Uint8Array | null): void {
    let verdict;
    try {
      verdict = guardUpdate(this.doc, update, p.policy);
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
      this.applyAndPassOn(verdict.update, p.connection, verdict.fresh, verdict.update === update ? message : null);
    } catch {
      p.connection.close(1003, 'malformed update');
      return;
    }
    if (this.dropOverflowingPending()) p.connection.close(1008, 'changes waiting for ones that never came');
  }

  /**
   * Yjs keeps a change that needs a struct the document does not hold yet, and merges every later
   * such change into it, for as long as the struct does not come. A client that reconnects may send
   * an edit just before the older ones it builds on, which then arrive at once; a socket that sends
   * such changes on purpose would grow the server's memory without end. Past the bound, what waits
   * is dropped (true).
   */
  private dropOverflowingPending(): boolean {
    const store = this.doc.store;
    const bytes = (store.pendingStructs?.update.byteLength ?? 0) + (store.pendingDs?.byteLength ?? 0);
    if (bytes <= (this.options.maxPendingBytes ?? 32 * 1024 * 1024)) return false;
    store.pendingStructs = null;
    store.pendingDs = null;
    this.options.events?.error?.(this.id, new Error(`dropped ${bytes} bytes of changes waiting for structs that never came`));
    return true;
  }

  /**
   * Apply an update from outside (a client's, or another process's) and pass on what the document
   * took from it. An update that is all new is passed on as it came: asking Yjs to encode the
   * transaction again (its 'update' event) costs a fifth of the whole apply. Otherwise (parts the
   * document holds already, as a reconnecting client's sync step 2 has, or structs waiting for ones
   * that have not arrived) Yjs's encoding leaves out what was known and adds what stopped waiting.
   */
  private applyAndPassOn(update: Uint8Array, origin: unknown, fresh: boolean, message: Uint8Array | null = null): void {
    const store = this.doc.store;
    if (!fresh || store.pendingStructs !== null || store.pendingDs !== null) {
      this.withUpdateEvents(() => Y.applyUpdate(this.doc, update, origin));
      return;
    }
    let transaction: Y.Transaction | undefined;
    try {
      Y.transact(this.doc, (t) => {
        transaction = t;
        Y.applyUpdate(this.doc, update, origin);
      }, origin, false);
    } catch (e) {
      // an update Yjs gave up on halfway: what it took until then still goes to everyone and the store
      if (transaction && changedBy(transaction)) this.passOn(Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(transaction.beforeState)), origin);
      throw e;
    }
    // what waits for a missing struct is passed on when it stops waiting, by the branch above
    if (changedBy(transaction!)) this.passOn(update, origin, message ?? encodeUpdate(update));
  }

  /** Run `change` as the server (an import, a migration): stored and broadcast as a client's change. */
  changeAsServer<T>(change: (doc: Y.Doc, origin: unknown) => T): T {
    return this.withUpdateEvents(() => change(this.doc, SERVER));
  }

  /** Run `write` with Yjs encoding each transaction's changes, which are then passed on. */
  private withUpdateEvents<T>(write: () => T): T {
    this.doc.on('update', this.onUpdateEvent);
    try {
      return write();
    } finally {
      this.doc.off('update', this.onUpdateEvent);
    }
  }

  private readonly onUpdateEvent = (update: Uint8Array, origin: unknown): void => this.passOn(update, origin);

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
      if (p.clientId !== null) return e.clientId === p.clientId;
      // The first state a connection announces names the client it speaks for. Removals and
      // states the server already has (echoes of what it sent) claim nothing.
      if (e.state === 'null' || e.clock <= this.clockOf(e.clientId)) return false;
      const owner = [...this.participants.values()].find((other) => other.clientId === e.clientId);
      if (owner) {
        this.claims.set(e.clientId, { participant: p, entry: e });
        owner.connection.probe();
        return false;
      }
      p.clientId = e.clientId;
      return true;
    });
    if (allowed.length === 0) return;
    // the common case, a client's own cursor: the update as received, without encoding it again
    const checked = allowed.length === entries.length ? update : encodeAwarenessEntries(allowed);
    applyAwarenessUpdate(this.awareness, checked, p.connection);
  }

  /** Broadcast an accepted change (`message` frames it); one of this process's is also stored, then published. */
  private passOn(update: Uint8Array, origin: unknown, message = encodeUpdate(update)): void {
    for (const c of this.participants.keys()) if (c !== origin) this.send(c, message);
    if (origin === REMOTE) return;
    this.options.events?.accepted?.(this.id, update.byteLength);
    this.logBytes += update.byteLength;
    // other processes hear of an update only once it is stored
    this.track(this.options.store.appendUpdate(this.id, update).then(() => this.stored(update)));
  }

  private stored(update: Uint8Array): Promise<void> {
    if (this.logBytes > this.options.compactBytes) void this.compact();
    return this.options.pubsub.publish({ kind: 'update', board: this.id, data: update });
  }

  private onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    const update = encodeAwarenessUpdate(this.awareness, changed);
    const message = encodeAwareness(update);
    // The sender hears its own presence back, as from y-websocket's server: the stock provider
    // reconnects after 30 s without a message, and someone alone on a board hears nothing else.
    for (const c of this.participants.keys()) this.send(c, message);
    if (origin !== REMOTE) this.track(this.options.pubsub.publish({ kind: 'awareness', board: this.id, data: update }));
  };

  private onRemote(message: PubSubMessage): void {
    if (this.destroyed) return;
    try {
      if (message.kind === 'update') {
        // taken as all new: another process publishes only what its document took, which this one
        // holds already only if a client sent it here too (just before reconnecting there); local
        // clients then get that known part once more, and Yjs skips it
        this.applyAndPassOn(message.data, REMOTE, true);
        this.dropOverflowingPending();
      }
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

  /**
   * Count a write until it settles; a failure is reported, never thrown. A counter and two bound
   * handlers: a set of promises, and a closure and a promise more per write, cost each accepted
   * update 0.4 KB more heap (bench:room, 19.3 → 18.9 KB).
   */
  private track(p: Promise<unknown>): void {
    this.pendingWrites++;
    p.then(this.writeSettled, this.writeFailed);
  }

  private readonly writeSettled = (): void => {
    if (--this.pendingWrites === 0) for (const wake of this.writesSettled.splice(0)) wake();
  };

  private readonly writeFailed = (e: unknown): void => {
    this.options.events?.error?.(this.id, e);
    this.writeSettled();
  };

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
    // a write tracked between the wake-up and this continuation is waited for too
    while (this.pendingWrites > 0) await new Promise<void>((resolve) => this.writesSettled.push(resolve));
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

/** The transaction changed the document: new structs, or new deletions (what Yjs's 'update' event checks). */
function changedBy(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) if (transaction.beforeState.get(client) !== clock) return true;
  return false;
}

/** Merge updates through a document so deleted content is garbage-collected from the snapshot. */
function mergeCollectingGarbage(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  Y.transact(doc, () => { for (const u of updates) Y.applyUpdate(doc, u); });
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return merged;
}
