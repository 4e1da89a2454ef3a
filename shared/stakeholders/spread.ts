/**
 * Plans rate stakeholders in three levels, so many share one point of the power/interest grid
 * (Kranj has twenty at high/high). The grid keeps their data where it is and fans coincident
 * markers out around that point on a sunflower spiral, so each stays visible and clickable.
 */
export interface GridPoint { id: string; power: number; interest: number }
export interface Offset { dx: number; dy: number }

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Pixel offsets for markers that share a (rounded) grid point; alone ones get none. */
export function spreadCoincident(points: readonly GridPoint[], spacingPx = 15): Map<string, Offset> {
  const groups = new Map<string, GridPoint[]>();
  for (const p of points) {
    const key = `${Math.round(p.power)}:${Math.round(p.interest)}`;
    const group = groups.get(key);
    if (group) group.push(p); else groups.set(key, [p]);
  }
  const out = new Map<string, Offset>();
  for (const group of groups.values()) {
    group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    group.forEach((p, i) => {
      const r = spacingPx * Math.sqrt(i);
      out.set(p.id, { dx: Math.round(r * Math.cos(i * GOLDEN_ANGLE)), dy: Math.round(r * Math.sin(i * GOLDEN_ANGLE)) });
    });
  }
  return out;
}
