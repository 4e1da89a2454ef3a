import type { Role } from '../../shared/schema/index.ts';
import type { GuardPolicy } from './update-guard.ts';

/**
 * The least a room needs from a socket, so that any WebSocket library (or a test double that
 * really carries bytes) fits. The ws binding lives in server/http/sync-endpoint.ts.
 */
export interface Connection {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
  /** bytes queued but not yet sent; the room closes consumers that fall too far behind */
  readonly bufferedAmount: number;
  /**
   * Check soon that the peer is still there and close the connection if it is not (a ping that
   * gets no pong). Used when a reconnecting tab claims presence its old, silent socket still holds.
   */
  probe(): void;
}

export interface Participant {
  connection: Connection;
  role: Role;
  /** what the role may write, as the update guard asks it */
  policy: GuardPolicy;
  /**
   * The awareness client id this connection speaks for: the first it announced with a state.
   * It may update only this one; anything else it sends about others is an echo and is ignored.
   */
  clientId: number | null;
}
