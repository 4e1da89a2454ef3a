/**
 * Showing someone else's view of a pan/zoom board (follow mode, "bring everyone to me") on a
 * screen of another size: the part of the board they see, fitted and centred in this pane. A
 * viewport that does not say the size of the pane it was seen in is taken as it is.
 */
import type { Viewport } from './presence.svelte.ts';

export interface PaneSize { width: number; height: number }

/** how far the pan/zoom boards (canvas, stakeholder network) zoom out and in, and a fitted view too */
export const ZOOM_LIMITS = { minZoom: 0.05, maxZoom: 3 } as const;

const usable = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

export function fitViewport(seen: Viewport, pane: PaneSize): Viewport {
  if (!usable(seen.width) || !usable(seen.height) || !usable(seen.zoom) || !usable(pane.width) || !usable(pane.height)) {
    return { x: seen.x, y: seen.y, zoom: seen.zoom };
  }
  // a pane of about the same size (a banner more or less) shows it exactly as it is
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.1 * b;
  if (near(pane.width, seen.width) && near(pane.height, seen.height)) return { x: seen.x, y: seen.y, zoom: seen.zoom };
  // the board rectangle the other person sees, in board coordinates
  const w = seen.width / seen.zoom;
  const h = seen.height / seen.zoom;
  const centreX = -seen.x / seen.zoom + w / 2;
  const centreY = -seen.y / seen.zoom + h / 2;
  const zoom = Math.min(ZOOM_LIMITS.maxZoom, Math.max(ZOOM_LIMITS.minZoom, Math.min(pane.width / w, pane.height / h)));
  return { x: pane.width / 2 - centreX * zoom, y: pane.height / 2 - centreY * zoom, zoom };
}
