/**
 * Where the selection bar goes, in pane pixels: centred above the selection, as on Miro and
 * FigJam, so it never covers what it acts on; below it when there is no room above; at the top
 * edge of the pane only when the selection fills the view from top to bottom. Always inside the pane.
 */
export interface ScreenRect { x: number; y: number; width: number; height: number }

export const BAR_GAP = 12;
const MARGIN = 8;

export function placeSelectionBar(selection: ScreenRect, bar: { width: number; height: number }, pane: { width: number; height: number }): { x: number; y: number } {
  const above = selection.y - BAR_GAP - bar.height;
  const below = selection.y + selection.height + BAR_GAP;
  const y = above >= MARGIN ? above : below + bar.height <= pane.height - MARGIN ? below : MARGIN;
  // centred on the part of the selection in view
  const left = Math.max(0, selection.x);
  const right = Math.min(pane.width, selection.x + selection.width);
  const centred = (right > left ? (left + right) / 2 : selection.x + selection.width / 2) - bar.width / 2;
  const x = Math.max(MARGIN, Math.min(centred, pane.width - bar.width - MARGIN));
  return { x: Math.round(x), y: Math.round(Math.max(MARGIN, Math.min(y, pane.height - bar.height - MARGIN))) };
}
