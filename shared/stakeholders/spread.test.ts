import { describe, expect, it } from 'vitest';
import { spreadCoincident } from './spread.ts';

describe('spreadCoincident', () => {
  it('leaves a lone marker where it is', () => {
    expect(spreadCoincident([{ id: 'a', power: 10, interest: 90 }]).get('a')).toEqual({ dx: 0, dy: 0 });
  });
  it('fans out markers that share a point, at least the spacing apart, whatever the order', () => {
    const points = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, power: 85, interest: 85 }));
    const a = spreadCoincident(points, 15);
    const b = spreadCoincident([...points].reverse(), 15);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    const offsets = [...a.values()];
    for (let i = 0; i < offsets.length; i++) for (let j = i + 1; j < offsets.length; j++) {
      expect(Math.hypot(offsets[i].dx - offsets[j].dx, offsets[i].dy - offsets[j].dy)).toBeGreaterThanOrEqual(14);
    }
    expect(Math.max(...offsets.map((o) => Math.hypot(o.dx, o.dy)))).toBeLessThan(15 * 5);
  });
});
