/**
 * Where the network opens. Fitting a large map into the pane makes every node a few pixels high
 * (the Kranj plan's ~60 stakeholders fit at about a fifth of their size), which nobody can read.
 * So the map is fitted only down to a zoom at which names stay legible; a map still too big for
 * the pane starts at its top-left node, as a page is read, and the minimap and the "Fit view"
 * control show the whole.
 */
import type { Rect, Viewport } from '@xyflow/svelte';

/** names are legible from here up (a node's name is ~14px, so ~11px on screen) */
export const READABLE_ZOOM = 0.75;
/** a small map is not blown up past this */
export const MAX_FRAME_ZOOM = 1.25;
/** room kept between the map and the pane's edge, in screen pixels */
const MARGIN = 24;

export function frameMap(nodes: readonly Rect[], pane: { width: number; height: number }): Viewport | null {
  if (nodes.length === 0 || pane.width <= 0 || pane.height <= 0) return null;
  const left = Math.min(...nodes.map((n) => n.x));
  const top = Math.min(...nodes.map((n) => n.y));
  const width = Math.max(...nodes.map((n) => n.x + n.width)) - left;
  const height = Math.max(...nodes.map((n) => n.y + n.height)) - top;
  const fit = Math.min((pane.width - 2 * MARGIN) / width, (pane.height - 2 * MARGIN) / height);
  const zoom = Math.min(MAX_FRAME_ZOOM, Math.max(READABLE_ZOOM, fit));
  // the node a reader meets first: nearest the top-left corner
  const first = nodes.reduce((a, b) => (b.x + b.y < a.x + a.y ? b : a));
  // along each axis: centred if the map fits, otherwise starting at the first node
  const along = (size: number, start: number, extent: number, firstAt: number) =>
    extent * zoom + 2 * MARGIN <= size ? (size - extent * zoom) / 2 - start * zoom : MARGIN - firstAt * zoom;
  return { x: along(pane.width, left, width, first.x), y: along(pane.height, top, height, first.y), zoom };
}

/**
 * The overview map's size for a pane of this size (CSS px), or null to leave it out. It is
 * measured on the pane, not the window: with the side panel open a wide window still leaves the
 * network a narrow pane, and a full-size overview would cover a third of it. It keeps to about
 * a twentieth of the pane's area, and goes where the pane is too small to spare even that.
 */
export function miniMapSize(pane: { width: number; height: number }): { width: number; height: number } | null {
  if (pane.width < 560 || pane.height < 320) return null;
  if (pane.width < 960 || pane.height < 560) return { width: 120, height: 90 };
  return { width: 200, height: 150 };
}
