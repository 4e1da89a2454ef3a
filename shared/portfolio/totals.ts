/**
 * Portfolio totals (C-3.1): per matrix cell (field × first lever), per row, per column and in all:
 * how many interventions, their GHG reduction (tCO2e/yr) and cost (EUR), and cost per tCO2e.
 * A sum adds the figures that are there and counts the cards missing one, so the view can say
 * "3 cards have no figure yet"; where no card has a figure the sum is null (unknown, not 0). Cost
 * per tCO2e is taken over the cards that have both figures: a cost whose reduction is unknown does
 * not make the others look dearer. Dropped interventions are left out of every sum and totalled on
 * their own.
 */
import type { Intervention } from '../schema/index.ts';
import { LEVER_COLUMNS, fieldOf, leverColumnOf, type LeverColumn } from './fields.ts';

export interface Sum {
  count: number;
  /** null when none of the cards has a reduction figure */
  reductionTco2e: number | null;
  missingReduction: number;
  /** null when none of the cards has a cost */
  costEur: number | null;
  missingCost: number;
  /** cost ÷ reduction of the cards that have both; null when none has both or they reduce nothing */
  costPerTco2e: number | null;
  /** the cost and the reduction of the cards that have both figures */
  paired: { costEur: number; reductionTco2e: number };
}

export interface PortfolioTotals {
  /** cells[field][lever] */
  cells: Record<string, Record<LeverColumn, Sum>>;
  rows: Record<string, Sum>;
  columns: Record<LeverColumn, Sum>;
  total: Sum;
  dropped: Sum;
}

export function emptySum(): Sum {
  return {
    count: 0, reductionTco2e: null, missingReduction: 0, costEur: null, missingCost: 0, costPerTco2e: null,
    paired: { costEur: 0, reductionTco2e: 0 },
  };
}

function add(sum: Sum, i: Pick<Intervention, 'reductionTco2e' | 'costEur'>): void {
  sum.count++;
  if (i.reductionTco2e == null) sum.missingReduction++; else sum.reductionTco2e = (sum.reductionTco2e ?? 0) + i.reductionTco2e;
  if (i.costEur == null) sum.missingCost++; else sum.costEur = (sum.costEur ?? 0) + i.costEur;
  if (i.reductionTco2e == null || i.costEur == null) return;
  sum.paired.costEur += i.costEur;
  sum.paired.reductionTco2e += i.reductionTco2e;
  sum.costPerTco2e = sum.paired.reductionTco2e > 0 ? sum.paired.costEur / sum.paired.reductionTco2e : null;
}

function byLever(): Record<LeverColumn, Sum> {
  return Object.fromEntries(LEVER_COLUMNS.map((l) => [l, emptySum()])) as Record<LeverColumn, Sum>;
}

/** `fields`: the board's rows, from fieldsOfBoard(meta). */
export function portfolioTotals(interventions: readonly Intervention[], fields: readonly string[]): PortfolioTotals {
  const cells: PortfolioTotals['cells'] = {};
  const rows: PortfolioTotals['rows'] = {};
  for (const f of fields) { cells[f] = byLever(); rows[f] = emptySum(); }
  const columns = byLever();
  const total = emptySum();
  const dropped = emptySum();
  for (const i of interventions) {
    if (i.status === 'dropped') { add(dropped, i); continue; }
    const field = fieldOf(i, fields);
    const lever = leverColumnOf(i);
    if (!cells[field]) { cells[field] = byLever(); rows[field] = emptySum(); }
    add(cells[field][lever], i);
    add(rows[field], i);
    add(columns[lever], i);
    add(total, i);
  }
  return { cells, rows, columns, total, dropped };
}
