/**
 * Mendelow's power/interest grid. A value above 50 counts as high: 50 itself is the midline and
 * counts as low, so a plan's "medium" (imported as 50) is not promoted into a higher-care quadrant.
 */
export const QUADRANTS = ['manage', 'satisfy', 'inform', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_THRESHOLD = 50;

export function isHigh(value: number): boolean {
  return value > QUADRANT_THRESHOLD;
}

/** manage closely (high power, high interest), keep satisfied, keep informed, monitor */
export function quadrantOf(power: number, interest: number): Quadrant {
  if (isHigh(power)) return isHigh(interest) ? 'manage' : 'satisfy';
  return isHigh(interest) ? 'inform' : 'monitor';
}

/** A grid value kept inside 0–100, in whole numbers (what the grid and the arrow keys write). */
export function clampLevel(value: number): number {
  if (!Number.isFinite(value)) return 50;
  return Math.min(100, Math.max(0, Math.round(value)));
}
