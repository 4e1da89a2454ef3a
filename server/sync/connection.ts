import type { Role } from '../../shared/schema/index.ts';

/**
 * The least a room needs from a socket, so that any WebSocket library (or a test double that
 * really carries bytes) fits. The ws binding lives in server/http/sync-endpoint.ts.
 */
export interface Connection {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
  /** bytes queued but not yet sent; the room closes consumers that fall too far behind */
  readonly bufferedAmount: number;
}

export interface Participant {
  connection: Connection;
  role: Role;
  /** awareness client ids this connection has claimed; it may update only these */
  clientIds: Set<number>;
}
