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
import { loadBallotSecret, type Identity } from './identity.ts';
import { ballotId } from '../../shared/facilitation/ballot.ts';

const UNREACHABLE_AFTER_ATTEMPTS = 3;
/** changes this close together are one step of the undo history (typing a word, nudging a card) */
const CAPTURE_MS = 400;

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
  readonly role: Role;
  readonly provider: WebsocketProvider;
  readonly offline: IndexeddbPersistence;
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
  /**
   * This person's private notes (made in private mode): a document of its own, kept in this
   * browser and never connected, so neither the server nor anyone else has them until private
   * mode ends and they are published onto the board (shared/board/facilitation.ts publishDrafts).
   */
  readonly drafts = new Y.Doc();
  readonly draftItems: LiveRecords<'canvas'>;
  readonly #draftsStore: IndexeddbPersistence;
  /** true once the drafts kept in this browser have been read */
  draftsLoaded = $state(false);

  connection = $state<ConnectionState>('connecting');
  /** true once the board has been read from the server or from this browser's offline copy */
  loaded = $state(false);
  synced = $state(false);
  #caughtUp = false;
  canUndo = $state(false);
  canRedo = $state(false);
  clockOffsetMs = $state(0);

  #token = $state('');
  #wasOnline = false;
  #browserOffline = false;
  #cleanup: (() => void)[] = [];
  #ballotSecret: string | undefined;
  /** this tab's own changes, to undo: on the board, and on its private notes (steps: `separateStep`, `holdStep`) */
  readonly #boardUndo: Y.UndoManager;
  readonly #draftsUndo: Y.UndoManager;
  #stepHeld = false;
  #undoOrder: Y.UndoManager[] = [];
  #redoOrder: Y.UndoManager[] = [];

  constructor(options: SessionOptions) {
    this.id = options.id;
    this.#token = options.token;
    this.role = options.role;
    this.clockOffsetMs = options.clockOffsetMs ?? 0;
    this.offline = new IndexeddbPersistence(`leverboard:${options.id}`, this.doc);
    this.#draftsStore = new IndexeddbPersistence(`leverboard:${options.id}:drafts`, this.drafts);
    this.#draftsStore.whenSynced.then(() => { this.draftsLoaded = true; });
    this.offline.whenSynced.then(() => { if (this.doc.getMap('meta').size > 0) this.loaded = true; });

    const syncUrl = options.syncUrl ?? `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
    this.provider = new WebsocketProvider(syncUrl, options.id, this.doc, { params: { token: options.token }, maxBackoffTime: 5000 });
    this.provider.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') this.presence?.announce();
      this.#refreshConnection();
    });
    this.provider.on('sync', (synced: boolean) => {
      this.synced = synced;
      if (synced) this.loaded = true;
    });
    // When the browser says the network is gone, stop the socket rather than wait for it to time
    // out: edits go on into the doc and the offline copy, and merge when the network returns.
    const onOnline = () => {
      this.#browserOffline = false;
      this.provider.connect();
      this.#refreshConnection();
    };
    const onOffline = () => {
      this.#browserOffline = true;
      this.provider.disconnect();
      this.#refreshConnection();
    };
    addEventListener('online', onOnline);
    addEventListener('offline', onOffline);
    this.#cleanup.push(() => { removeEventListener('online', onOnline); removeEventListener('offline', onOffline); });

    const scope = WRITABLE_ROOTS[options.role].map((root) => this.doc.getMap(root));
    this.#boardUndo = new Y.UndoManager(scope, { doc: this.doc, trackedOrigins: new Set([this.origin]), captureTimeout: CAPTURE_MS });
    this.#draftsUndo = new Y.UndoManager(this.drafts.getMap('canvas'), { doc: this.drafts, trackedOrigins: new Set([this.origin]), captureTimeout: CAPTURE_MS });
    // One history over two documents (the board and this person's private notes): remember which
    // of the two each step went to, so Ctrl+Z undoes the latest step wherever it was.
    for (const manager of [this.#boardUndo, this.#draftsUndo]) {
      manager.on('stack-item-added', ({ type }: { type: 'undo' | 'redo' }) => {
        if (type === 'redo') this.#redoOrder.push(manager);
        else {
          this.#undoOrder.push(manager);
          if (!manager.redoing) this.#redoOrder = this.#redoOrder.filter((m) => m !== manager);
        }
      });
      for (const e of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) manager.on(e, () => this.#refreshUndo());
    }

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
    this.draftItems = new LiveRecords(this.drafts, 'canvas');
  }

  /**
   * True from the moment this tab first had the server's board (or, offline, its own copy) on:
   * a change seen after that happened while the person was here, so it is worth announcing; the
   * state the page opened on, arriving from the server a moment after the page, is not.
   */
  get caughtUp(): boolean {
    if (!this.#caughtUp && (this.synced || (this.loaded && this.connection === 'offline'))) this.#caughtUp = true;
    return this.#caughtUp;
  }

  /** the document a canvas item lives in: this person's drafts or the board */
  docOf(canvasItemId: string): Y.Doc {
    return this.isDraft(canvasItemId) ? this.drafts : this.doc;
  }

  isDraft(canvasItemId: string): boolean {
    return this.draftItems.get(canvasItemId) !== undefined;
  }

  // A few failed attempts in a row mean the server cannot be reached: that is "offline" for the
  // person at the board (their changes are kept either way); the first retries are "reconnecting".
  #refreshConnection(): void {
    if (this.#browserOffline || (typeof navigator !== 'undefined' && !navigator.onLine)) this.connection = 'offline';
    else if (this.provider.wsconnected) { this.connection = 'online'; this.#wasOnline = true; }
    else if (this.provider.wsUnsuccessfulReconnects >= UNREACHABLE_AFTER_ATTEMPTS) this.connection = 'offline';
    else this.connection = this.#wasOnline ? 'reconnecting' : 'connecting';
  }

  /** the link token this tab uses (changes when the facilitator replaces their own link) */
  get token(): string { return this.#token; }

  /** Go on with a new token for the same role (after this person replaced their own link). */
  replaceToken(token: string): void {
    this.#token = token;
    this.provider.params = { ...this.provider.params, token };
    this.provider.disconnect();
    if (!this.#browserOffline) this.provider.connect();
  }

  get canEdit(): boolean { return canEdit(this.role); }
  get canComment(): boolean { return canComment(this.role); }
  get canFacilitate(): boolean { return canFacilitate(this.role); }
  get participantId(): string { return this.presence.self.id; }

  /** this browser's anonymous ballot id in a voting round (votes carry this, not the participant id) */
  ballotOf(roundId: string): string {
    this.#ballotSecret ??= loadBallotSecret();
    return ballotId(this.#ballotSecret, roundId);
  }

  /** the server's clock now, in ms (timers use this, not the browser's clock) */
  serverNow(): number {
    return Date.now() + this.clockOffsetMs;
  }

  /** What changes next is a step of its own in the history, not merged with typing or moves just before. */
  separateStep(): void {
    this.#boardUndo.stopCapturing();
    this.#draftsUndo.stopCapturing();
  }

  /**
   * Everything from now until `releaseStep` is one step of the history (of the board's and of the
   * private notes' alike), however long it pauses on the way: a drag, as one undo brings it back.
   */
  holdStep(): void {
    if (this.#stepHeld) return;
    this.#stepHeld = true;
    this.separateStep();
    this.#boardUndo.captureTimeout = this.#draftsUndo.captureTimeout = Infinity;
  }

  releaseStep(): void {
    if (!this.#stepHeld) return;
    this.#stepHeld = false;
    this.#boardUndo.captureTimeout = this.#draftsUndo.captureTimeout = CAPTURE_MS;
    this.separateStep();
  }

  undo(): void { this.#step(this.#undoOrder, (m) => m.undoStack.length > 0, (m) => m.undo()); }
  redo(): void { this.#step(this.#redoOrder, (m) => m.redoStack.length > 0, (m) => m.redo()); }

  #step(order: Y.UndoManager[], has: (m: Y.UndoManager) => boolean, act: (m: Y.UndoManager) => void): void {
    while (order.length > 0) {
      const manager = order.pop()!;
      if (has(manager)) { act(manager); return; }
    }
    // the order lost track (a history cleared elsewhere): fall back to whichever has a step
    const manager = [this.#boardUndo, this.#draftsUndo].find(has);
    if (manager) act(manager);
  }

  #refreshUndo(): void {
    this.canUndo = this.#boardUndo.undoStack.length > 0 || this.#draftsUndo.undoStack.length > 0;
    this.canRedo = this.#boardUndo.redoStack.length > 0 || this.#draftsUndo.redoStack.length > 0;
  }

  destroy(): void {
    for (const f of this.#cleanup) f();
    for (const live of [this.meta, this.facilitation, this.interventions, this.stakeholders, this.relations, this.canvas, this.comments, this.votes, this.rounds, this.draftItems]) live.destroy();
    this.presence.destroy();
    this.#boardUndo.destroy();
    this.#draftsUndo.destroy();
    this.provider.destroy();
    void this.offline.destroy();
    void this.#draftsStore.destroy();
    this.doc.destroy();
    this.drafts.destroy();
  }
}
