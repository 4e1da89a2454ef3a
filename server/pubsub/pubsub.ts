/**
 * Fan-out between server processes serving the same board. With one process the local
 * implementation delivers nothing (there is nobody else); with Redis every process hears every
 * other's accepted updates and awareness changes for the boards it has loaded.
 */
export type PubSubMessage =
  | { kind: 'update'; board: string; data: Uint8Array }
  | { kind: 'awareness'; board: string; data: Uint8Array }
  /** a board's token was rotated or the board deleted: close affected connections */
  | { kind: 'revoke'; board: string; role: string | null };

export interface PubSub {
  /** this process's id; messages it publishes are not delivered back to it */
  readonly nodeId: string;
  publish(message: PubSubMessage): Promise<void>;
  subscribe(board: string, onMessage: (message: PubSubMessage) => void): Promise<void>;
  unsubscribe(board: string): Promise<void>;
  close(): Promise<void>;
}
