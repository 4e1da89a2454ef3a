import { describe, expect, it } from 'vitest';
import { fitViewport } from './viewport.ts';

describe('fitViewport', () => {
  it('on a pane of about the same size, is the same viewport', () => {
    expect(fitViewport({ x: -120, y: 40, zoom: 0.8, width: 1000, height: 600 }, { width: 1000, height: 600 })).toEqual({ x: -120, y: 40, zoom: 0.8 });
    expect(fitViewport({ x: -120, y: 40, zoom: 0.8, width: 1000, height: 600 }, { width: 990, height: 570 })).toEqual({ x: -120, y: 40, zoom: 0.8 });
  });
  it('on a smaller pane, shows all the other person sees, zoomed out and centred', () => {
    // they see the board from (0,0) to (1700,1000) at zoom 1
    const vp = fitViewport({ x: 0, y: 0, zoom: 1, width: 1700, height: 1000 }, { width: 850, height: 700 });
    expect(vp.zoom).toBeCloseTo(0.5);
    // the board's left and right edges of their view land on this pane's edges; vertically centred
    expect(vp.x).toBeCloseTo(0);
    expect(850 / vp.zoom - vp.x / vp.zoom).toBeCloseTo(1700);
    expect(vp.y).toBeCloseTo((700 - 1000 * 0.5) / 2);
  });
  it('keeps within the zoom limits, and takes a viewport without its pane size as it is', () => {
    expect(fitViewport({ x: 0, y: 0, zoom: 0.1, width: 4000, height: 4000 }, { width: 100, height: 100 }).zoom).toBe(0.05);
    expect(fitViewport({ x: 5, y: 6, zoom: 2 }, { width: 100, height: 100 })).toEqual({ x: 5, y: 6, zoom: 2 });
    expect(fitViewport({ x: 5, y: 6, zoom: 2, width: 800, height: 600 }, { width: 0, height: 0 })).toEqual({ x: 5, y: 6, zoom: 2 });
  });
});
