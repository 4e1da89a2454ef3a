/**
 * What the bench knows about a sync server under test. A `Target` and its `Room`s are plain data so
 * that worker threads can open their own clients against it; a `Peer` is the running process the
 * main thread starts, restarts and measures.
 */
export type PeerKind = 'leverboard' | 'y-websocket' | 'hocuspocus' | 'relay';

export interface Target {
  kind: PeerKind;
  /** ws://127.0.0.1:PORT (for Leverboard the client adds /sync itself) */
  url: string;
}

/** One board / document / room path; Leverboard needs a token to join. */
export interface Room { name: string; token?: string }

export interface ProcStats {
  /** user + system CPU seconds since the process started */
  cpuSeconds: number;
  /** peak resident set (VmHWM) in bytes */
  peakRssBytes: number;
}

export interface Peer {
  name: string;
  kind: PeerKind;
  target: Target;
  pid: number;
  /** does the server keep documents in durable storage across a restart? */
  durable: boolean;
  /** what storage it runs with, for the report */
  storage: string;
  /** make `count` empty rooms (boards) to connect clients to */
  createRooms(count: number, prefix: string): Promise<Room[]>;
  stats(): ProcStats;
  /** the last few kB the server printed */
  log(): string;
  /** stop gracefully (SIGTERM, so that a durable server stores everything) and start again */
  restart(): Promise<void>;
  stop(): Promise<void>;
}
