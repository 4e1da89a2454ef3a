import { describe, expect, it } from 'vitest';
import * as ws from 'ws';
import { binaryFrame, createFrameCache } from './binary-frame.ts';

/** ws's own framing of a server's unmasked, uncompressed binary message: the oracle */
const { Sender } = ws as unknown as { Sender: { frame(data: Buffer, options: object): Buffer[] } };
const wsFrame = (data: Uint8Array) =>
  Buffer.concat(Sender.frame(Buffer.from(data), { fin: true, opcode: 2, mask: false, rsv1: false, readOnly: false }));

describe('binaryFrame', () => {
  it('frames a message as ws does, for every length encoding', () => {
    for (const length of [0, 1, 125, 126, 127, 65_535, 65_536, 200_000]) {
      const payload = Uint8Array.from({ length }, (_, i) => (i * 31) & 0xff);
      expect(binaryFrame(payload).equals(wsFrame(payload)), `length ${length}`).toBe(true);
    }
  });

  it('frames a view of a larger buffer by its own bytes only', () => {
    const whole = Uint8Array.from({ length: 300 }, (_, i) => i & 0xff);
    const view = whole.subarray(100, 230);
    expect(binaryFrame(view).equals(wsFrame(view.slice()))).toBe(true);
  });

  it('makes one frame for consecutive sends of one message, a new one for the next message', () => {
    const frameOf = createFrameCache();
    const a = new Uint8Array([1, 2, 3]);
    const b = new Uint8Array([1, 2, 3]);
    expect(frameOf(a)).toBe(frameOf(a));
    expect(frameOf(b)).not.toBe(frameOf(a));
    expect(frameOf(b).equals(frameOf(a))).toBe(true);
  });
});
