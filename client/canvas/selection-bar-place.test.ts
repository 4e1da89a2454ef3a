import { describe, expect, it } from 'vitest';
import { BAR_GAP, placeSelectionBar } from './selection-bar-place.ts';

const pane = { width: 1200, height: 700 };
const bar = { width: 400, height: 44 };

describe('where the selection bar goes', () => {
  it('sits centred above the selection', () => {
    expect(placeSelectionBar({ x: 500, y: 300, width: 200, height: 150 }, bar, pane)).toEqual({ x: 400, y: 300 - BAR_GAP - 44 });
  });

  it('goes below a selection at the top of the pane, never over it', () => {
    const sel = { x: 500, y: 20, width: 200, height: 150 };
    const at = placeSelectionBar(sel, bar, pane);
    expect(at.y).toBe(20 + 150 + BAR_GAP);
    // a selection partly above the pane's top edge: still below it
    expect(placeSelectionBar({ ...sel, y: -60 }, bar, pane).y).toBe(-60 + 150 + BAR_GAP);
  });

  it('keeps to the top edge when the selection fills the view, and always inside the pane', () => {
    expect(placeSelectionBar({ x: -100, y: -50, width: 1500, height: 900 }, bar, pane)).toEqual({ x: 400, y: 8 });
    expect(placeSelectionBar({ x: 1100, y: 300, width: 200, height: 100 }, bar, pane).x).toBe(1200 - 400 - 8);
    expect(placeSelectionBar({ x: -300, y: 300, width: 100, height: 100 }, bar, pane).x).toBe(8);
  });
});
