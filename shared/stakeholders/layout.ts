/**
 * Automatic layout of the stakeholder network: one cluster per helix sector, clusters on a ring,
 * each cluster a compact grid ordered by system and name (so people of one system sit together).
 * Deterministic (sorted by name and id, never by the order records arrived in) so every browser
 * computes the same picture, and overlap-free by construction: cells are larger than a node and
 * the ring grows until no two clusters' bounding circles touch.
 *
 * A stakeholder at exactly (0, 0) has never been placed (new or imported records); the network
 * shows it at a "parked" position until someone runs the layout or moves a node.
 */
import { SECTORS, type Stakeholder } from '../schema/index.ts';

export interface Point { x: number; y: number }
export type Positions = Map<string, Point>;

/** the box every network node fits in (the node component keeps to it) */
export const NODE_SIZE = { width: 180, height: 64 } as const;
const CELL = { width: NODE_SIZE.width + 50, height: NODE_SIZE.height + 46 };
const CLUSTER_GAP = 120;
const MARGIN = 40;

type Placeable = Pick<Stakeholder, 'id' | 'name' | 'sector' | 'system'>;

const byName = (a: Placeable, b: Placeable) =>
  a.system.localeCompare(b.system) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function isUnplaced(s: Pick<Stakeholder, 'x' | 'y'>): boolean {
  return s.x === 0 && s.y === 0;
}

interface Cluster { members: Placeable[]; cols: number; rows: number; radius: number }

function cluster(members: Placeable[]): Cluster {
  const sorted = [...members].sort(byName);
  // roughly square clusters: wide cells mean fewer columns than rows
  const cols = Math.max(1, Math.ceil(Math.sqrt(sorted.length * (CELL.height / CELL.width))));
  const rows = Math.ceil(sorted.length / cols);
  return { members: sorted, cols, rows, radius: Math.hypot(cols * CELL.width, rows * CELL.height) / 2 };
}

function placeCluster(c: Cluster, center: Point, out: Positions): void {
  const left = center.x - (c.cols * CELL.width) / 2;
  const top = center.y - (c.rows * CELL.height) / 2;
  c.members.forEach((m, i) => {
    const col = i % c.cols;
    const row = Math.floor(i / c.cols);
    out.set(m.id, { x: left + col * CELL.width, y: top + row * CELL.height });
  });
}

/** Cluster centres on a ring just large enough that no two clusters overlap. */
function ringCentres(clusters: Cluster[]): Point[] {
  if (clusters.length === 1) return [{ x: 0, y: 0 }];
  const total = clusters.reduce((sum, c) => sum + 2 * c.radius + CLUSTER_GAP, 0);
  let radius = total / (2 * Math.PI);
  for (;;) {
    const centres: Point[] = [];
    let angle = -Math.PI / 2;
    for (const c of clusters) {
      const share = ((2 * c.radius + CLUSTER_GAP) / total) * 2 * Math.PI;
      const mid = angle + share / 2;
      centres.push({ x: Math.cos(mid) * radius, y: Math.sin(mid) * radius });
      angle += share;
    }
    const clear = clusters.every((a, i) => clusters.every((b, j) => j <= i
      || Math.hypot(centres[i].x - centres[j].x, centres[i].y - centres[j].y) >= a.radius + b.radius + CLUSTER_GAP / 2));
    if (clear) return centres;
    radius *= 1.1;
  }
}

/** Shift positions so the top-left node sits at (MARGIN, MARGIN): never at the "unplaced" origin. */
function normalise(out: Positions, origin: Point = { x: MARGIN, y: MARGIN }): Positions {
  let minX = Infinity, minY = Infinity;
  for (const p of out.values()) { minX = Math.min(minX, p.x); minY = Math.min(minY, p.y); }
  for (const [id, p] of out) out.set(id, { x: Math.round(p.x - minX + origin.x), y: Math.round(p.y - minY + origin.y) });
  return out;
}

export function circularBySector(stakeholders: readonly Placeable[], origin?: Point): Positions {
  const out: Positions = new Map();
  if (stakeholders.length === 0) return out;
  const order = [...SECTORS, ''] as string[];
  const groups = order.map((sector) => stakeholders.filter((s) => s.sector === sector)).filter((g) => g.length > 0);
  const clusters = groups.map(cluster);
  ringCentres(clusters).forEach((centre, i) => placeCluster(clusters[i], centre, out));
  return normalise(out, origin);
}

/**
 * Where the network shows stakeholders that were never placed: all of them laid out by sector
 * when nothing is placed yet, otherwise in rows below the placed ones.
 */
export function parkUnplaced(stakeholders: readonly (Placeable & Pick<Stakeholder, 'x' | 'y'>)[]): Positions {
  const placed = stakeholders.filter((s) => !isUnplaced(s));
  const unplaced = stakeholders.filter(isUnplaced).sort(byName);
  if (unplaced.length === 0) return new Map();
  if (placed.length === 0) return circularBySector(unplaced);
  const left = Math.min(...placed.map((s) => s.x));
  const bottom = Math.max(...placed.map((s) => s.y)) + NODE_SIZE.height + CLUSTER_GAP;
  const cols = Math.max(4, Math.ceil(Math.sqrt(unplaced.length)));
  const out: Positions = new Map();
  unplaced.forEach((s, i) => {
    const x = left + (i % cols) * CELL.width;
    const y = bottom + Math.floor(i / cols) * CELL.height;
    out.set(s.id, { x: x === 0 && y === 0 ? 1 : x, y });
  });
  return out;
}
