/**
 * The live rooms of this process. A room loads on the first connection (once, however many
 * clients arrive together), stays while anyone is connected, and is flushed, compacted and
 * unloaded when the last one leaves. A connection arriving while its room unloads waits for the
 * unload and then loads the room afresh.
 */
import type * as Y from 'yjs';
import type { Role } from '../../shared/schema/index.ts';
import type { Connection } from './connection.ts';
import { Room, type RoomOptions } from './room.ts';

export interface Session {
  receive(data: Uint8Array): void;
  close(): void;
}

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly unloading = new Map<string, Promise<void>>();
  /** rooms held open by server-side work (imports) so they do not unload midway */
  private readonly holds = new Map<string, number>();

  constructor(private readonly options: RoomOptions) {}

  get roomCount(): number {
    return this.rooms.size;
  }

  get connectionCount(): number {
    let n = 0;
    for (const room of this.rooms.values()) n += room.size;
    return n;
  }

  private async room(id: string): Promise<Room> {
    for (;;) {
      const unloading = this.unloading.get(id);
      if (unloading) { await unloading; continue; }
      const room = this.rooms.get(id);
      if (room) return room;
      let loading = this.loading.get(id);
      if (!loading) {
        loading = Room.load(id, this.options).then(
          (r) => { this.rooms.set(id, r); this.loading.delete(id); return r; },
          (e) => { this.loading.delete(id); throw e; },
        );
        this.loading.set(id, loading);
      }
      const loaded = await loading;
      if (this.rooms.get(id) === loaded) return loaded;
    }
  }

  /** Join a connection to its board's room; the returned session carries its messages. */
  async connect(id: string, connection: Connection, role: Role): Promise<Session> {
    const room = await this.room(id);
    room.join(connection, role);
    let open = true;
    return {
      receive: (data) => { if (open) room.receive(connection, data); },
      close: () => {
        if (!open) return;
        open = false;
        room.leave(connection);
        this.unloadIfIdle(id, room);
      },
    };
  }

  /** Run `change` on the board's live document as the server (stored and broadcast). */
  async change<T>(id: string, change: (doc: Y.Doc, origin: unknown) => T): Promise<T> {
    this.holds.set(id, (this.holds.get(id) ?? 0) + 1);
    try {
      const room = await this.room(id);
      const result = room.changeAsServer(change);
      await room.flush();
      return result;
    } finally {
      const left = (this.holds.get(id) ?? 1) - 1;
      if (left > 0) this.holds.set(id, left); else this.holds.delete(id);
      const room = this.rooms.get(id);
      if (room) this.unloadIfIdle(id, room);
    }
  }

  /** Read the board's current document (loading it if needed) without keeping it loaded. */
  async read<T>(id: string, read: (doc: Y.Doc) => T): Promise<T> {
    return this.change(id, (doc) => read(doc));
  }

  private unloadIfIdle(id: string, room: Room): void {
    if (room.size > 0 || this.holds.has(id) || this.rooms.get(id) !== room) return;
    this.rooms.delete(id);
    const done = room.unload().catch((e) => this.options.events?.error?.(id, e)).finally(() => this.unloading.delete(id));
    this.unloading.set(id, done);
  }

  /** Close the connections of one role, or all of a board's (rotated token, deleted board). */
  revoke(id: string, role: Role | null, reason: string): void {
    this.rooms.get(id)?.closeConnections(role, reason);
  }

  /** Drop a deleted board's room without storing anything more. */
  async discard(id: string): Promise<void> {
    const room = this.rooms.get(id);
    this.rooms.delete(id);
    if (room) {
      room.closeConnections(null, 'board deleted');
      await room.flush();
      room.destroy();
      await this.options.pubsub.unsubscribe(id);
    }
    await this.unloading.get(id);
  }

  /** Store everything and unload every room (shutdown). */
  async flushAll(): Promise<void> {
    const rooms = [...this.rooms.entries()];
    this.rooms.clear();
    await Promise.all(rooms.map(async ([id, room]) => {
      room.closeConnections(null, 'server shutting down');
      try { await room.unload(); } catch (e) { this.options.events?.error?.(id, e); }
    }));
    await Promise.all([...this.unloading.values()]);
  }
}
