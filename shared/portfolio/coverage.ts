/**
 * Lever coverage: the systemic approach asks every field of action to pull several levers, so the
 * heatmap counts, per field × lever, the interventions that pull that lever — ALL levers of a
 * card count, not only the first that places it. 0 is 'empty' (a finding the workshop must see),
 * 1 'thin', 2 or more 'covered'. Dropped interventions pull nothing.
 */
import { LEVERS, type Intervention, type Lever } from '../schema/index.ts';
import { fieldOf } from './fields.ts';

export type CoverageLevel = 'empty' | 'thin' | 'covered';
export interface CoverageCell { count: number; level: CoverageLevel }
export interface LeverCoverage {
  cells: Record<string, Record<Lever, CoverageCell>>;
  /** per field, the levers no intervention pulls, in lever order */
  emptyLevers: Record<string, Lever[]>;
}

export function coverageLevel(count: number): CoverageLevel {
  return count === 0 ? 'empty' : count === 1 ? 'thin' : 'covered';
}

export function leverCoverage(interventions: readonly Intervention[], fields: readonly string[]): LeverCoverage {
  const counts: Record<string, Record<Lever, number>> = {};
  const zero = () => Object.fromEntries(LEVERS.map((l) => [l, 0])) as Record<Lever, number>;
  for (const f of fields) counts[f] = zero();
  for (const i of interventions) {
    if (i.status === 'dropped') continue;
    const field = fieldOf(i, fields);
    counts[field] ??= zero();
    for (const lever of new Set(i.levers)) if (lever in counts[field]) counts[field][lever]++;
  }
  const cells: LeverCoverage['cells'] = {};
  const emptyLevers: LeverCoverage['emptyLevers'] = {};
  for (const [field, byLever] of Object.entries(counts)) {
    cells[field] = Object.fromEntries(LEVERS.map((l) => [l, { count: byLever[l], level: coverageLevel(byLever[l]) }])) as Record<Lever, CoverageCell>;
    emptyLevers[field] = LEVERS.filter((l) => byLever[l] === 0);
  }
  return { cells, emptyLevers };
}
