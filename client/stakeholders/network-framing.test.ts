import { describe, expect, it } from 'vitest';
import { MAX_FRAME_ZOOM, READABLE_ZOOM, frameMap, miniMapSize } from './network-framing.ts';

const node = (x: number, y: number) => ({ x, y, width: 180, height: 64 });
const pane = { width: 1000, height: 500 };
/** where a flow point lands on screen */
const onScreen = (v: { x: number; y: number; zoom: number }, p: { x: number; y: number }) => ({ x: v.x + p.x * v.zoom, y: v.y + p.y * v.zoom });

describe('frameMap', () => {
  it('has nothing to frame without nodes or a pane', () => {
    expect(frameMap([], pane)).toBeNull();
    expect(frameMap([node(0, 0)], { width: 0, height: 0 })).toBeNull();
  });

  it('centres a map that fits, without blowing up a small one', () => {
    const v = frameMap([node(0, 0), node(300, 100)], pane)!;
    expect(v.zoom).toBe(MAX_FRAME_ZOOM);
    const a = onScreen(v, { x: 0, y: 0 }), b = onScreen(v, { x: 480, y: 164 });
    expect(a.x).toBeCloseTo(pane.width - b.x);
    expect(a.y).toBeCloseTo(pane.height - b.y);
  });

  it('fits a medium map whole, between readable and the largest zoom', () => {
    const v = frameMap([node(0, 0), node(1000, 400)], pane)!;
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(v.zoom).toBeLessThan(MAX_FRAME_ZOOM);
    expect(onScreen(v, { x: 0, y: 0 }).x).toBeGreaterThanOrEqual(0);
    expect(onScreen(v, { x: 1180, y: 464 }).x).toBeLessThanOrEqual(pane.width);
  });

  it('keeps a large map readable and starts at its top-left node, not its (maybe empty) middle', () => {
    // four clusters far apart, like sectors: the middle of the map is empty
    const nodes = [node(100, 0), node(3000, 0), node(0, 2000), node(3000, 2000)];
    const v = frameMap(nodes, pane)!;
    expect(v.zoom).toBe(READABLE_ZOOM);
    const first = onScreen(v, nodes[0]);
    expect(first.x).toBeGreaterThan(0);
    expect(first.y).toBeGreaterThan(0);
    expect(first.x + 180 * v.zoom).toBeLessThan(pane.width);
  });
});

describe('miniMapSize', () => {
  it('follows the pane, not the window', () => {
    expect(miniMapSize({ width: 400, height: 600 })).toBeNull();
    expect(miniMapSize({ width: 800, height: 300 })).toBeNull();
    expect(miniMapSize({ width: 645, height: 445 })).toEqual({ width: 120, height: 90 });
    expect(miniMapSize({ width: 1100, height: 700 })).toEqual({ width: 200, height: 150 });
  });

  it('never covers more than about a twentieth of the pane', () => {
    for (const width of [560, 700, 959, 960, 1400]) {
      for (const height of [320, 450, 560, 900]) {
        const size = miniMapSize({ width, height });
        if (size) expect((size.width * size.height) / (width * height)).toBeLessThanOrEqual(0.065);
      }
    }
  });
});
