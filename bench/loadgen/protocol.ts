/** Commands the main thread sends to load-generator threads (each reply echoes `seq`). */
import type { Room } from '../peers/types.ts';

export type WorkerCommand = { seq: number } & (
  | { type: 'connect'; clients: { id: number; room: Room }[]; timeoutMs: number }
  | { type: 'prepare' }
  | { type: 'fanout'; rate: number; durationMs: number; startAt: number }
  | { type: 'throughput'; rooms: { receiver: number; senders: number[] }[]; window: number; warmupMs: number; durationMs: number }
  | { type: 'collect' }
  | { type: 'close' }
);

type Body<T> = T extends { seq: number } ? Omit<T, 'seq'> : never;
export type WorkerRequest = Body<WorkerCommand>;
