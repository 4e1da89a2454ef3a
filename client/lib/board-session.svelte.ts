/**
 * One open board in this tab: the Y.Doc, the sync provider (stock y-websocket), the offline copy
 * (y-indexeddb), presence (awareness), the undo manager for this person's own changes, and the
 * reactive views features read. Every local write passes `session.origin`, so undo touches only
 * what this person did, never someone else's edits.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { readFacilitation, readMeta } from '../../shared/board/meta.ts';
import { WRITABLE_ROOTS, canComment, canEdit, canFacilitate, type Facilitation, type Meta, type Role } from '../../shared/schema/index.ts';
import { LiveMap, LiveRecords } from './live-records.svelte.ts';
import { Presence } from './presence.svelte.ts';
import { Navigation } from './navigation.svelte.ts';
import type { Identity } from './identity.ts';

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'reconnecting';

export interface SessionOptions {
  id: string;
  token: string;
  role: Role;
  identity: Identity;
  /** ws(s)://host/sync; defaults to this page's host */
  syncUrl?: string;
  /** server clock minus this browser's, in ms */
  clockOffsetMs?: number;
}

export class BoardSession {
  readonly doc = new Y.Doc();
  /** the origin of every change made in this tab */
  readonly origin = Symbol('local');
  readonly id: string;
  readonly token: string;
  readonly role: Role;
  readonly provider: WebsocketProvider;
  readonly offline: IndexeddbPersistence;
  readonly undoManager: Y.UndoManager;
  readonly presence: Presence;
  readonly nav = new Navigation();

  readonly meta: LiveMap<Meta>;
  readonly facilitation: LiveMap<Facilitation>;
  readonly interventions: LiveRecords<'interventions'>;
  readonly stakeholders: LiveRecords<'stakeholders'>;
  readonly relations: LiveRecords<'relations'>;
  readonly canvas: LiveRecords<'canvas'>;
  readonly comments: LiveRecords<'comments'>;
  readonly votes: LiveRecords<'votes'>;
  readonly rounds: LiveRecords<'rounds'>;

  connection = $state<ConnectionState>('connecting');
  /** true once the board has been read from the server or from this browser's offline copy */
  loaded = $state(false);
  synced = $state(false);
  canUndo = $state(false);
  canRedo = $state(false);
  clockOffsetMs = $state(0);

  #wasOnline = false;
  #cleanup: (() => void)[] = [];

  constructor(options: SessionOptions) {
    this.id = options.id;
    this.token = options.token;
    this.role = options.role;
    this.clockOffsetMs = options.clockOffsetMs ?? 0;
    this.offline = new IndexeddbPersistence(`leverboard:${options.id}`, this.doc);
    this.offline.whenSynced.then(() => { if (this.doc.getMap('meta').size > 0) this.loaded = true; });

    const syncUrl = options.syncUrl ?? `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
    this.provider = new WebsocketProvider(syncUrl, options.id, this.doc, { params: { token: options.token }, maxBackoffTime: 5000 });
    this.provider.on('status', ({ status }: { status: string }) => this.#setConnection(status));
    this.provider.on('sync', (synced: boolean) => {
      this.synced = synced;
      if (synced) this.loaded = true;
    });
    const onOnline = () => this.#setConnection(this.provider.wsconnected ? 'connected' : 'connecting');
    const onOffline = () => { this.connection = 'offline'; };
    addEventListener('online', onOnline);
    addEventListener('offline', onOffline);
    this.#cleanup.push(() => { removeEventListener('online', onOnline); removeEventListener('offline', onOffline); });

    const scope = WRITABLE_ROOTS[options.role].map((root) => this.doc.getMap(root));
    this.undoManager = new Y.UndoManager(scope, { trackedOrigins: new Set([this.origin]), captureTimeout: 400 });
    const onStack = () => {
      this.canUndo = this.undoManager.undoStack.length > 0;
      this.canRedo = this.undoManager.redoStack.length > 0;
    };
    for (const e of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) this.undoManager.on(e, onStack);

    this.presence = new Presence(this.provider.awareness, options.identity);
    this.meta = new LiveMap(this.doc, 'meta', () => readMeta(this.doc));
    this.facilitation = new LiveMap(this.doc, 'facilitation', () => readFacilitation(this.doc));
    this.interventions = new LiveRecords(this.doc, 'interventions');
    this.stakeholders = new LiveRecords(this.doc, 'stakeholders');
    this.relations = new LiveRecords(this.doc, 'relations');
    this.canvas = new LiveRecords(this.doc, 'canvas');
    this.comments = new LiveRecords(this.doc, 'comments');
    this.votes = new LiveRecords(this.doc, 'votes');
    this.rounds = new LiveRecords(this.doc, 'rounds');
  }

  #setConnection(status: string): void {
    if (typeof navigator !== 'undefined' && !navigator.onLine) { this.connection = 'offline'; return; }
    if (status === 'connected') { this.connection = 'online'; this.#wasOnline = true; }
    else this.connection = this.#wasOnline ? 'reconnecting' : 'connecting';
  }

  get canEdit(): boolean { return canEdit(this.role); }
  get canComment(): boolean { return canComment(this.role); }
  get canFacilitate(): boolean { return canFacilitate(this.role); }
  get participantId(): string { return this.presence.self.id; }

  /** the server's clock now, in ms (timers use this, not the browser's clock) */
  serverNow(): number {
    return Date.now() + this.clockOffsetMs;
  }

  undo(): void { this.undoManager.undo(); }
  redo(): void { this.undoManager.redo(); }

  destroy(): void {
    for (const f of this.#cleanup) f();
    for (const live of [this.meta, this.facilitation, this.interventions, this.stakeholders, this.relations, this.canvas, this.comments, this.votes, this.rounds]) live.destroy();
    this.presence.destroy();
    this.undoManager.destroy();
    this.provider.destroy();
    void this.offline.destroy();
    this.doc.destroy();
  }
}
