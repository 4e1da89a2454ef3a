import { describe, expect, it } from 'vitest';
import { SECTORS, defaults, type Stakeholder } from '../schema/index.ts';
import { NODE_SIZE, circularBySector, isUnplaced, parkUnplaced, type Positions } from './layout.ts';

function people(n: number, seed = 1): Stakeholder[] {
  let x = seed;
  const rand = () => { x = (x * 48271) % 2147483647; return x / 2147483647; };
  const sectors = [...SECTORS, ''] as const;
  return Array.from({ length: n }, (_, i) => ({
    ...defaults.stakeholders(0), id: `s${i}`, name: `Stakeholder ${Math.floor(rand() * 1000)}`,
    sector: sectors[Math.floor(rand() * sectors.length)], system: `System ${Math.floor(rand() * 7)}`,
  }));
}

function overlaps(pos: Positions): number {
  const boxes = [...pos.values()];
  let count = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    // a tolerance of 1 px for rounding
    if (Math.abs(a.x - b.x) < NODE_SIZE.width - 1 && Math.abs(a.y - b.y) < NODE_SIZE.height - 1) count++;
  }
  return count;
}

describe('circularBySector', () => {
  it('is deterministic whatever order the records arrive in', () => {
    const list = people(60);
    const a = circularBySector(list);
    const b = circularBySector([...list].reverse());
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
  });
  it('places every stakeholder with no overlaps, for small and large boards', () => {
    for (const n of [1, 2, 7, 64, 500]) {
      const list = people(n, n);
      const pos = circularBySector(list);
      expect(pos.size).toBe(n);
      expect(overlaps(pos)).toBe(0);
    }
  });
  it('keeps each sector together and never puts a node at the unplaced origin', () => {
    const list = people(80, 3);
    const pos = circularBySector(list);
    for (const p of pos.values()) expect(isUnplaced(p)).toBe(false);
    const centre = (sector: string) => {
      const ps = list.filter((s) => s.sector === sector).map((s) => pos.get(s.id)!);
      return { x: ps.reduce((t, p) => t + p.x, 0) / ps.length, y: ps.reduce((t, p) => t + p.y, 0) / ps.length };
    };
    // every member is nearer its own sector's centre than another sector's
    for (const s of list) {
      const p = pos.get(s.id)!;
      const own = centre(s.sector);
      for (const other of [...SECTORS, ''].filter((o) => o !== s.sector && list.some((x) => x.sector === o))) {
        const c = centre(other);
        expect(Math.hypot(p.x - own.x, p.y - own.y)).toBeLessThan(Math.hypot(p.x - c.x, p.y - c.y));
      }
    }
  });
});

describe('parkUnplaced', () => {
  it('lays out everyone when nothing is placed yet', () => {
    const list = people(10);
    expect(parkUnplaced(list)).toEqual(circularBySector(list));
  });
  it('parks new stakeholders below the placed ones without overlapping them', () => {
    const list = people(30);
    const placed = circularBySector(list.slice(0, 20));
    const mixed = list.map((s) => ({ ...s, ...(placed.get(s.id) ?? { x: 0, y: 0 }) }));
    const parked = parkUnplaced(mixed);
    expect([...parked.keys()].sort()).toEqual(list.slice(20).map((s) => s.id).sort());
    expect(overlaps(new Map([...placed, ...parked]))).toBe(0);
  });
});
