import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeFrame, FrameError } from './frame.ts';
import type { PubSubMessage } from './pubsub.ts';

describe('fan-out frames', () => {
  const messages: PubSubMessage[] = [
    { kind: 'update', board: 'b1', data: new Uint8Array([0, 1, 2, 255]) },
    { kind: 'awareness', board: 'b1', data: new Uint8Array(0) },
    { kind: 'revoke', board: 'b1', role: 'commenter' },
    { kind: 'revoke', board: 'b1', role: null },
  ];

  it.each(messages)('round-trips a $kind message with the sender\'s node id', (message) => {
    expect(decodeFrame('b1', encodeFrame('node-1', message))).toEqual({ nodeId: 'node-1', message });
  });

  it('takes the board from the channel, not from the bytes', () => {
    const frame = encodeFrame('node-1', { kind: 'revoke', board: 'elsewhere', role: null });
    expect(decodeFrame('b2', frame).message).toEqual({ kind: 'revoke', board: 'b2', role: null });
  });

  it('rejects truncated frames, trailing bytes, other versions and unknown kinds', () => {
    const frame = encodeFrame('node-1', messages[0]);
    expect(() => decodeFrame('b1', frame.slice(0, frame.length - 1))).toThrow(FrameError);
    expect(() => decodeFrame('b1', new Uint8Array([...frame, 0]))).toThrow(FrameError);
    expect(() => decodeFrame('b1', new Uint8Array([2, ...frame.slice(1)]))).toThrow(FrameError);
    expect(() => decodeFrame('b1', new Uint8Array([1, 7, ...frame.slice(2)]))).toThrow(FrameError);
    expect(() => decodeFrame('b1', new Uint8Array(0))).toThrow(FrameError);
  });

  it('refuses roles that do not exist, both ways', () => {
    expect(() => encodeFrame('n', { kind: 'revoke', board: 'b1', role: 'owner' })).toThrow(/role/);
    const frame = encodeFrame('n', { kind: 'revoke', board: 'b1', role: 'editor' });
    frame[frame.length - 1] = 'x'.charCodeAt(0);
    expect(() => decodeFrame('b1', frame)).toThrow(FrameError);
  });
});
