import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createWriteCoalescer } from './write-coalescer.ts';

/** a real stream that records each write it is asked to make (one per system call on a socket) */
function recordingStream() {
  const writes: string[][] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) { writes.push([chunk.toString()]); done(); },
    writev(chunks, done) { writes.push(chunks.map((c) => (c.chunk as Buffer).toString())); done(); },
  });
  return { stream, writes };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('write coalescer', () => {
  it('sends what one turn wrote to each socket as one write, at the end of the turn', async () => {
    const hold = createWriteCoalescer();
    const a = recordingStream();
    const b = recordingStream();
    for (const [target, text] of [[a, 'a1'], [b, 'b1'], [a, 'a2'], [a, 'a3'], [b, 'b2']] as const) {
      hold(target.stream);
      target.stream.write(Buffer.from(text));
    }
    expect(a.writes).toEqual([]);
    await nextTurn();
    expect(a.writes).toEqual([['a1', 'a2', 'a3']]);
    expect(b.writes).toEqual([['b1', 'b2']]);
  });

  it('starts over in the next turn', async () => {
    const hold = createWriteCoalescer();
    const a = recordingStream();
    hold(a.stream);
    a.stream.write(Buffer.from('1'));
    await nextTurn();
    hold(a.stream);
    a.stream.write(Buffer.from('2'));
    hold(a.stream);
    a.stream.write(Buffer.from('3'));
    await nextTurn();
    expect(a.writes).toEqual([['1'], ['2', '3']]);
  });
});
