import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaults, type Intervention } from '../schema/index.ts';
import { importInterventions } from '../csv/interventions.ts';
import { fieldsOfBoard } from './fields.ts';
import { portfolioTotals } from './totals.ts';

const card = (over: Partial<Intervention>): Intervention => ({ ...defaults.interventions(0), id: 'x', title: 't', ...over });
const fields = fieldsOfBoard({ fields: [] });

function kranj(): Intervention[] {
  const csv = readFileSync(new URL('../../../shared/fixtures/kranj/interventions.csv', import.meta.url), 'utf8');
  return importInterventions(csv, [], []).rows.map(({ record }, n) => card({ ...record, id: `k${n}` }));
}

describe('portfolioTotals', () => {
  it('sums a small portfolio worked out by hand', () => {
    const t = portfolioTotals([
      card({ field: 'energy', levers: ['technology'], reductionTco2e: 100, costEur: 1000 }),
      card({ field: 'energy', levers: ['technology', 'finance'], reductionTco2e: 50, costEur: null }),
      card({ field: 'energy', levers: ['finance'], reductionTco2e: null, costEur: 500 }),
      card({ field: 'Tourism', levers: [], reductionTco2e: 0, costEur: 200 }),
      card({ field: 'energy', levers: ['technology'], reductionTco2e: 999, costEur: 999, status: 'dropped' }),
    ], fields);
    // cost per tonne only over cards with both figures: 1000 € for 100 t (the 50 t card has no cost)
    expect(t.cells.energy.technology).toEqual({
      count: 2, reductionTco2e: 150, missingReduction: 0, costEur: 1000, missingCost: 1, costPerTco2e: 10, paired: { costEur: 1000, reductionTco2e: 100 },
    });
    // no card with a reduction figure: the sum is unknown, not 0
    expect(t.cells.energy.finance).toEqual({
      count: 1, reductionTco2e: null, missingReduction: 1, costEur: 500, missingCost: 0, costPerTco2e: null, paired: { costEur: 0, reductionTco2e: 0 },
    });
    expect(t.cells[''].none).toMatchObject({ count: 1, reductionTco2e: 0, costEur: 200, costPerTco2e: null });
    expect(t.rows.energy).toMatchObject({ count: 3, reductionTco2e: 150, costEur: 1500, costPerTco2e: 10 });
    expect(t.columns.technology).toMatchObject({ count: 2, reductionTco2e: 150 });
    expect(t.columns.none.count).toBe(1);
    expect(t.total).toMatchObject({ count: 4, reductionTco2e: 150, missingReduction: 1, costEur: 1700, missingCost: 1, costPerTco2e: 1200 / 100 });
    expect(t.dropped).toMatchObject({ count: 1, reductionTco2e: 999, costEur: 999 });
    expect(t.rows.mobility).toMatchObject({ count: 0, reductionTco2e: null, costEur: null, costPerTco2e: null });
  });

  it('agrees with the Kranj plan', () => {
    const t = portfolioTotals(kranj(), fields);
    expect(t.total).toMatchObject({ count: 35, reductionTco2e: 105434, missingReduction: 11, costEur: 357120060, missingCost: 8 });
    // rows, by hand from the fixture; prints per sector 46,263 (energy), 35,899 (transport) and
    // 14,823 (waste) — within 2 t, its rounding — and Buildings 7,980 / AFOLU 8,300, which add the
    // sinks of 5.3 (203) and of 4.1 + 4.3 (7,560 + 68) to these reductions.
    expect(t.rows.energy).toMatchObject({ count: 7, reductionTco2e: 46262, costEur: 129400000 });
    expect(t.rows.mobility).toMatchObject({ count: 7, reductionTco2e: 35901, costEur: 72426260 });
    expect(t.rows.waste).toMatchObject({ count: 5, reductionTco2e: 14822, costEur: 19177360 });
    expect(t.rows.nature).toMatchObject({ count: 5, reductionTco2e: 672, missingReduction: 2, costEur: 11674000 });
    expect(t.rows.buildings).toMatchObject({ count: 3, reductionTco2e: 7777, missingReduction: 1, costEur: 124442440 });
    // the 8 cross-cutting interventions have no figures at all: unknown, not 0 t and € 0
    expect(t.rows['']).toMatchObject({ count: 8, reductionTco2e: null, costEur: null, costPerTco2e: null });
    // Green infrastructure: 4.1 and 4.3 have costs but no reduction, so they are not priced per tonne
    expect(t.rows.nature.costPerTco2e).toBeCloseTo(t.rows.nature.paired.costEur / 672);
    expect(t.rows.nature.paired.costEur).toBeLessThan(11674000);
    expect(Math.abs(t.rows.energy.reductionTco2e! - 46263)).toBeLessThanOrEqual(2);
    expect(Math.abs(t.rows.mobility.reductionTco2e! - 35899)).toBeLessThanOrEqual(2);
    expect(Math.abs(t.rows.waste.reductionTco2e! - 14823)).toBeLessThanOrEqual(2);
    expect(t.rows.buildings.reductionTco2e! + 203).toBe(7980);
    expect(t.rows.nature.reductionTco2e! + 7560 + 68).toBe(8300);

    expect(t.cells.energy.technology).toMatchObject({ count: 6, reductionTco2e: 44293, costEur: 124400000 });
    expect(t.cells.mobility.governance).toMatchObject({ count: 2, reductionTco2e: 21139 });
    expect(t.cells.waste.technology).toMatchObject({ count: 2, reductionTco2e: 11532 });
    expect(t.columns.technology).toMatchObject({ count: 17, reductionTco2e: 79036 });
    expect(t.columns.governance).toMatchObject({ count: 11, reductionTco2e: 21850 });
    expect(t.columns.social).toMatchObject({ count: 7, reductionTco2e: 4548 });
    expect(t.columns.finance.count).toBe(0);
    // 1.1: the plan prints € 1,522 per t; 21,827,000 / 14,342 = 1,521.9
    expect(Math.round(portfolioTotals(kranj().filter((i) => i.code === '1.1'), fields).total.costPerTco2e!)).toBe(1522);
  });
});
